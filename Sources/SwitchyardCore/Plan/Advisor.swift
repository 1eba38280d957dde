// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Derives login advisories for a group that is about to switch.
///
/// The SDRS notes depend on the OS of the server that was production when the protected instance was
/// created (`source_server`), so each instance is classified by that server (its DR twin when ECS no
/// longer knows it). The heuristic, deliberately conservative:
/// - image name contains `coreos` → CoreOS;
/// - Windows (`os_type` Windows, or no `os_type` and an image name containing `windows`):
///   Cloudbase-Init is assumed possible when the image name mentions `cloudbase`, starts with
///   `Windows Server` (Huawei Cloud public Windows images are named so and ship with Cloudbase-Init)
///   or is unknown; otherwise (a private image with no sign of it) "without Cloudbase-Init";
/// - `os_type` Linux (or no `os_type` and an image name containing `linux`) → Linux;
/// - anything else → no advisory (switchyard does not guess).
public enum Advisor {
    /// Advisories for switching `group` to `site`, one per kind, in `Advisory.Code` order.
    public static func advisories(for group: ResolvedGroup, switchingTo site: Site) -> [Advisory] {
        var byCode: [Advisory.Code: [LiveServer]] = [:]
        for placed in group.instances {
            let candidates = placed.servers.map(\.server).filter(\.exists)
            guard let server = candidates.first(where: { $0.id == placed.instance.sourceServerID }) ?? candidates.first,
                  let code = classify(server)
            else { continue }
            byCode[code, default: []].append(server)
        }
        return Advisory.Code.allCases.compactMap { code in
            guard let servers = byCode[code]?.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) else { return nil }
            return Advisory(code: code, phrase: phrase(code, servers: servers, to: site), serverIDs: servers.map(\.id).sorted())
        }
    }

    /// The advisory kind for a server, or `nil` when its OS cannot be told from ECS metadata.
    public static func classify(_ server: LiveServer) -> Advisory.Code? {
        let image = server.imageName?.lowercased() ?? ""
        let os = server.osType?.lowercased()
        if image.contains("coreos") { return .coreOS }
        if os == "windows" || (os == nil && image.contains("windows")) {
            let mayRunCloudbase = image.isEmpty || image.contains("cloudbase") || image.hasPrefix("windows server")
            return mayRunCloudbase ? .windowsCloudbaseInit : .windowsWithoutCloudbaseInit
        }
        if os == "linux" || (os == nil && image.contains("linux")) { return .linux }
        return nil
    }

    private static func phrase(_ code: Advisory.Code, servers: [LiveServer], to site: Site) -> Phrase {
        let names = servers.map { $0.name.isEmpty ? $0.id : $0.name }.joined(separator: ", ")
        let images = Set(servers.compactMap(\.imageName)).sorted().map { "'\($0)'" }.joined(separator: ", ")
        let imageText: Phrase.Argument = images.isEmpty ? "" : .phrase(Phrase(.advisoryImages, ["images": .text(images)]))
        let back = site == .source
        let key: MessageKey = switch code {
        case .windowsCloudbaseInit: back ? .advisoryWindowsCloudbaseBack : .advisoryWindowsCloudbase
        case .windowsWithoutCloudbaseInit: .advisoryWindowsNoCloudbase
        case .linux: .advisoryLinux
        case .coreOS: back ? .advisoryCoreOSBack : .advisoryCoreOS
        }
        return Phrase(key, ["names": .text(names), "images": imageText])
    }
}
