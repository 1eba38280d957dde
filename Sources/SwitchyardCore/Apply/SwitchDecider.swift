// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Decides, purely, the next step of one group's switchover from what was just observed.
///
/// Every call re-derives the step from the live state, so a rerun after a crash does only what is
/// still missing. Rules (issue 4 §3): stop only current-production servers not yet stopped (a
/// stopping server is waited for); never reverse while the group is `reversing` (wait for that
/// switchover instead); reverse only from `protected`/`error-reversing` with every production
/// server stopped; start only servers of the new production site; power nothing on while reversing.
public enum SwitchDecider {
    /// The next action for `spec`, given the group as observed at `now` and what the run remembers.
    public static func decide(spec: SwitchSpec, observation: GroupSnapshot, memory: GroupMemory, now: Date) -> SwitchAction {
        guard let group = observation.group else {
            return .refuse("protection group \(spec.groupID) was not found")
        }
        if group.status == "reversing" {
            return decideWhileReversing(spec: spec, memory: memory, now: now)
        }
        if let result = memory.reverseResult, result.status == .failed {
            return decideAfterReverseFailure(spec: spec, observation: observation, memory: memory, job: result)
        }
        guard let production = group.priorityStation else {
            return .refuse("priority_station of \(spec.address) is unknown (status \(group.status))")
        }
        if production == spec.desiredSite {
            return decideAtDesiredSite(spec: spec, observation: observation, memory: memory, now: now)
        }
        if let job = memory.reverseJob, memory.reverseResult == nil {
            // Issued by this run but the group does not show it yet: never issue a second one.
            return .waitForReverse(job)
        }
        if let result = memory.reverseResult, result.status == .succeeded {
            return .fail(GroupFailure(
                reason: .reverseNotEffective,
                message: "reverse job \(result.id) succeeded but priority_station is still \(production) (status \(group.status))",
                jobID: result.id, serverState: stoppedState(observation, production),
                nextSafeAction: "inspect the group in the console, then rerun apply"
            ))
        }
        return decideSwitch(spec: spec, group: group, production: production, observation: observation, memory: memory, now: now)
    }

    static func decideWhileReversing(spec: SwitchSpec, memory: GroupMemory, now: Date) -> SwitchAction {
        if let started = memory.reverseStartedAt, now.timeIntervalSince(started) >= Double(spec.switchTimeout.seconds) {
            return .fail(GroupFailure(
                reason: .switchTimeout,
                message: "still reversing after \(spec.switchTimeout); the job continues in the cloud — rerun to adopt it",
                jobID: memory.reverseJob ?? memory.adoptedReverseJob,
                serverState: "no server is powered on while the group is reversing",
                nextSafeAction: "rerun apply to adopt the switchover in flight"
            ))
        }
        return .waitForReverse(memory.reverseJob ?? memory.adoptedReverseJob)
    }

    static func decideAtDesiredSite(spec: SwitchSpec, observation: GroupSnapshot, memory: GroupMemory, now: Date) -> SwitchAction {
        guard let group = observation.group else { return .refuse("group vanished") }
        guard group.status == "protected" else {
            return .refuse("\(spec.address) is at \(spec.desiredSite) but its status is \(group.status); nothing will be changed")
        }
        let finished: SwitchAction = .done(memory.changed ? .converged : .alreadyConverged)
        guard spec.startAfterSwitch else { return finished }
        let servers = observation.servers(at: spec.desiredSite)
        let notRunning = servers.filter { !$0.isRunning }
        if notRunning.isEmpty { return finished }
        if let failure = memory.startFailure {
            return .fail(GroupFailure(
                reason: .startFailed, message: "starting the servers at \(spec.desiredSite) failed (job \(failure.id))",
                errorCode: failure.errorCode ?? failure.subJobs.compactMap(\.errorCode).first,
                failReason: failure.failReason ?? failure.subJobs.compactMap(\.failReason).first, jobID: failure.id,
                serverState: "\(notRunning.count) server(s) at the new production site not running; the switchover itself succeeded",
                nextSafeAction: "start the servers from the console or rerun apply"
            ))
        }
        if let issued = memory.startIssuedAt {
            if now.timeIntervalSince(issued) >= Double(spec.switchTimeout.seconds) {
                return .fail(GroupFailure(
                    reason: .startTimeout, message: "servers at \(spec.desiredSite) not running \(spec.switchTimeout) after start",
                    jobID: memory.startJob, serverState: "\(notRunning.count) server(s) not running; the switchover itself succeeded",
                    nextSafeAction: "check the servers in the console, then rerun apply"
                ))
            }
            // Started by this run and the job has not failed: the servers are on their way.
            return .waitForStart
        }
        if notRunning.contains(where: { $0.taskState != nil }) { return .waitForStart }
        let startable = notRunning.filter { $0.exists && $0.status == "SHUTOFF" }.map(\.id)
        if startable.isEmpty {
            return .refuse("servers at \(spec.desiredSite) are neither running nor stopped (\(notRunning.map { "\($0.id)=\($0.status)" }.joined(separator: ", ")))")
        }
        return .startServers(startable)
    }
}
