// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A snapshot of everything switchyard observed, with lookups the differ and planner need.
///
/// Built by `LiveStateObserver` from bulk list calls. Plain values: it can be saved as JSON
/// (test fixtures use that) and compared.
public struct LiveState: Sendable, Hashable, Codable {
    /// Every protection group of the project (declared or not), sorted by ID.
    public var groups: [LiveGroup]
    /// Protected instances of the groups that were looked at, sorted by ID.
    public var instances: [LiveInstance]
    /// Replication pairs of the groups that were looked at, sorted by ID.
    public var replications: [LiveReplication]
    /// Servers of those instances, sorted by ID; missing ones have `exists == false`.
    public var servers: [LiveServer]

    public init(
        groups: [LiveGroup] = [],
        instances: [LiveInstance] = [],
        replications: [LiveReplication] = [],
        servers: [LiveServer] = []
    ) {
        self.groups = groups.sorted { $0.id < $1.id }
        self.instances = instances.sorted { $0.id < $1.id }
        self.replications = replications.sorted { $0.id < $1.id }
        self.servers = servers.sorted { $0.id < $1.id }
    }

    /// An index over a `LiveState` for O(1) lookups; build once per diff.
    public struct Index: Sendable {
        public let groupsByID: [String: LiveGroup]
        public let groupsByName: [String: [LiveGroup]]
        public let instancesByGroup: [String: [LiveInstance]]
        public let replicationsByGroup: [String: [LiveReplication]]
        public let serversByID: [String: LiveServer]

        public init(_ state: LiveState) {
            groupsByID = Dictionary(state.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            groupsByName = Dictionary(grouping: state.groups, by: \.name)
            instancesByGroup = Dictionary(grouping: state.instances, by: \.groupID)
            replicationsByGroup = Dictionary(grouping: state.replications, by: \.groupID)
            serversByID = Dictionary(state.servers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The server, or a `missing` placeholder when it was not observed.
        public func server(_ id: String) -> LiveServer { serversByID[id] ?? .missing(id: id) }
    }

    public func makeIndex() -> Index { Index(self) }
}
