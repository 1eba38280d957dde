// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Builds small, readable live and desired states for tests, with predictable IDs:
/// group `grp-<name>`, instances `ins-<name>-<n>`, servers `srv-<name>-<nn>-a` (source AZ) and
/// `srv-<name>-<nn>-b` (target AZ), replication pairs `rep-<name>-<nn>`. The same shapes as the
/// plan fixtures under `Tests/SwitchyardCoreTests/Fixtures/plan`.
public enum SampleState {
    /// The source (creation-time production) AZ of every sample group.
    public static let sourceZone = "cn-north-4a"
    /// The target (creation-time DR) AZ of every sample group.
    public static let targetZone = "cn-north-4b"

    /// A protected group with `instances` server pairs. Production (the `priority` side) servers are
    /// running when `productionRunning`, DR servers are stopped; every pair has a healthy replication.
    public static func group(
        _ name: String,
        id: String? = nil,
        status: String = "protected",
        priority: Site? = .source,
        instances: Int = 1,
        productionRunning: Bool = true,
        osType: String? = "Linux",
        imageName: String? = "CentOS 7.9 64bit"
    ) -> LiveState {
        let groupID = id ?? "grp-\(name)"
        let group = LiveGroup(
            id: groupID, name: name, status: status, priorityStation: priority,
            sourceAvailabilityZone: sourceZone, targetAvailabilityZone: targetZone,
            replicationCount: instances, protectedInstanceCount: instances
        )
        let productionZone = priority == .target ? targetZone : sourceZone
        let healthy = status == "error-reversing" ? status : "protected"
        var liveInstances: [LiveInstance] = [], servers: [LiveServer] = [], replications: [LiveReplication] = []
        for number in stride(from: 1, through: instances, by: 1) {
            let base = "\(name)-\(number < 10 ? "0" : "")\(number)"
            let instanceID = "ins-\(name)-\(number)"
            liveInstances.append(LiveInstance(
                id: instanceID, name: base, groupID: groupID, status: healthy,
                sourceServerID: "srv-\(base)-a", targetServerID: "srv-\(base)-b"
            ))
            for (suffix, zone) in [("a", sourceZone), ("b", targetZone)] {
                let running = zone == productionZone && productionRunning
                servers.append(LiveServer(
                    id: "srv-\(base)-\(suffix)", name: base, status: running ? "ACTIVE" : "SHUTOFF",
                    powerState: running ? 1 : 4, availabilityZone: zone, osType: osType, imageName: imageName
                ))
            }
            replications.append(LiveReplication(id: "rep-\(base)", groupID: groupID, status: healthy, faultLevel: "0", instanceIDs: [instanceID]))
        }
        return LiveState(groups: [group], instances: liveInstances, replications: replications, servers: servers)
    }

    /// A declaration of `name` (or of `id` when given without a name) at line `line`.
    public static func declare(
        _ name: String?,
        id: String? = nil,
        activeSite: ActiveSite = .target,
        dependsOn: [String] = [],
        shutdown: ShutdownMode = .soft,
        startAfterSwitch: Bool = true,
        line: Int = 8
    ) -> DesiredGroup {
        DesiredGroup(
            selector: GroupSelector(id: id, name: name),
            activeSite: activeSite,
            dependsOn: dependsOn,
            shutdown: shutdown,
            startAfterSwitch: startAfterSwitch,
            location: SourceLocation(file: "desired.yaml", line: line, column: 5)
        )
    }

    /// A desired state of `groups` (each placed on its own line) with `policy`.
    public static func desired(_ groups: [DesiredGroup], policy: RunPolicy = RunPolicy()) -> DesiredState {
        let placed = groups.enumerated().map { offset, group in
            var group = group
            group.location = SourceLocation(file: "desired.yaml", line: 8 + 4 * offset, column: 5)
            return group
        }
        return DesiredState(file: "desired.yaml", policy: policy, groups: placed)
    }
}

extension LiveState {
    /// Both states together (IDs are expected to be distinct).
    public static func + (lhs: LiveState, rhs: LiveState) -> LiveState {
        LiveState(
            groups: lhs.groups + rhs.groups,
            instances: lhs.instances + rhs.instances,
            replications: lhs.replications + rhs.replications,
            servers: lhs.servers + rhs.servers
        )
    }

    /// All of the states together.
    public static func merging(_ states: [LiveState]) -> LiveState {
        LiveState(
            groups: states.flatMap(\.groups),
            instances: states.flatMap(\.instances),
            replications: states.flatMap(\.replications),
            servers: states.flatMap(\.servers)
        )
    }

    /// Changes the group with `id` in place (no-op when absent).
    public mutating func updateGroup(_ id: String, _ change: (inout LiveGroup) -> Void) {
        if let index = groups.firstIndex(where: { $0.id == id }) { change(&groups[index]) }
    }

    /// Changes the instance with `id` in place (no-op when absent).
    public mutating func updateInstance(_ id: String, _ change: (inout LiveInstance) -> Void) {
        if let index = instances.firstIndex(where: { $0.id == id }) { change(&instances[index]) }
    }

    /// Changes the server with `id` in place (no-op when absent).
    public mutating func updateServer(_ id: String, _ change: (inout LiveServer) -> Void) {
        if let index = servers.firstIndex(where: { $0.id == id }) { change(&servers[index]) }
    }

    /// Changes the replication pair with `id` in place (no-op when absent).
    public mutating func updateReplication(_ id: String, _ change: (inout LiveReplication) -> Void) {
        if let index = replications.firstIndex(where: { $0.id == id }) { change(&replications[index]) }
    }
}
