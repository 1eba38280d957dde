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
            return Advisory(code: code, message: message(code, servers: servers, to: site), serverIDs: servers.map(\.id).sorted())
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

    private static func message(_ code: Advisory.Code, servers: [LiveServer], to site: Site) -> String {
        let names = servers.map { $0.name.isEmpty ? $0.id : $0.name }.joined(separator: ", ")
        let images = Set(servers.compactMap(\.imageName)).sorted().map { "'\($0)'" }.joined(separator: ", ")
        let imageText = images.isEmpty ? "" : " (image \(images))"
        let back = site == .source
        switch code {
        case .windowsCloudbaseInit:
            if back {
                return "Windows servers \(names) may run Cloudbase-Init\(imageText). After switching back, log in to the production-site servers with the password reset at the DR site (password login), the password obtained for the DR-site server (key-pair login), or a password changed inside the DR-site server."
            }
            return "Windows servers \(names) may run Cloudbase-Init\(imageText). If this is the group's first switchover: with password login, the production-site password works at the DR site for 3–5 minutes after the server starts, until Cloudbase-Init starts; then reset the password on the DR-site server, and use that password after switching back. With key-pair login, the password obtained at the production site works until Cloudbase-Init starts; then use the password obtained for the DR-site server, also after switching back. A password changed inside the DR-site server replaces either."
        case .windowsWithoutCloudbaseInit:
            return "Windows servers \(names) show no sign of Cloudbase-Init\(imageText). After the switch, log in at either site with the production-site password (password login) or the password obtained at the production site (key-pair login). If Cloudbase-Init is installed after all, reset the password on the DR-site server once it has started."
        case .linux:
            return "Linux servers \(names)\(imageText): after the switch, log in at either site with the production-site password (password login) or the password obtained at the production site (key-pair login)."
        case .coreOS:
            if back {
                return "CoreOS servers \(names)\(imageText): after switching back, log in to the production-site servers with the initial password, not a password changed since the first switchover."
            }
            return "CoreOS servers \(names)\(imageText): log in at the DR site with the production-site password; if the password was changed inside the production-site server after the group's first switchover, the DR-site server needs the changed password. After switching back, the production-site servers need the initial password."
        }
    }
}
