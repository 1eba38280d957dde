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
                .failoverFailed, result, message: Message(.failFailoverFailed, ["site": "\(desiredSite)", "status": "\(status)"]),
                serverState: Message(.stateNoServerStarted),
                nextSafeAction: Message(.nextRetryFailover)
            ), now: now)
        }
        if status == .failingOver {
            guard group.priorityStation != desiredSite else {
                return halt(Message(.haltFailoverAway, ["site": "\(desiredSite)"]), now: now)
            }
            return waitForTransition(.waitForFailover, now: now)
        }
        guard let production = group.priorityStation else {
            return halt(Message(.haltNoPriorityStation, ["status": "\(status)"]), now: now)
        }
        if production == desiredSite {
            guard status == .failedOver || status == .protected else {
                return halt(Message(.haltAtDesiredNotFailedOver, ["site": "\(desiredSite)", "status": "\(status)"]), now: now)
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
                message: Message(.failFailoverNotEffective, ["job": "\(result.id)", "production": "\(production)", "status": "\(status)"]),
                jobID: result.id, serverState: Message(.stateNoServerStarted),
                nextSafeAction: Message(.nextInspectConsole)
            ), now: now)
        }
        guard step(.failover) != nil else {
            return halt(Message(.haltNoFailoverInFlight, ["production": "\(production)"]), now: now)
        }
        guard [.protected, .errorFailingOver, .errorReversing].contains(status) else {
            return halt(Message(.haltStatusNoFailover, ["status": "\(status)"]), now: now)
        }
        guard group.replicationCount > 0 else {
            return halt(Message(.haltNoPairFailover), now: now)
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
                .protectionFailed, result, message: Message(.failProtectionCall, ["call": .text(call.step.rawValue), "status": "\(status)"]),
                serverState: Message(.stateNoServerByGroupCall),
                nextSafeAction: Message(.nextRetryProtection, ["status": "\(allowed.last!)"])
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
                return finish(.alreadyConverged, reason: Message(.alreadyProtectionReason, ["status": "\(status)"]), now: now)
            }
            return done(now: now)
        }
        if let result = state.groupResult, result.status == .succeeded {
            return fail(GroupFailure(
                reason: .protectionFailed,
                message: Message(.failProtectionNotEffective, ["call": .text(call.step.rawValue), "job": "\(result.id)", "status": "\(status)", "wanted": "\(wanted)"]),
                jobID: result.id, serverState: Message(.stateServersLeft),
                nextSafeAction: Message(.nextInspectConsole)
            ), now: now)
        }
        guard allowed.contains(status) else {
            return halt(Message(.haltStatusNeeds, ["status": "\(status)", "call": .text(call.step.rawValue), "allowed": .list(allowed.map { Phrase(verbatim: $0.rawValue) }, separator: .orSeparator)]), now: now)
        }
        guard step(call.step) != nil else {
            return halt(Message(.haltPlanDoesNotCall, ["call": .text(call.step.rawValue)]), now: now)
        }
        switch call {
        case .reprotect:
            guard let production = group.priorityStation else {
                return halt(Message(.haltNoPriorityStationReprotect), now: now)
            }
            // SDRS.1342: every server at the site replication will copy to must be shut down.
            let other = snapshot.servers(at: production.other)
            let unreachable = other.filter { $0.exists && $0.status != "ACTIVE" && $0.status != "SHUTOFF" }
            guard unreachable.isEmpty else {
                return halt(Message(.haltSiteStillDown, ["names": .text(Self.names(unreachable)), "site": "\(production.other)", "states": .text(unreachable.map(\.status).joined(separator: ", "))]), now: now)
            }
            return shutDownThen(.reprotect, scope: other, now: now)
        case .enableProtection:
            guard group.replicationCount > 0 else {
                return halt(Message(.haltNoPairEnable), now: now)
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
            return halt(Message(.haltUnplannedTransition), now: now)
        }
        if state.groupSince == nil {
            state.groupSince = now
            if state.groupJob == nil { state.waitedForTransition = true }
        }
        if now - state.groupSince! >= groupActionTimeout.duration {
            return fail(GroupFailure(
                reason: .groupActionTimeout,
                message: Message(.failTransitionTimeout, ["timeout": "\(groupActionTimeout)", "since": .phrase(Phrase(state.groupJob == nil ? .sinceFirstSeen : .sinceTheCall))]),
                jobID: state.groupJob, serverState: Message(.stateNoStartDuringTransition),
                nextSafeAction: Message(.nextWaitTransition)
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
    static func notDone(_ call: Call) -> Phrase {
        switch call {
        case .reverse: Phrase(.notDoneSwitch)
        case .failover: Phrase(.notDoneFailover)
        case .reprotect: Phrase(.notDoneReprotect)
        default: Phrase(.notDoneCall)
        }
    }
}
