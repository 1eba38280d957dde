// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Derives vCPUs and RAM from a Huawei Cloud flavor name such as `s6.large.2` or `c7.2xlarge.4`:
/// the size word gives vCPUs (`large` 2, `xlarge` 4, `2xlarge` 8, …) and the last number is the
/// GB of RAM per vCPU.
enum FlavorCatalogue {
    static func flavor(named name: String) -> EmulatedFlavor {
        let parts = name.split(separator: ".")
        var vcpus = 2
        var ratio = 2
        if parts.count >= 3 {
            vcpus = vcpuCount(String(parts[1])) ?? 2
            ratio = Int(parts[2]) ?? 2
        }
        return EmulatedFlavor(id: name, name: name, vcpus: vcpus, ramMB: vcpus * ratio * 1024, diskGB: 0)
    }

    private static func vcpuCount(_ size: String) -> Int? {
        switch size {
        case "small": return 1
        case "medium": return 1
        case "large": return 2
        case "xlarge": return 4
        default:
            guard size.hasSuffix("xlarge"), let multiple = Int(size.dropLast("xlarge".count)) else { return nil }
            return multiple * 4
        }
    }
}
