// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

extension FakeCloud {
    public func stopServers(ids: [String], mode: StopMode) async throws -> CloudJobID {
        try record("StopServers", "\(mode.rawValue):" + ids.joined(separator: ","))
        let hangs = mode == .soft && !softStopHangs.isDisjoint(with: ids)
        for id in ids where servers[id]?.status == "ACTIVE" {
            updateServer(id) { $0.taskState = "powering-off" }
        }
        return makeJob(.ecs, type: "batchStopServer", hangs: hangs) { cloud, _ in
            for id in ids { await cloud.markStopped(id) }
        }
    }

    public func startServers(ids: [String]) async throws -> CloudJobID {
        try record("StartServers", ids.joined(separator: ","))
        if let reversing = groups.values.first(where: { group in
            group.status == "reversing" && instances.contains { $0.groupID == group.id && !Set($0.serverIDs).isDisjoint(with: ids) }
        }) {
            throw CloudError(kind: .rejected, operation: "BatchStartServers", httpStatus: 409, code: "Ecs.0100", message: "server of reversing group \(reversing.id)")
        }
        for id in ids where servers[id]?.status == "SHUTOFF" {
            updateServer(id) { $0.taskState = "powering-on" }
        }
        return makeJob(.ecs, type: "batchStartServer") { cloud, _ in
            for id in ids { await cloud.markRunning(id) }
        }
    }

    public func reverseProtectionGroup(id: String, priorityStation: Site) async throws -> CloudJobID {
        try record("ReverseProtectionGroup", "\(id):\(priorityStation.rawValue)")
        guard let group = groups[id] else {
            throw CloudError(kind: .notFound, operation: "StartReverseProtectionGroup", httpStatus: 400, code: "SDRS.1013", message: "no group")
        }
        guard ["protected", "error-reversing"].contains(group.status), let production = group.priorityStation, production != priorityStation else {
            throw CloudError(kind: .rejected, operation: "StartReverseProtectionGroup", httpStatus: 400, code: "SDRS.1319", message: "status \(group.status) does not allow reverse")
        }
        let zone = group.availabilityZone(of: production)
        let serverIDs = Set(instances.filter { $0.groupID == id }.flatMap(\.serverIDs))
        let running = serverIDs.compactMap { servers[$0] }.filter { $0.availabilityZone == zone && $0.status != "SHUTOFF" }
        guard running.isEmpty else {
            throw CloudError(kind: .rejected, operation: "StartReverseProtectionGroup", httpStatus: 400, code: "SDRS.1305", message: "production servers are not stopped")
        }
        updateGroup(id) { $0.status = "reversing" }
        let failure = reverseFailures.removeValue(forKey: id)
        return makeJob(.sdrs, type: "reverse_server_group", polls: pollsPerJobByGroup[id]) { cloud, job in
            await cloud.completeReverse(groupID: id, to: priorityStation, failure: failure, job: job)
        }
    }

    func completeReverse(groupID: String, to site: Site, failure: (String, String)?, job: CloudJobID) {
        if let failure {
            updateGroup(groupID) { $0.status = "error-reversing" }
            failJob(job, code: failure.0, reason: failure.1)
        } else {
            updateGroup(groupID) { $0.status = "protected"; $0.priorityStation = site }
        }
    }

    func markStopped(_ id: String) {
        updateServer(id) { $0.status = "SHUTOFF"; $0.taskState = nil; $0.powerState = 4 }
    }

    func markRunning(_ id: String) {
        updateServer(id) { $0.status = "ACTIVE"; $0.taskState = nil; $0.powerState = 1 }
    }

    /// A group with `instances` instance pairs, production at `production`, servers running there
    /// and stopped at the other side; returns the pieces to pass to `init`.
    public static func group(
        id: String, production: Site = .source, instances count: Int = 2, status: String = "protected"
    ) -> (LiveGroup, [LiveInstance], [LiveServer]) {
        let group = LiveGroup(
            id: id, name: id, status: status, priorityStation: production,
            sourceAvailabilityZone: "az1", targetAvailabilityZone: "az2", replicationCount: count, protectedInstanceCount: count
        )
        var instances: [LiveInstance] = []
        var servers: [LiveServer] = []
        for index in 0..<count {
            let source = "\(id)-s\(index)", target = "\(id)-t\(index)"
            instances.append(LiveInstance(id: "\(id)-i\(index)", name: "i\(index)", groupID: id, status: "protected", sourceServerID: source, targetServerID: target))
            for (serverID, site) in [(source, Site.source), (target, Site.target)] {
                let running = site == production
                servers.append(LiveServer(
                    id: serverID, name: serverID, status: running ? "ACTIVE" : "SHUTOFF", powerState: running ? 1 : 4,
                    availabilityZone: site == .source ? "az1" : "az2"
                ))
            }
        }
        return (group, instances, servers)
    }
}
