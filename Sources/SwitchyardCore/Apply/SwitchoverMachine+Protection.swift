// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Failover, re-protect, enable and disable protection (SDRS reference §12.3): the same machine,
/// the same events and the same rules as a switchover — the live state decides, only the plan's
/// steps are performed, one group call per run at most, never both sites running.
extension SwitchoverMachine {
    /// A failover plan: fence what still runs at the old site, fail over, start the new production.
    mutating func decideFailover(_ snapshot: GroupSnapshot, group: LiveGroup, now: Duration) -> Action {
        let status = group.groupStatus
        if let result = state.groupResult, result.status == .failed {
            return fail(Self.jobFailure(
                .failoverFailed, result, message: "the failover to \(desiredSite) failed (status \(status))",
                serverState: "no server was started",
                nextSafeAction: "SDRS allows retrying a failover from error-failing-over: plan and apply again, or contact Huawei Cloud support"
            ), now: now)
        }
        if status == .failingOver {
            guard group.priorityStation != desiredSite else {
                return halt("a failover away from \(desiredSite) is in progress (someone else is moving the group)", now: now)
            }
            return waitForTransition(.waitForFailover, now: now)
        }
        guard let production = group.priorityStation else {
            return halt("SDRS reports no priority_station for the group (status \(status)), so nobody can tell which site is production", now: now)
        }
        if production == desiredSite {
            guard status == .failedOver || status == .protected else {
                return halt("production is at \(desiredSite), but the group's status is \(status), not failed-over", now: now)
            }
            if state.groupJob == nil && !state.waitedForTransition && step(.failover) != nil && !state.changed {
                // Someone else failed the group over since the plan: the start is still ours to do.
                state.waitedForTransition = true
            }
            return startProduction(snapshot, now: now)
        }
        if let job = state.groupJob, state.groupResult == nil {
            return wait(.waitForFailover, job: job, now: now)
        }
        if let result = state.groupResult, result.status == .succeeded {
            return fail(GroupFailure(
                reason: .failoverFailed,
                message: "failover job \(result.id) succeeded, but priority_station is still \(production) (status \(status))",
                jobID: result.id, serverState: "no server was started",
                nextSafeAction: "inspect the group in the SDRS console, then plan and apply again"
            ), now: now)
        }
        guard step(.failover) != nil else {
            return halt("production is at \(production) and no failover is in flight, but the plan only waits for one; plan again", now: now)
        }
        guard [.protected, .errorFailingOver, .errorReversing].contains(status) else {
            return halt("the group's status is \(status); a failover needs protected, error-failing-over or error-reversing", now: now)
        }
        guard group.replicationCount > 0 else {
            return halt("the group has no replication pair, so SDRS cannot fail it over", now: now)
        }
        // Fencing: a server of the old site that ECS still reaches must be shut down before the
        // failover, or both sites could run. One ECS cannot reach (UNKNOWN, ERROR) is down with its
        // site, as the declaration says.
        let reachable = snapshot.servers(at: production).filter { $0.status == "ACTIVE" || $0.status == "SHUTOFF" }
        return shutDownThen(.failover(to: desiredSite), scope: reachable, now: now)
    }

