// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The four bodies of `POST /server-groups/{id}/action`.
enum GroupActionRequest: Sendable, Hashable {
    /// `reverse-server-group`; `nil` when the body lacks `priority_station`.
    case reverse(priorityStation: String?)
    case failover
    case start
    case stop
}

extension EmulatorStore {
    /// Runs one group action: checks the rules of §2.5 and, when they hold, starts the job.
    ///
    /// - Returns: The new job's ID.
    /// - Throws: `APIError` (400 with the documented SDRS code) when the action is not allowed.
    func performGroupAction(_ action: GroupActionRequest, groupID: String, request: RequestInfo) throws -> String {
        try synchronise()
        return try savingChanges {
            let jobID = try groupAction(action, groupID: groupID, request: request)
            fireTriggers(after: request.operation, groupIDs: [groupID])
            return jobID
        }
    }

    private func groupAction(_ action: GroupActionRequest, groupID: String, request: RequestInfo) throws -> String {
        guard let group = state.groups[groupID] else { throw APIError.groupNotFound(groupID) }
        recordGroupCallViolations(action, group: group, request: request)
        switch action {
        case .reverse(let station):
            return try reverse(group, requested: station, request: request)
        case .failover:
            guard ["protected", "error-failing-over", "error-reversing"].contains(group.status) else {
                throw stateError(group, "failover")
            }
            try requireReplicationPairs(group)
            try requireNoFrozenInstance(group)
            return startGroupJob(.failover, group: group, plan: GroupActionPlan(kind: .failover))
        case .start:
            if ["available", "error-starting"].contains(group.status) {
                try requireReplicationPairs(group)
                try requireNoFrozenInstance(group)
                return startGroupJob(.enableProtection, group: group, plan: GroupActionPlan(kind: .enableProtection))
            }
            guard ["failed-over", "error-reprotecting"].contains(group.status) else {
                throw stateError(group, "start-server-group")
            }
            try requireNoFrozenInstance(group)
            let running = servers(of: group, inZone: group.currentDRAvailabilityZone).filter { !$0.isStoppedAndIdle }
            guard running.isEmpty else {
                throw APIError.sdrs(
                    "SDRS.1342", "Current DR site server is not stopped: \(running.map(\.id).joined(separator: ", "))"
                )
            }
            return startGroupJob(.reprotect, group: group, plan: GroupActionPlan(kind: .reprotect))
        case .stop:
            guard ["protected", "error-stopping"].contains(group.status) else {
                throw stateError(group, "stop-server-group")
            }
            try requireNoFrozenInstance(group)
            return startGroupJob(.disableProtection, group: group, plan: GroupActionPlan(kind: .disableProtection))
        }
    }

    /// The invariant log's rules for failover and protection calls, recorded whether or not the
    /// call is then refused (as for a reverse).
    private func recordGroupCallViolations(_ action: GroupActionRequest, group: EmulatedGroup, request: RequestInfo) {
        if case .reverse = action { return }
        if ["failing-over", "reprotecting", "starting", "stopping"].contains(group.status) {
            record(
                .groupCallWhileInTransition, group: group.id, servers: [], request: request,
                message: "A failover or protection change was requested while the group was \(group.status).")
        }
        switch action {
        case .failover where replicationIDs(ofGroup: group.id).isEmpty:
            record(
                .failoverWithoutReplicationPairs, group: group.id, servers: [], request: request,
                message: "A failover was requested for a group without replication pairs.")
        case .start where ["failed-over", "error-reprotecting"].contains(group.status):
            let running = servers(of: group, inZone: group.currentDRAvailabilityZone).filter(\.mayRun).map(\.id)
            if !running.isEmpty {
                record(
                    .reprotectWithRunningServer, group: group.id, servers: running, request: request,
                    message: "A re-protect was requested while servers at the site it overwrites were not shut down.")
            }
        default:
            break
        }
    }

