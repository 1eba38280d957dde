// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One group as just observed: the group (nil when SDRS no longer knows it), its protected
/// instances and both servers of each.
public struct GroupSnapshot: Sendable, Hashable, Codable {
    public var group: LiveGroup?
    public var instances: [LiveInstance]
    /// Both servers of every instance; absent IDs are treated as missing.
    public var servers: [LiveServer]

    public init(group: LiveGroup?, instances: [LiveInstance], servers: [LiveServer]) {
        self.group = group
        self.instances = instances
        self.servers = servers
    }

    /// Every server ID of the group's instances, sorted.
    public var serverIDs: [String] { Set(instances.flatMap(\.serverIDs)).sorted() }

    /// The servers of the instances that sit in the AZ of `site` (decided by the server's observed
    /// AZ, as SDRS swaps the roles on a switchover), sorted by ID.
    public func servers(at site: Site) -> [LiveServer] {
        guard let group else { return [] }
        let zone = group.availabilityZone(of: site)
        let members = Set(instances.flatMap(\.serverIDs))
        return servers.filter { $0.availabilityZone == zone && members.contains($0.id) }.sorted { $0.id < $1.id }
    }

    /// Instance servers that ECS does not know any more.
    public var missingServerIDs: [String] {
        let byID = Dictionary(servers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return serverIDs.filter { byID[$0]?.exists != true }
    }
}