    /// A re-protect, enable or disable plan: shut the other site down (re-protect only), send the
    /// group call once, wait for the group to settle.
    mutating func decideProtection(_ snapshot: GroupSnapshot, group: LiveGroup, now: Duration) -> Action {
        let status = group.groupStatus
        let (call, wanted, transitional, allowed): (Call, GroupStatus, GroupStatus, [GroupStatus]) =
            switch plan.action {
            case .reprotect: (.reprotect, .protected, .reprotecting, [.failedOver, .errorReprotecting])
            case .enableProtection: (.enableProtection, .protected, .starting, [.available, .errorStarting])
            default: (.disableProtection, .available, .stopping, [.protected, .errorStopping])
            }
        if let result = state.groupResult, result.status == .failed {
            return fail(Self.jobFailure(
                .protectionFailed, result, message: "\(call.step.rawValue) failed (status \(status))",
                serverState: "no server was started or stopped by the group call",
                nextSafeAction: "fix the cause (the SDRS console shows the job), then plan and apply again: SDRS allows a retry from \(allowed.last!)"
            ), now: now)
        }
        if status == transitional {
            return waitForTransition(.waitForProtection, now: now)
        }
        if let job = state.groupJob, state.groupResult == nil {
            return wait(.waitForProtection, job: job, now: now)
        }
        if status == wanted {
            if state.groupJob == nil && !state.waitedForTransition {
                return finish(.alreadyConverged, reason: "the group's protection was already as declared (status \(status)); nothing was changed", now: now)
            }
            return done(now: now)
        }
        if let result = state.groupResult, result.status == .succeeded {
            return fail(GroupFailure(
                reason: .protectionFailed,
                message: "\(call.step.rawValue) job \(result.id) succeeded, but the group's status is \(status), not \(wanted)",
                jobID: result.id, serverState: "servers left as they are",
                nextSafeAction: "inspect the group in the SDRS console, then plan and apply again"
            ), now: now)
        }
        guard allowed.contains(status) else {
            return halt("the group's status is \(status); \(call.step.rawValue) needs \(allowed.map(\.rawValue).joined(separator: " or "))", now: now)
        }
        guard step(call.step) != nil else {
            return halt("the plan does not \(call.step.rawValue) the group; plan again", now: now)
        }
        switch call {
        case .reprotect:
            guard let production = group.priorityStation else {
                return halt("SDRS reports no priority_station for the group, so switchyard cannot tell which site to shut down before re-protecting", now: now)
            }
            // SDRS.1342: every server at the site replication will copy to must be shut down.
            let other = snapshot.servers(at: production.other)
            let unreachable = other.filter { $0.exists && $0.status != "ACTIVE" && $0.status != "SHUTOFF" }
            guard unreachable.isEmpty else {
                return halt("server(s) \(Self.names(unreachable)) at the \(production.other) site are neither running nor shut down (\(unreachable.map(\.status).joined(separator: ", "))); re-protect once that site is back", now: now)
            }
            return shutDownThen(.reprotect, scope: other, now: now)
        case .enableProtection:
            guard group.replicationCount > 0 else {
                return halt("the group has no replication pair, so SDRS cannot enable its protection", now: now)
            }
            return self.call(call, now: now)
        default:
            return self.call(call, now: now)
        }
    }

    /// The group is failing over, re-protecting, or having protection turned on or off (sent by this
    /// run or found so): wait for it within the plan's timeout; never send a second call.
    mutating func waitForTransition(_ step: StepKind, now: Duration) -> Action {
        guard self.step(step) != nil else {
            return halt("a group transition the plan did not show is in progress; plan again when it has finished", now: now)
        }
        if state.groupSince == nil {
            state.groupSince = now
            if state.groupJob == nil { state.waitedForTransition = true }
        }
        if now - state.groupSince! >= groupActionTimeout.duration {
            return fail(GroupFailure(
                reason: .groupActionTimeout,
                message: "still in transition \(groupActionTimeout) after \(state.groupJob == nil ? "it was first seen" : "the call"); the job continues in the cloud",
                jobID: state.groupJob, serverState: "no server was started during the transition",
                nextSafeAction: "plan and apply again: the plan then waits for the transition in flight"
            ), now: now)
        }
        let job = state.groupJob.flatMap { state.finishedJobs.contains($0) ? nil : $0 }
        return wait(step, job: job, now: now)
    }

    /// The timeout of the plan's failover or protection wait.
    var groupActionTimeout: TimeSpan {
        for step in plan.steps {
            switch step {
            case .waitForFailover(_, let timeout), .waitForProtection(_, let timeout): return timeout
            default: continue
            }
        }
        return plan.settings.switchTimeout
    }

    /// A server ECS reports running or powering on.
    static func mayRun(_ server: LiveServer) -> Bool {
        server.exists && (server.status == "ACTIVE" || server.taskState == "powering-on")
    }

    /// What a shutdown that did not finish left undone.
    static func notDone(_ call: Call) -> String {
        switch call {
        case .reverse: "the group was not switched"
        case .failover: "the group was not failed over"
        case .reprotect: "the group was not re-protected"
        default: "the group call was not sent"
        }
    }
}