    private func reverse(_ group: EmulatedGroup, requested: String?, request: RequestInfo) throws -> String {
        let production = servers(of: group, inZone: group.currentProductionAvailabilityZone)
        let running = production.filter { !$0.isStoppedAndIdle }.map(\.id)
        // The user guide requires every server of the group stopped (reference §12.1); the looser
        // setting checks only the current production site.
        let runningAtDRSite =
            behaviours.reverseRequiresStopped == .allServers
            ? servers(of: group).filter {
                $0.availabilityZone != group.currentProductionAvailabilityZone && !$0.isStoppedAndIdle
            }.map(\.id) : []
        if group.status == "reversing" {
            record(
                .reverseWhileReversing, group: group.id, servers: [], request: request,
                message: "A switchover was requested while the group was already reversing.")
        }
        // The log records servers that may really run; one that lost power with its zone is
        // refused below (SDRS cannot see it is off) but endangers nothing.
        let reallyRunning = production.filter(\.mayRun).map(\.id)
        if !reallyRunning.isEmpty {
            record(
                .reverseWithRunningProductionServer, group: group.id, servers: reallyRunning, request: request,
                message: "A switchover was requested while production servers were not stopped.")
        }
        guard let station = requested, PriorityStation.isValid(station) else {
            throw APIError.sdrs("SDRS.0216", "Invalid preferred AZ: priority_station must be 'source' or 'target'")
        }
        guard ["protected", "error-reversing"].contains(group.status) else {
            throw stateError(group, "reverse-server-group")
        }
        if behaviours.reverseWithoutReplicationPairs == .reject {
            try requireReplicationPairs(group)
        }
        var plan = GroupActionPlan(kind: .reverse, requestedPriorityStation: station)
        if station == group.priorityStation {
            switch behaviours.reverseToCurrentStation {
            case .rejectInvalidPriorityStation:
                throw APIError.sdrs(
                    "SDRS.0216", "Invalid preferred AZ: the group's priority_station is already '\(station)'")
            case .rejectState:
                throw APIError.sdrs(
                    "SDRS.1002",
                    "Operation not allowed for the protection group in the current state: priority_station is already '\(station)'"
                )
            case .acceptAsNoOp:
                plan.noOp = true
            }
        }
        try requireNoFrozenInstance(group)
        let locked = production.filter(\.locked).map(\.id)
        guard locked.isEmpty else {
            throw APIError.sdrs(
                "SDRS.1357", "Production site server locked by system: \(locked.joined(separator: ", "))")
        }
        guard running.isEmpty else {
            throw APIError.sdrs(
                behaviours.productionServerRunningCode,
                "Server at the current production site not stopped: \(running.joined(separator: ", "))"
            )
        }
        guard runningAtDRSite.isEmpty else {
            throw APIError.sdrs(
                behaviours.productionServerRunningCode,
                "All servers in the protection group must be stopped; running at the DR site: "
                    + runningAtDRSite.joined(separator: ", ")
            )
        }
        plan.forcedFailure = consumeReverseFailure(groupID: group.id)
        return startGroupJob(.reverse, group: group, plan: plan)
    }

    /// Creates the RUNNING job, moves the group and its members to the transitional status and
    /// schedules the job's end.
    private func startGroupJob(_ kind: GroupActionKind, group: EmulatedGroup, plan: GroupActionPlan) -> String {
        var plan = plan
        if kind != .reverse { plan.forcedFailure = consumeGroupJobFailure(kind, groupID: group.id) }
        let jobID = makeJobID()
        var subJobs: [EmulatedSubJob] = []
        if kind == .disableProtection {
            subJobs = replicationIDs(ofGroup: group.id).map { replicationID in
                EmulatedSubJob(
                    id: makeJobID(), jobType: "stopProtectionGroupRepNoCG", status: .running, beginTime: currentTime,
                    replicationID: replicationID
                )
            }
        }
        state.jobs[jobID] = EmulatedJob(
            id: jobID, service: .sdrs, jobType: kind.jobType, status: .running, beginTime: currentTime,
            serverGroupID: group.id, subJobs: subJobs, groupAction: plan
        )
        setStatus(ofGroup: group.id, to: kind.transitionalStatus)
        _ = schedule(.finishGroupJob(jobID: jobID), after: scaled(state.timings.duration(of: kind)))
        return jobID
    }

    /// The non-deleted servers of the group's instances that live in `zone`.
    func servers(of group: EmulatedGroup, inZone zone: String) -> [EmulatedServer] {
        servers(of: group).filter { $0.availabilityZone == zone }
    }

    /// Every (undeleted) server of the group's protected instances, both sites.
    func servers(of group: EmulatedGroup) -> [EmulatedServer] {
        instanceIDs(ofGroup: group.id)
            .compactMap { state.instances[$0] }
            .flatMap(\.serverIDs)
            .compactMap { state.servers[$0] }
            .filter { !$0.isDeleted }
    }

    private func requireReplicationPairs(_ group: EmulatedGroup) throws {
        guard !replicationIDs(ofGroup: group.id).isEmpty else {
            throw APIError.sdrs(
                "SDRS.1002",
                "Operation not allowed for the protection group in the current state: it has no replication pairs"
            )
        }
    }

    private func requireNoFrozenInstance(_ group: EmulatedGroup) throws {
        let frozen = instanceIDs(ofGroup: group.id).filter { state.instances[$0]?.frozen ?? false }
        guard frozen.isEmpty else {
            throw APIError.sdrs("SDRS.1314", "Abnormal protected instance: frozen \(frozen.joined(separator: ", "))")
        }
    }

    private func stateError(_ group: EmulatedGroup, _ action: String) -> APIError {
        .sdrs(
            "SDRS.1002",
            "Operation not allowed for the protection group in the current state: \(action) is not allowed in status \(group.status)"
        )
    }

    /// Appends to the invariant log.
    func record(
        _ kind: InvariantViolation.Kind, group: String, servers: [String], request: RequestInfo, message: String
    ) {
        state.invariantLog.append(
            InvariantViolation(
                kind: kind, time: currentTime, operation: request.operation.rawValue, groupID: group,
                serverIDs: servers, requestID: request.requestID, message: message
            )
        )
        dirty = true
    }
}
