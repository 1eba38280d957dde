// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One group as just observed during apply: the protection group (nil when SDRS no longer knows
/// it) and the servers of its protected instances as the plan recorded them.
///
/// Which site a server is on follows from its observed AZ (SDRS swaps the roles on a switchover),
/// exactly as `Differ` places servers when planning.
public struct GroupSnapshot: Sendable, Hashable, Codable {
    public var group: LiveGroup?
    /// Every server of the group's instances; absent or deleted ones have `exists == false`.
    public var servers: [LiveServer]

    public init(group: LiveGroup?, servers: [LiveServer]) {
        self.group = group
        self.servers = servers.sorted { $0.id < $1.id }
    }

    /// The existing servers in the AZ of `site`, sorted by ID.
    public func servers(at site: Site) -> [LiveServer] {
        guard let group else { return [] }
        let zone = group.availabilityZone(of: site)
        return servers.filter { $0.exists && $0.availabilityZone == zone }
    }

    /// Servers that ECS does not know any more, sorted.
    public var missingServerIDs: [String] { servers.filter { !$0.exists }.map(\.id) }

    /// The server with `id`, if observed.
    public func server(_ id: String) -> LiveServer? { servers.first { $0.id == id } }
}
