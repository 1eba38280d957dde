// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Observes the live state switchyard needs, with bulk calls only.
///
/// One list of all groups (needed anyway: names resolve against it and unmanaged groups are
/// reported), then the instances and replication pairs of the relevant groups, then both servers of
/// every instance. The `CloudAPI` implementation decides how to page and filter each list cheaply.
public struct LiveStateObserver: Sendable {
    public let cloud: any CloudAPI

    public init(cloud: any CloudAPI) {
        self.cloud = cloud
    }

    /// Observes every group, and the details (instances, replications, servers) of the groups whose
    /// ID is in `detailGroupIDs` (pass the IDs the desired state resolves to).
    ///
    /// - Throws: `CloudError` when a read fails after the client's retries.
    public func observe(detailGroupIDs: (([LiveGroup]) -> Set<String>)) async throws -> LiveState {
        let groups = try await cloud.listProtectionGroups()
        let wanted = detailGroupIDs(groups).sorted()
        guard !wanted.isEmpty else { return LiveState(groups: groups) }
        async let instancesCall = cloud.listProtectedInstances(groupIDs: wanted)
        async let replicationsCall = cloud.listReplications(groupIDs: wanted)
        let instances = try await instancesCall
        let serverIDs = Set(instances.flatMap(\.serverIDs)).sorted()
        async let serversCall = cloud.listServers(ids: serverIDs)
        let replications = try await replicationsCall
        let servers = try await serversCall
        return LiveState(groups: groups, instances: instances, replications: replications, servers: servers)
    }
}
