// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A declared group paired with its live protection group, with every server placed on a site by
/// its ECS availability zone.
public struct ResolvedGroup: Sendable, Hashable, Codable {
    /// The live protection group.
    public var live: LiveGroup
    /// The side `activeSite` resolved to.
    public var desiredSite: Site
    /// The protected instances of the group, sorted by ID, with their servers placed.
    public var instances: [PlacedInstance]
    /// The replication pairs of the group, sorted by ID.
    public var replications: [LiveReplication]
    /// Facts about server placement that a planner must not ignore, in instance/server order.
    public var findings: [PlacementFinding]

    /// Creates a resolved group; `Differ` is the usual producer.
    public init(
        live: LiveGroup,
        desiredSite: Site,
        instances: [PlacedInstance],
        replications: [LiveReplication],
        findings: [PlacementFinding]
    ) {
        self.live = live
        self.desiredSite = desiredSite
        self.instances = instances
        self.replications = replications
        self.findings = findings
    }

    /// Whether production is already where the declaration wants it; `nil` when SDRS reported no
    /// `priority_station`, so nobody can tell.
    public var isInSync: Bool? { live.priorityStation.map { $0 == desiredSite } }

    /// Every placed server of the group, in instance order (source server before target server).
    public var servers: [PlacedServer] { instances.flatMap(\.servers) }

    /// The existing servers whose AZ is the AZ of `site`.
    public func servers(at site: Site) -> [PlacedServer] {
        servers.filter { $0.site == site }
    }
}

/// A protected instance with its two servers placed.
public struct PlacedInstance: Sendable, Hashable, Codable {
    /// The protected instance as observed.
    public var instance: LiveInstance
    /// The SDRS source server first, then the target server.
    public var servers: [PlacedServer]

    /// Creates a placed instance.
    public init(instance: LiveInstance, servers: [PlacedServer]) {
        self.instance = instance
        self.servers = servers
    }
}

/// A server of a protected instance and the site its ECS availability zone puts it on.
public struct PlacedServer: Sendable, Hashable, Codable {
    /// The server as observed (a `missing` placeholder when ECS does not know it).
    public var server: LiveServer
    /// The protected instance it belongs to.
    public var instanceID: String
    /// The side its `OS-EXT-AZ:availability_zone` belongs to; `nil` when the server does not exist,
    /// reports no AZ, or sits in an AZ that is neither of the group's.
    public var site: Site?

    /// Creates a placed server.
    public init(server: LiveServer, instanceID: String, site: Site?) {
        self.server = server
        self.instanceID = instanceID
        self.site = site
    }

    /// The server ID.
    public var id: String { server.id }
}

/// A placement fact the differ records for the planner (which turns it into a block reason).
public enum PlacementFinding: Sendable, Hashable, Codable {
    /// ECS does not know the server any more (deleted outside SDRS).
    case serverMissing(serverID: String, instanceID: String)
    /// The server's AZ is neither of the group's (or ECS reported none: `zone == nil`).
    case serverOutsideGroupZones(serverID: String, instanceID: String, zone: String?)
    /// Both existing servers of the instance sit in the same AZ, so one site has no server for it.
    case instanceOnOneSite(instanceID: String, site: Site)
}

extension PlacementFinding {
    /// The protected instance the finding concerns.
    public var instanceID: String {
        switch self {
        case .serverMissing(_, let instanceID), .serverOutsideGroupZones(_, let instanceID, _), .instanceOnOneSite(let instanceID, _):
            instanceID
        }
    }
}
