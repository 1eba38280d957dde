// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension SwitchoverMachine {
    /// The next action for the group as just observed.
    mutating func decide(_ snapshot: GroupSnapshot, now: Duration) -> Action {
        guard let group = snapshot.group else {
            return halt("protection group \(plan.groupID ?? plan.address) no longer exists in SDRS", now: now)
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
            return halt("SDRS reports no priority_station for the group (status \(status)), so nobody can tell which site is production", now: now)
        }
        if production == desiredSite {
            guard status == .protected || (status == .failedOver && plan.action == .startServers) else {
                return halt("production is at \(desiredSite), but the group's status is \(status), not protected", now: now)
            }
            return startProduction(snapshot, now: now)
        }
        guard step(.reverse) != nil else {
            if state.reversingSince != nil {
                return fail(GroupFailure(
                    reason: .reverseFailed,
                    message: "the switchover in flight to \(desiredSite) ended with production still at \(production) (status \(status))",
                    serverState: "no server was started", nextSafeAction: "find out why it failed (SDRS console), then plan and apply again"
                ), now: now)
            }
            return halt("production is at \(production), not at \(desiredSite) as when planned (the group was switched since); plan again", now: now)
        }
        if let job = state.reverseJob, state.reverseResult == nil {
            // Sent by this run; the group does not show it yet. Never send a second one.
            return wait(.waitForSwitch, job: job, now: now)
        }
        if let result = state.reverseResult, result.status == .succeeded {
            return fail(GroupFailure(
                reason: .reverseNotEffective,
                message: "switchover job \(result.id) succeeded, but priority_station is still \(production) (status \(status))",
                jobID: result.id, serverState: shutDownState(snapshot, production),
                nextSafeAction: "inspect the group in the SDRS console, then plan and apply again"
            ), now: now)
        }
        guard status.allowsSwitchover else {
            return halt("the group's status is \(status); a switchover needs protected (or error-reversing, to retry)", now: now)
        }
        guard group.replicationCount > 0 else {
            return halt("the group has no replication pair, so SDRS cannot switch it", now: now)
        }
        let missing = snapshot.missingServerIDs
        guard missing.isEmpty else {
            return halt("server(s) \(missing.joined(separator: ", ")) of the group no longer exist in ECS", now: now)
        }
        return shutDownThen(.reverse(to: desiredSite), scope: snapshot.servers, now: now)
    }

    /// The group is `reversing`: wait for that switchover (ours or another's) if it goes where the
    /// plan wants the group; never send a second reverse, never power anything on meanwhile.
    mutating func whileReversing(_ group: LiveGroup, now: Duration) -> Action {
        guard group.priorityStation != desiredSite else {
            return halt("a switchover away from \(desiredSite) is in progress (someone else is moving the group)", now: now)
        }
        guard case .waitForSwitch(_, let timeout)? = step(.waitForSwitch) else {
            return halt("a switchover the plan did not show is in progress (status reversing); plan again when it has finished", now: now)
        }
        if state.reversingSince == nil {
            state.reversingSince = now
            if state.reverseJob == nil { state.waitedForTransition = true }
        }
        if now - state.reversingSince! >= timeout.duration {
            return fail(GroupFailure(
                reason: .switchTimeout,
                message: "still reversing after \(timeout); the switchover continues in the cloud",
                jobID: state.reverseJob, serverState: "no server was started while the group is reversing",
                nextSafeAction: "plan and apply again: the plan then waits for the switchover in flight and starts the servers"
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
            return halt("server(s) \(Self.names(unwatched)) of the group are not shut down, and the plan does not stop them; plan again", now: now)
        }
        if notDown.isEmpty {
            state.shutdownSince = nil
            return call(next, now: now)
        }
        if state.shutdownSince == nil { state.shutdownSince = now }
        let canEscalate = escalate && !state.escalated
        if let failure = state.stopFailure, !canEscalate {
            return fail(Self.jobFailure(
                .stopFailed, failure, message: "stopping the servers failed",
                serverState: "\(notDown.count) server(s) not shut down; \(Self.notDone(next))",
                nextSafeAction: "stop the servers from the console, or plan and apply again"
            ), now: now)
        }
        if now - state.shutdownSince! >= timeout.duration || state.stopFailure != nil {
            guard canEscalate else {
                return fail(GroupFailure(
                    reason: .shutdownTimeout,
                    message: "server(s) \(Self.names(notDown)) not shut down \(timeout) after \(state.escalated ? "a HARD stop" : "the stop was first seen pending")",
                    jobID: state.stop?.job, serverState: "\(notDown.count) server(s) still running; \(Self.notDone(next))",
                    nextSafeAction: plan.settings.shutdown == .soft
                        ? "shut the guests down, or declare shutdown: soft-then-hard, then plan and apply again"
                        : "check the servers in the console, then plan and apply again"
                ), now: now)
            }
            state.escalated = true
            state.shutdownSince = now
            return call(.stopServers(ids: notDown.map(\.id), mode: .hard), now: now)
        }
        let idle = notDown.filter { $0.taskState == nil }
        if state.stop == nil, !idle.isEmpty {
            guard case .stopServers(let ids, let mode)? = step(.stopServers) else {
                return halt("server(s) \(Self.names(idle)) run but were shut down when planned; the plan does not stop them; plan again", now: now)
            }
            let unplanned = idle.filter { !ids.contains($0.id) }
            guard unplanned.isEmpty else {
                return halt("server(s) \(Self.names(unplanned)) run but were shut down when planned; the plan does not stop them; plan again", now: now)
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
                message: "server(s) \(Self.names(otherSite)) at the old production site are not shut down, so the servers at \(desiredSite) were not started: both sites would run at once",
                serverState: "\(down.count) server(s) at \(desiredSite) not running; nothing was started",
                nextSafeAction: "find out who started the old production servers and shut them down, then plan and apply again"
            ), now: now)
        }
        if let failure = state.startFailure {
            return fail(Self.jobFailure(
                .startFailed, failure, message: "starting the servers at \(desiredSite) failed",
                serverState: "\(down.count) server(s) at \(desiredSite) not running",
                nextSafeAction: "start the servers from the console, or plan and apply again"
            ), now: now)
        }
        if let issued = state.startIssuedAt {
            if now - issued >= plan.settings.switchTimeout.duration {
                return fail(GroupFailure(
                    reason: .startTimeout, message: "server(s) \(Self.names(down)) at \(desiredSite) not running \(plan.settings.switchTimeout) after the start",
                    jobID: state.startJob, serverState: "\(down.count) server(s) not running",
                    nextSafeAction: "check the servers in the console, then plan and apply again"
                ), now: now)
            }
            let job = state.startJob.flatMap { state.finishedJobs.contains($0) ? nil : $0 }
            return wait(.startServers, job: job, now: now)
        }
        if down.contains(where: { $0.taskState != nil }) { return wait(.startServers, job: nil, now: now) }
        let startable = down.filter { $0.status == "SHUTOFF" }
        guard !startable.isEmpty else {
            return halt("server(s) at \(desiredSite) are neither running nor shut down (\(down.map { "\($0.id) \($0.status)" }.joined(separator: ", ")))", now: now)
        }
        return call(.startServers(ids: startable.map(\.id), restartsOriginal: false), now: now)
    }

    /// This run's switchover job failed: apply `onFailure` (restart the original production servers,
    /// when that is declared and safe), then fail the group.
    mutating func afterFailedSwitchover(_ snapshot: GroupSnapshot, group: LiveGroup, job: CloudJob, now: Duration) -> Action {
        let production = group.priorityStation
        func failure(_ serverState: String) -> GroupFailure {
            GroupFailure(
                reason: .reverseFailed,
                message: "the switchover to \(desiredSite) failed (job \(job.id)); status is \(group.status)",
                errorCode: job.errorCode ?? job.subJobs.compactMap(\.errorCode).first,
                failReason: job.failReason ?? job.subJobs.compactMap(\.failReason).first,
                jobID: job.id, serverState: serverState,
                nextSafeAction: "fix the cause, then plan and apply again (SDRS allows retrying a switchover from error-reversing)"
            )
        }
        guard plan.settings.onFailure == .restartOriginal, let original = state.originalSite, production == original else {
            let left = production.map { shutDownState(snapshot, $0) } ?? "server state unknown"
            let policy = plan.settings.onFailure == .leaveStopped
                ? " (on-failure: leave-stopped)" : " (restart-original not applied: the group changed site or its original site is unknown)"
            return fail(failure(left + policy), now: now)
        }
        let notRunning = snapshot.servers(at: original).filter { !$0.isRunning }
        if notRunning.isEmpty {
            return fail(failure("the original production servers at \(original) run again (on-failure: restart-original)"), now: now)
        }
        let otherSite = snapshot.servers(at: original.other).filter { !$0.isStopped }
        guard otherSite.isEmpty else {
            return fail(failure("the original production servers were not restarted: server(s) \(Self.names(otherSite)) at the other site are not shut down"), now: now)
        }
        if state.startFailure != nil {
            return fail(failure("restarting the original production servers failed; \(notRunning.count) not running"), now: now)
        }
        if state.restartingOriginal, let issued = state.startIssuedAt, now - issued >= plan.settings.switchTimeout.duration {
            return fail(failure("the original production servers were restarted but \(notRunning.count) still do not run \(plan.settings.switchTimeout) later"), now: now)
        }
        if state.restartingOriginal || notRunning.contains(where: { $0.taskState != nil }) {
            let job = state.startJob.flatMap { state.finishedJobs.contains($0) ? nil : $0 }
            return wait(.startServers, job: job, now: now)
        }
        return call(.startServers(ids: notRunning.filter { $0.status == "SHUTOFF" }.map(\.id), restartsOriginal: true), now: now)
    }

    /// A failure from a failed job: its (or its first failed sub-job's) code and reason.
    static func jobFailure(
        _ reason: GroupFailure.Reason, _ job: CloudJob, message: String, serverState: String, nextSafeAction: String
    ) -> GroupFailure {
        GroupFailure(
            reason: reason, message: "\(message) (job \(job.id))",
            errorCode: job.errorCode ?? job.subJobs.compactMap(\.errorCode).first,
            failReason: job.failReason ?? job.subJobs.compactMap(\.failReason).first, jobID: job.id,
            serverState: serverState, nextSafeAction: nextSafeAction
        )
    }

    /// `2 of 3 server(s) at target shut down; left as they are`.
    func shutDownState(_ snapshot: GroupSnapshot, _ site: Site) -> String {
        let servers = snapshot.servers(at: site)
        return "\(servers.filter(\.isStopped).count) of \(servers.count) server(s) at \(site) shut down; left as they are"
    }

    /// The plan's step of `kind`, if it has one.
    func step(_ kind: StepKind) -> Step? { plan.steps.first { $0.kind == kind } }

    /// `db-01 (id1), id2`.
    static func names(_ servers: [LiveServer]) -> String {
        servers.map { $0.name.isEmpty ? $0.id : "\($0.name) (\($0.id))" }.joined(separator: ", ")
    }
}
