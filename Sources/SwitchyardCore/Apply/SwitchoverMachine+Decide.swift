// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension SwitchoverMachine {
    /// The next action for the group as just observed.
    mutating func decide(_ snapshot: GroupSnapshot, now: Duration) -> Action {
        guard let group = snapshot.group else {
            return halt(Message(.haltGroupGone, ["group": .text(plan.groupID ?? plan.address)]), now: now)
        }
        if state.originalSite == nil { state.originalSite = group.priorityStation }
        switch plan.action {
        case .failover: return decideFailover(snapshot, group: group, now: now)
        case .reprotect, .enableProtection, .disableProtection: return decideProtection(snapshot, group: group, now: now)
        default: break
        }
        let status = group.groupStatus
        if status == .reversing {
            return whileReversing(group, now: now)
        }
        if let result = state.reverseResult, result.status == .failed {
            return afterFailedSwitchover(snapshot, group: group, job: result, now: now)
        }
        guard let production = group.priorityStation else {
            return halt(Message(.haltNoPriorityStation, ["status": "\(status)"]), now: now)
        }
        if production == desiredSite {
            guard status == .protected || (status == .failedOver && plan.action == .startServers) else {
                return halt(Message(.haltAtDesiredNotProtected, ["site": "\(desiredSite)", "status": "\(status)"]), now: now)
            }
            return startProduction(snapshot, now: now)
        }
        guard step(.reverse) != nil else {
            if state.reversingSince != nil {
                return fail(GroupFailure(
                    reason: .reverseFailed,
                    message: Message(.failSwitchInFlightEnded, ["site": "\(desiredSite)", "production": "\(production)", "status": "\(status)"]),
                    serverState: Message(.stateNoServerStarted), nextSafeAction: Message(.nextFindWhy)
                ), now: now)
            }
            return halt(Message(.haltSwitchedSince, ["production": "\(production)", "site": "\(desiredSite)"]), now: now)
        }
        if let job = state.reverseJob, state.reverseResult == nil {
            // Sent by this run; the group does not show it yet. Never send a second one.
            return wait(.waitForSwitch, job: job, now: now)
        }
        if let result = state.reverseResult, result.status == .succeeded {
            return fail(GroupFailure(
                reason: .reverseNotEffective,
                message: Message(.failReverseNotEffective, ["job": "\(result.id)", "production": "\(production)", "status": "\(status)"]),
                jobID: result.id, serverState: shutDownState(snapshot, production),
                nextSafeAction: Message(.nextInspectConsole)
            ), now: now)
        }
        guard status.allowsSwitchover else {
            return halt(Message(.haltStatusNoSwitch, ["status": "\(status)"]), now: now)
        }
        guard group.replicationCount > 0 else {
            return halt(Message(.haltNoPairSwitch), now: now)
        }
        let missing = snapshot.missingServerIDs
        guard missing.isEmpty else {
            return halt(Message(.haltServersGone, ["ids": .text(missing.joined(separator: ", "))]), now: now)
        }
        return shutDownThen(.reverse(to: desiredSite), scope: snapshot.servers, now: now)
    }

    /// The group is `reversing`: wait for that switchover (ours or another's) if it goes where the
    /// plan wants the group; never send a second reverse, never power anything on meanwhile.
    mutating func whileReversing(_ group: LiveGroup, now: Duration) -> Action {
        guard group.priorityStation != desiredSite else {
            return halt(Message(.haltSwitchAway, ["site": "\(desiredSite)"]), now: now)
        }
        guard case .waitForSwitch(_, let timeout)? = step(.waitForSwitch) else {
            return halt(Message(.haltUnplannedSwitch), now: now)
        }
        if state.reversingSince == nil {
            state.reversingSince = now
            if state.reverseJob == nil { state.waitedForTransition = true }
        }
        if now - state.reversingSince! >= timeout.duration {
            return fail(GroupFailure(
                reason: .switchTimeout,
                message: Message(.failSwitchTimeout, ["timeout": "\(timeout)"]),
                jobID: state.reverseJob, serverState: Message(.stateNoStartWhileReversing),
                nextSafeAction: Message(.nextWaitInFlightSwitch)
            ), now: now)
        }
        let job = state.reverseJob.flatMap { state.finishedJobs.contains($0) ? nil : $0 }
        return wait(.waitForSwitch, job: job, now: now)
    }

    /// Shut down what the plan shuts down (escalating per the plan), then send `next` once every
    /// server of `scope` is shut down: all servers of the group before a reverse, the old site's
    /// reachable ones before a failover, the other site's before a re-protect.
    mutating func shutDownThen(_ next: Call, scope: [LiveServer], now: Duration) -> Action {
        var watched: Set<String> = []
        var timeout = plan.settings.shutdownTimeout
        var escalate = false
        if case .waitForShutdown(let ids, let stepTimeout, let escalateToHard)? = step(.waitForShutdown) {
            watched = Set(ids)
            timeout = stepTimeout
            escalate = escalateToHard
        }
        let notDown = scope.filter { $0.exists && !$0.isStopped }
        let unwatched = notDown.filter { !watched.contains($0.id) }
        guard unwatched.isEmpty else {
            return halt(Message(.haltNotStoppedByPlan, ["names": .text(Self.names(unwatched))]), now: now)
        }
        if notDown.isEmpty {
            state.shutdownSince = nil
            return call(next, now: now)
        }
        if state.shutdownSince == nil { state.shutdownSince = now }
        let canEscalate = escalate && !state.escalated
        if let failure = state.stopFailure, !canEscalate {
            return fail(Self.jobFailure(
                .stopFailed, failure, message: Message(.failStopFailed),
                serverState: Message(.stateNotShutDown, ["count": "\(notDown.count)", "notDone": .phrase(Self.notDone(next))]),
                nextSafeAction: Message(.nextStopFromConsole)
            ), now: now)
        }
        if now - state.shutdownSince! >= timeout.duration || state.stopFailure != nil {
            guard canEscalate else {
                return fail(GroupFailure(
                    reason: .shutdownTimeout,
                    message: Message(.failShutdownTimeout, [
                        "names": .text(Self.names(notDown)), "timeout": "\(timeout)", "since": .phrase(Phrase(state.escalated ? .sinceHardStop : .sinceStopSeen)),
                    ]),
                    jobID: state.stop?.job, serverState: Message(.stateStillRunning, ["count": "\(notDown.count)", "notDone": .phrase(Self.notDone(next))]),
                    nextSafeAction: Message(plan.settings.shutdown == .soft ? .nextSoftThenHard : .nextCheckServers)
                ), now: now)
            }
            state.escalated = true
            state.shutdownSince = now
            return call(.stopServers(ids: notDown.map(\.id), mode: .hard), now: now)
        }
        let idle = notDown.filter { $0.taskState == nil }
        if state.stop == nil, !idle.isEmpty {
            guard case .stopServers(let ids, let mode)? = step(.stopServers) else {
                return halt(Message(.haltRunButWereDown, ["names": .text(Self.names(idle))]), now: now)
            }
            let unplanned = idle.filter { !ids.contains($0.id) }
            guard unplanned.isEmpty else {
                return halt(Message(.haltRunButWereDown, ["names": .text(Self.names(unplanned))]), now: now)
            }
            return call(.stopServers(ids: idle.map(\.id), mode: mode), now: now)
        }
        let job = state.stop.flatMap { state.finishedJobs.contains($0.job) ? nil : $0.job }
        return wait(.waitForShutdown, job: job, now: now)
    }

    /// Production is at the desired site and protected: start what the plan starts, unless a server
    /// of the other site is not shut down (that would run both sites).
    mutating func startProduction(_ snapshot: GroupSnapshot, now: Duration) -> Action {
        guard case .startServers(let ids)? = step(.startServers) else { return done(now: now) }
        let production = snapshot.servers(at: desiredSite).filter { ids.contains($0.id) }
        let down = production.filter { !$0.isRunning }
        if down.isEmpty {
            if state.startJob != nil { state.downtimeEnd = now }
            return done(now: now)
        }
        // After a failover the old site's servers may be unreachable (ECS status UNKNOWN or ERROR):
        // the declaration says that site is down, so only a server ECS reports running (or
        // powering on) stops the start there. Otherwise every old-site server must be shut down.
        let otherSite = snapshot.servers(at: desiredSite.other).filter {
            plan.action == .failover || snapshot.group?.groupStatus == .failedOver ? Self.mayRun($0) : !$0.isStopped
        }
        guard otherSite.isEmpty else {
            return fail(GroupFailure(
                reason: .bothSitesWouldRun,
                message: Message(.failBothSitesWouldRun, ["names": .text(Self.names(otherSite)), "site": "\(desiredSite)"]),
                serverState: Message(.stateNotRunningNothingStarted, ["count": "\(down.count)", "site": "\(desiredSite)"]),
                nextSafeAction: Message(.nextFindWhoStarted)
            ), now: now)
        }
        if let failure = state.startFailure {
            return fail(Self.jobFailure(
                .startFailed, failure, message: Message(.failStartFailed, ["site": "\(desiredSite)"]),
                serverState: Message(.stateNotRunningAt, ["count": "\(down.count)", "site": "\(desiredSite)"]),
                nextSafeAction: Message(.nextStartFromConsole)
            ), now: now)
        }
        if let issued = state.startIssuedAt {
            if now - issued >= plan.settings.switchTimeout.duration {
                return fail(GroupFailure(
                    reason: .startTimeout,
                    message: Message(.failStartTimeout, ["names": .text(Self.names(down)), "site": "\(desiredSite)", "timeout": "\(plan.settings.switchTimeout)"]),
                    jobID: state.startJob, serverState: Message(.stateNotRunning, ["count": "\(down.count)"]),
                    nextSafeAction: Message(.nextCheckServers)
                ), now: now)
            }
            let job = state.startJob.flatMap { state.finishedJobs.contains($0) ? nil : $0 }
            return wait(.startServers, job: job, now: now)
        }
        if down.contains(where: { $0.taskState != nil }) { return wait(.startServers, job: nil, now: now) }
        let startable = down.filter { $0.status == "SHUTOFF" }
        guard !startable.isEmpty else {
            return halt(Message(.haltNeitherRunningNorDown, ["site": "\(desiredSite)", "states": .text(down.map { "\($0.id) \($0.status)" }.joined(separator: ", "))]), now: now)
        }
        return call(.startServers(ids: startable.map(\.id), restartsOriginal: false), now: now)
    }

    /// This run's switchover job failed: apply `onFailure` (restart the original production servers,
    /// when that is declared and safe), then fail the group.
    mutating func afterFailedSwitchover(_ snapshot: GroupSnapshot, group: LiveGroup, job: CloudJob, now: Duration) -> Action {
        let production = group.priorityStation
        func failure(_ serverState: Message) -> GroupFailure {
            GroupFailure(
                reason: .reverseFailed,
                message: Message(.failSwitchFailed, ["site": "\(desiredSite)", "job": "\(job.id)", "status": "\(group.status)"]),
                errorCode: job.errorCode ?? job.subJobs.compactMap(\.errorCode).first,
                failReason: job.failReason ?? job.subJobs.compactMap(\.failReason).first,
                jobID: job.id, serverState: serverState,
                nextSafeAction: Message(.nextRetrySwitch)
            )
        }
        guard plan.settings.onFailure == .restartOriginal, let original = state.originalSite, production == original else {
            let left = production.map { shutDownState(snapshot, $0) } ?? Message(.stateUnknown)
            let policy = Phrase(plan.settings.onFailure == .leaveStopped ? .policyLeaveStopped : .policyNotApplied)
            return fail(failure(Message(.stateWithPolicy, ["state": left.argument, "policy": .phrase(policy)])), now: now)
        }
        let notRunning = snapshot.servers(at: original).filter { !$0.isRunning }
        if notRunning.isEmpty {
            return fail(failure(Message(.stateOriginalRunAgain, ["site": "\(original)"])), now: now)
        }
        let otherSite = snapshot.servers(at: original.other).filter { !$0.isStopped }
        guard otherSite.isEmpty else {
            return fail(failure(Message(.stateOriginalNotRestarted, ["names": .text(Self.names(otherSite))])), now: now)
        }
        if state.startFailure != nil {
            return fail(failure(Message(.stateRestartFailed, ["count": "\(notRunning.count)"])), now: now)
        }
        if state.restartingOriginal, let issued = state.startIssuedAt, now - issued >= plan.settings.switchTimeout.duration {
            return fail(failure(Message(.stateRestartedNotRunning, ["count": "\(notRunning.count)", "timeout": "\(plan.settings.switchTimeout)"])), now: now)
        }
        if state.restartingOriginal || notRunning.contains(where: { $0.taskState != nil }) {
            let job = state.startJob.flatMap { state.finishedJobs.contains($0) ? nil : $0 }
            return wait(.startServers, job: job, now: now)
        }
        return call(.startServers(ids: notRunning.filter { $0.status == "SHUTOFF" }.map(\.id), restartsOriginal: true), now: now)
    }

    /// A failure from a failed job: its (or its first failed sub-job's) code and reason.
    static func jobFailure(
        _ reason: GroupFailure.Reason, _ job: CloudJob, message: Message, serverState: Message, nextSafeAction: Message
    ) -> GroupFailure {
        GroupFailure(
            reason: reason, message: Message(.failWithJob, ["message": message.argument, "job": "\(job.id)"]),
            errorCode: job.errorCode ?? job.subJobs.compactMap(\.errorCode).first,
            failReason: job.failReason ?? job.subJobs.compactMap(\.failReason).first, jobID: job.id,
            serverState: serverState, nextSafeAction: nextSafeAction
        )
    }

    /// `2 of 3 server(s) at target shut down; left as they are`.
    func shutDownState(_ snapshot: GroupSnapshot, _ site: Site) -> Message {
        let servers = snapshot.servers(at: site)
        return Message(.stateShutDownLeft, ["stopped": "\(servers.filter(\.isStopped).count)", "total": "\(servers.count)", "site": "\(site)"])
    }

    /// The plan's step of `kind`, if it has one.
    func step(_ kind: StepKind) -> Step? { plan.steps.first { $0.kind == kind } }

    /// `db-01 (id1), id2`.
    static func names(_ servers: [LiveServer]) -> String {
        servers.map { $0.name.isEmpty ? $0.id : "\($0.name) (\($0.id))" }.joined(separator: ", ")
    }
}
