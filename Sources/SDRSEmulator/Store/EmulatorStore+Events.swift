// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension EmulatorStore {
    /// Applies one due event at `currentTime`.
    func apply(_ event: ScheduledEvent) {
        switch event.kind {
        case .finishGroupJob(let jobID):
            finishGroupJob(jobID)
        case .finishPowerTransition(let serverID, let token):
            guard let transition = state.servers[serverID]?.transition, transition.token == token else { return }
            completeTransition(serverID: serverID, reachedTarget: true)
        case .finishDrillJob(let jobID):
            finishDrillJob(jobID)
        }
    }

    // MARK: - Group jobs

    private func finishGroupJob(_ jobID: String) {
        guard var job = state.jobs[jobID], job.status == .running, let plan = job.groupAction,
            let groupID = job.serverGroupID, state.groups[groupID] != nil
        else { return }
        let failure = plan.forcedFailure ?? detectedFailure(of: plan, groupID: groupID)
        job.status = failure == nil ? .success : .fail
        job.endTime = currentTime
        job.errorCode = failure?.errorCode
        job.failReason = failure?.reason
        for index in job.subJobs.indices {
            job.subJobs[index].status = job.status
            job.subJobs[index].endTime = currentTime
            job.subJobs[index].errorCode = failure?.errorCode
            job.subJobs[index].failReason = failure?.reason
        }
        state.jobs[jobID] = job
        if let failure {
            if failure.brokenGroup { state.groups[groupID]?.switchoverBroken = true }
            setStatus(ofGroup: groupID, to: plan.kind.failureStatus)
        } else {
            applySuccess(of: plan, groupID: groupID)
        }
    }

    /// Why a group job fails when its time is up, or `nil` when it succeeds.
    private func detectedFailure(of plan: GroupActionPlan, groupID: String) -> JobFailure? {
        guard plan.kind == .reverse, !plan.noOp, let group = state.groups[groupID] else { return nil }
        let instances = instanceIDs(ofGroup: groupID).compactMap { state.instances[$0] }
        let deletedServers = instances.flatMap(\.serverIDs).filter { state.servers[$0]?.isDeleted ?? true }
        if group.switchoverBroken || !deletedServers.isEmpty {
            return JobFailure(
                errorCode: plan.kind.failureCode,
                reason: "A server of a protected instance was deleted (\(deletedServers.joined(separator: ", "))); "
                    + "the protection group can no longer be switched over.",
                brokenGroup: true
            )
        }
        if !plan.poweredOnServers.isEmpty {
            return JobFailure(
                errorCode: plan.kind.failureCode,
                reason:
                    "Servers were powered on during the switchover: \(plan.poweredOnServers.joined(separator: ", "))."
            )
        }
        let broken = replicationIDs(ofGroup: groupID).filter { state.replications[$0]?.faultLevel == "5" }
        if !broken.isEmpty {
            return JobFailure(
                errorCode: plan.kind.failureCode,
                reason: "The replication link of pair \(broken.joined(separator: ", ")) is broken (fault level 5)."
            )
        }
        if replicationIDs(ofGroup: groupID).isEmpty {
            return JobFailure(
                errorCode: plan.kind.failureCode, reason: "The protection group has no replication pairs.")
        }
        return nil
    }

    private func applySuccess(of plan: GroupActionPlan, groupID: String) {
        guard let group = state.groups[groupID] else { return }
        var station: String?
        switch plan.kind {
        case .reverse where !plan.noOp:
            station = plan.requestedPriorityStation ?? PriorityStation.other(group.priorityStation)
        case .failover:
            station = PriorityStation.other(group.priorityStation)
        default:
            station = nil
        }
        setStatus(ofGroup: groupID, to: plan.kind.successStatus, priorityStation: station)
        let replicationStatus: String? =
            switch plan.kind {
            case .failover, .disableProtection: "active-stopped"
            case .enableProtection, .reprotect: "active"
            case .reverse: nil
            }
        if let replicationStatus {
            for id in replicationIDs(ofGroup: groupID) where state.replications[id]?.faultLevel == "0" {
                state.replications[id]?.replicationStatus = replicationStatus
            }
        }
    }

    /// Sets the status of a group and its members (and optionally flips `priority_station`).
    /// Instances that are `invalid` and pairs that are `invalid`/`fault` keep their status.
    func setStatus(ofGroup groupID: String, to status: String, priorityStation: String? = nil) {
        state.groups[groupID]?.status = status
        state.groups[groupID]?.updatedAt = currentTime
        if let priorityStation { state.groups[groupID]?.priorityStation = priorityStation }
        for id in instanceIDs(ofGroup: groupID) {
            guard var instance = state.instances[id] else { continue }
            if instance.status != "invalid" { instance.status = status }
            if let priorityStation { instance.priorityStation = priorityStation }
            instance.updatedAt = currentTime
            state.instances[id] = instance
        }
        for id in replicationIDs(ofGroup: groupID) {
            guard var replication = state.replications[id] else { continue }
            if !["invalid", "fault"].contains(replication.status) { replication.status = status }
            if let priorityStation { replication.priorityStation = priorityStation }
            replication.updatedAt = currentTime
            state.replications[id] = replication
        }
        dirty = true
    }

    func instanceIDs(ofGroup groupID: String) -> [String] {
        indexes.instancesByGroup[groupID] ?? []
    }

    func replicationIDs(ofGroup groupID: String) -> [String] {
        indexes.replicationsByGroup[groupID] ?? []
    }

    /// The group a server belongs to (through its protected instance), if any.
    func groupID(ofServer serverID: String) -> String? {
        indexes.instanceByServer[serverID].flatMap { state.instances[$0]?.groupID }
    }

    // MARK: - Power transitions

    /// Ends the server's transition: reaching the target (`true`) marks its waiting sub-jobs
    /// SUCCESS; otherwise (superseded by an out-of-band change) they FAIL.
    func completeTransition(serverID: String, reachedTarget: Bool) {
        guard var server = state.servers[serverID], let transition = server.transition else { return }
        server.transition = nil
        server.taskState = nil
        if reachedTarget {
            server.vmState = transition.target
            if transition.target == .active { server.launchedAt = currentTime }
        }
        server.updatedAt = currentTime
        state.servers[serverID] = server
        for waiter in transition.waiters {
            let failure =
                reachedTarget ? nil : (code: "Ecs.0100", message: "The server state was changed by another operation.")
            finishSubJob(waiter, failure: failure)
        }
        dirty = true
    }

    /// Marks one ECS sub-job terminal and, when it was the last, the job too.
    func finishSubJob(_ reference: SubJobReference, failure: (code: String, message: String)?) {
        guard var job = state.jobs[reference.jobID], job.subJobs.indices.contains(reference.index) else { return }
        job.subJobs[reference.index].status = failure == nil ? .success : .fail
        job.subJobs[reference.index].endTime = currentTime
        job.subJobs[reference.index].errorCode = failure?.code
        job.subJobs[reference.index].failReason = failure?.message
        job.subJobs[reference.index].errorcodeMessage = failure.map { "\($0.code): \($0.message)" }
        if job.subJobs.allSatisfy(\.isTerminal) {
            let failed = job.subJobs.filter { $0.status == .fail }
            job.status = failed.isEmpty ? .success : .fail
            job.endTime = currentTime
            job.errorCode = failed.first?.errorCode
            job.failReason = failed.isEmpty ? nil : "\(failed.count) of \(job.subJobs.count) servers failed."
        }
        state.jobs[reference.jobID] = job
        dirty = true
    }
}

extension EmulatedSubJob {
    var isTerminal: Bool { status == .success || status == .fail }
}
