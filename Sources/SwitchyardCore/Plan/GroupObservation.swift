// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What was observed of one group when it was planned: the values its fingerprint covers, kept so a
/// staleness check can say what changed (`Staleness.compare`) and renderers can name servers.
///
/// Instances, servers and replication pairs are sorted by ID.
public struct GroupObservation: Sendable, Hashable, Codable {
    /// The live protection group ID.
    public var groupID: String
    /// The live group name (display only; not fingerprinted).
    public var name: String
    /// Raw SDRS group status.
    public var status: String
    /// The current production side; `nil` when SDRS reported none.
    public var priorityStation: Site?
    /// The creation-time production AZ.
    public var sourceAvailabilityZone: String
    /// The creation-time DR AZ.
    public var targetAvailabilityZone: String
    /// The protected instances, sorted by ID.
    public var instances: [InstanceObservation]
    /// Both servers of every instance, sorted by ID.
    public var servers: [ServerObservation]
    /// The replication pairs, sorted by ID.
    public var replications: [ReplicationObservation]

    /// A protected instance as observed.
    public struct InstanceObservation: Sendable, Hashable, Codable {
        /// The protected instance ID.
        public var id: String
        /// Its name.
        public var name: String
        /// Raw SDRS instance status.
        public var status: String
        /// `metadata.__system__frozen`.
        public var frozen: Bool
        /// SDRS `source_server` (fixed at creation).
        public var sourceServerID: String
        /// SDRS `target_server` (fixed at creation).
        public var targetServerID: String

        /// Creates an instance observation.
        public init(id: String, name: String, status: String, frozen: Bool, sourceServerID: String, targetServerID: String) {
            self.id = id
            self.name = name
            self.status = status
            self.frozen = frozen
            self.sourceServerID = sourceServerID
            self.targetServerID = targetServerID
        }

        private enum CodingKeys: String, CodingKey {
            case id, name, status, frozen
            case sourceServerID = "source_server_id"
            case targetServerID = "target_server_id"
        }
    }

    /// A server as observed, with the site its AZ puts it on.
    public struct ServerObservation: Sendable, Hashable, Codable {
        /// The ECS server ID.
        public var id: String
        /// Display only; not part of the fingerprint.
        public var name: String
        /// The protected instance the server belongs to.
        public var instanceID: String
        /// Whether ECS still knows the server.
        public var exists: Bool
        /// Raw ECS `status`.
        public var status: String
        /// `OS-EXT-STS:task_state`; `nil` when idle.
        public var taskState: String?
        /// `OS-EXT-AZ:availability_zone`; `nil` when ECS reported none.
        public var availabilityZone: String?
        /// `nil` when missing or outside the group's AZs.
        public var site: Site?
        /// ECS `locked`.
        public var locked: Bool
        /// `metadata.EcmResStatus == "freeze"`.
        public var frozen: Bool

        /// Creates a server observation.
        public init(
            id: String, name: String, instanceID: String, exists: Bool, status: String, taskState: String?,
            availabilityZone: String?, site: Site?, locked: Bool, frozen: Bool
        ) {
            self.id = id
            self.name = name
            self.instanceID = instanceID
            self.exists = exists
            self.status = status
            self.taskState = taskState
            self.availabilityZone = availabilityZone
            self.site = site
            self.locked = locked
            self.frozen = frozen
        }

        private enum CodingKeys: String, CodingKey {
            case id, name, exists, status, site, locked, frozen
            case instanceID = "instance_id"
            case taskState = "task_state"
            case availabilityZone = "availability_zone"
        }
    }

    /// A replication pair as observed.
    public struct ReplicationObservation: Sendable, Hashable, Codable {
        /// The replication pair ID.
        public var id: String
        /// Raw SDRS replication status.
        public var status: String
        /// `"0"` none, `"2"` production disk inaccessible, `"5"` link broken.
        public var faultLevel: String?

        /// Creates a replication observation.
        public init(id: String, status: String, faultLevel: String?) {
            self.id = id
            self.status = status
            self.faultLevel = faultLevel
        }

        private enum CodingKeys: String, CodingKey {
            case id, status
            case faultLevel = "fault_level"
        }
    }

    private enum CodingKeys: String, CodingKey {
        case name, status, instances, servers, replications
        case groupID = "group_id"
        case priorityStation = "priority_station"
        case sourceAvailabilityZone = "source_availability_zone"
        case targetAvailabilityZone = "target_availability_zone"
    }

    /// Creates an observation from its parts (tests, decoding).
    public init(
        groupID: String,
        name: String,
        status: String,
        priorityStation: Site?,
        sourceAvailabilityZone: String,
        targetAvailabilityZone: String,
        instances: [InstanceObservation],
        servers: [ServerObservation],
        replications: [ReplicationObservation]
    ) {
        self.groupID = groupID
        self.name = name
        self.status = status
        self.priorityStation = priorityStation
        self.sourceAvailabilityZone = sourceAvailabilityZone
        self.targetAvailabilityZone = targetAvailabilityZone
        self.instances = instances
        self.servers = servers
        self.replications = replications
    }

    /// The observation of a resolved group.
    public init(_ group: ResolvedGroup) {
        groupID = group.live.id
        name = group.live.name
        status = group.live.status
        priorityStation = group.live.priorityStation
        sourceAvailabilityZone = group.live.sourceAvailabilityZone
        targetAvailabilityZone = group.live.targetAvailabilityZone
        instances = group.instances.map(\.instance).sorted { $0.id < $1.id }.map {
            InstanceObservation(
                id: $0.id, name: $0.name, status: $0.status, frozen: $0.frozen,
                sourceServerID: $0.sourceServerID, targetServerID: $0.targetServerID
            )
        }
        servers = group.servers.sorted { $0.id < $1.id }.map {
            ServerObservation(
                id: $0.id, name: $0.server.name, instanceID: $0.instanceID, exists: $0.server.exists,
                status: $0.server.status, taskState: $0.server.taskState,
                availabilityZone: $0.server.availabilityZone, site: $0.site,
                locked: $0.server.locked, frozen: $0.server.frozen
            )
        }
        replications = group.replications.sorted { $0.id < $1.id }.map {
            ReplicationObservation(id: $0.id, status: $0.status, faultLevel: $0.faultLevel)
        }
    }

    /// The observed server with `id`, if any.
    public func server(_ id: String) -> ServerObservation? { servers.first { $0.id == id } }

    /// The AZ of a side of the group.
    public func availabilityZone(of site: Site) -> String {
        site == .source ? sourceAvailabilityZone : targetAvailabilityZone
    }
}
