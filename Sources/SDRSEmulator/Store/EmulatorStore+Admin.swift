// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension EmulatorStore {
    /// Powers a server on or off out of band, at once (a person in the console).
    ///
    /// A transition in flight ends: its sub-jobs succeed when it was heading to the same state,
    /// otherwise they fail. Powering on a server of a reversing group dooms the switchover.
    ///
    /// - Throws: `APIError` (404) when the server does not exist or is deleted.
    public func setServerPower(_ serverID: String, running: Bool) throws {
        try synchronise()
        guard let server = state.servers[serverID], !server.isDeleted else {
            throw APIError.admin("no server with id \(serverID)", status: 404)
        }
        let target: EmulatedServer.VMState = running ? .active : .stopped
        if let transition = server.transition {
            completeTransition(serverID: serverID, reachedTarget: transition.target == target)
        }
        let wasRunning = state.servers[serverID]?.vmState == .active
        state.servers[serverID]?.vmState = target
        state.servers[serverID]?.taskState = nil
        state.servers[serverID]?.updatedAt = currentTime
        if running, !wasRunning {
            state.servers[serverID]?.launchedAt = currentTime
            markPoweredOn(serverID)
        }
        dirty = true
        try saveIfDirty()
    }

    /// Deletes a server out of band (through the native ECS API). Its protected instance becomes
    /// `invalid` and the next switchover of its group fails and breaks the group for good.
    public func deleteServer(_ serverID: String) throws {
        try synchronise()
        guard let server = state.servers[serverID], !server.isDeleted else {
            throw APIError.admin("no server with id \(serverID)", status: 404)
        }
        if server.transition != nil {
            completeTransition(serverID: serverID, reachedTarget: false)
        }
        state.servers[serverID]?.vmState = .deleted
        state.servers[serverID]?.updatedAt = currentTime
        if let instanceID = indexes.instanceByServer[serverID] {
            state.instances[instanceID]?.status = "invalid"
            state.instances[instanceID]?.updatedAt = currentTime
        }
        dirty = true
        try saveIfDirty()
    }

    /// Sets a group's `priority_station` (and optionally its status) out of band, with its
    /// instances and pairs: the way drift is produced.
    public func setGroupPriorityStation(_ groupID: String, priorityStation: String, status: String? = nil) throws {
        try synchronise()
        guard let group = state.groups[groupID] else {
            throw APIError.admin("no group with id \(groupID)", status: 404)
        }
        guard PriorityStation.isValid(priorityStation) else {
            throw APIError.admin("priority_station must be 'source' or 'target'")
        }
        if let status, !EmulatorFixture.groupStatuses.contains(status) {
            throw APIError.admin("unknown protection group status '\(status)'")
        }
        setStatus(ofGroup: groupID, to: status ?? group.status, priorityStation: priorityStation)
        try saveIfDirty()
    }

    /// Every rule a client tried to break, oldest first.
    public func invariantLog() throws -> [InvariantViolation] {
        try synchronise()
        return state.invariantLog
    }

    /// Empties the invariant log.
    public func clearInvariantLog() throws {
        state.invariantLog.removeAll()
        dirty = true
        try saveIfDirty()
    }

    /// Requests per operation since the last reset.
    public func requestCounts() -> RequestCountReport {
        let entries = EmulatorOperation.allCases.map { operation in
            let count = state.requestCounts[operation.rawValue] ?? OperationCount()
            return RequestCountReport.Entry(
                operation: operation.rawValue, changing: operation.isChanging, calls: count.calls,
                failures: count.failures
            )
        }
        return RequestCountReport(
            operations: entries, totalCalls: entries.reduce(0) { $0 + $1.calls },
            changingCalls: entries.filter(\.changing).reduce(0) { $0 + $1.calls }
        )
    }

    /// Sets every request count to zero.
    public func resetRequestCounts() throws {
        state.requestCounts.removeAll()
        dirty = true
        try saveIfDirty()
    }

    /// Counts one request of `operation` (saved with the next change).
    func countRequest(_ operation: EmulatorOperation, failed: Bool) {
        state.requestCounts[operation.rawValue, default: OperationCount()].calls += 1
        if failed { state.requestCounts[operation.rawValue, default: OperationCount()].failures += 1 }
    }

    /// The whole state as JSON for debugging (secret keys and tokens redacted). Not a stable format.
    public func stateDump() throws -> Data {
        try synchronise()
        var copy = state
        copy.credentials = copy.credentials.map { credential in
            var credential = credential
            credential.secretAccessKey = "<redacted>"
            credential.securityToken = credential.securityToken.map { _ in "<redacted>" }
            return credential
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(copy)
    }
}

extension EmulatorStore {
    /// Takes an availability zone down or brings it back (the admin API's zone outage).
    ///
    /// Down: every server in the zone loses power and becomes unreachable (ECS `UNKNOWN`, power state
    /// 0); power transitions in flight there fail; ECS power calls on those servers fail their
    /// sub-jobs (Ecs.0100), SDRS refuses a switchover that needs them shut down and a re-protect
    /// that needs them shut down (SDRS.1342), and a failover works. Back: they come back shut down
    /// (`SHUTOFF`): power was lost, and nothing starts them by itself.
    public func setZoneOutage(_ zone: String, down: Bool) throws {
        try synchronise()
        let zones = Set(state.groups.values.flatMap { [$0.sourceAvailabilityZone, $0.targetAvailabilityZone] })
            .union(state.servers.values.map(\.availabilityZone))
        guard zones.contains(zone) else {
            throw APIError.admin("no group or server uses availability zone \(zone)", status: 404)
        }
        var downZones = Set(state.zonesDown ?? [])
        for id in state.serverOrder {
            guard let server = state.servers[id], server.availabilityZone == zone, !server.isDeleted else { continue }
            if down, server.vmState != .unreachable {
                if server.transition != nil { completeTransition(serverID: id, reachedTarget: false) }
                state.servers[id]?.vmState = .unreachable
                state.servers[id]?.taskState = nil
                state.servers[id]?.updatedAt = currentTime
            } else if !down, server.vmState == .unreachable {
                state.servers[id]?.vmState = .stopped
                state.servers[id]?.updatedAt = currentTime
            }
        }
        if down { downZones.insert(zone) } else { downZones.remove(zone) }
        state.zonesDown = downZones.sorted()
        dirty = true
        try saveIfDirty()
    }

    /// The availability zones that are down.
    public func zonesDown() throws -> [String] {
        try synchronise()
        return state.zonesDown ?? []
    }
}
