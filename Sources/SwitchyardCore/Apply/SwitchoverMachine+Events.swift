// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension SwitchoverMachine {
    /// Failed changing calls one group may meet in a run before it fails. Each is followed by a fresh
    /// observation, so a call is only sent again when the live state still asks for it.
    public static let maximumFailedCalls = 3

    mutating func callSucceeded(_ job: CloudJobID, now: Duration) -> Action {
        guard let call = state.pendingCall else { return .observe }
        state.pendingCall = nil
        let ids: [String]
        var mode: StopMode?
        var restarts = false
        let waitStep: StepKind
        switch call {
        case .stopServers(let stopIDs, let stopMode):
            state.stop = (job, stopMode)
            state.stopFailure = nil
            if state.downtimeStart == nil { state.downtimeStart = now }
            (ids, mode, waitStep) = (stopIDs, stopMode, .waitForShutdown)
        case .reverse:
            state.reverseJob = job
            state.reverseResult = nil
            state.reversingSince = now
            (ids, waitStep) = ([], .waitForSwitch)
        case .startServers(let startIDs, let restartsOriginal):
            state.startJob = job
            state.startIssuedAt = now
            state.startFailure = nil
            state.restartingOriginal = restartsOriginal
            (ids, restarts, waitStep) = (startIDs, restartsOriginal, .startServers)
        case .failover, .reprotect, .enableProtection, .disableProtection:
            state.groupCall = call
            state.groupJob = job
            state.groupResult = nil
            state.groupSince = now
            (ids, waitStep) = ([], call.step == .failover ? .waitForFailover : .waitForProtection)
        }
        openRecord(StepRecord(
            kind: call.step, stopMode: mode, restartsOriginal: restarts, startedAt: now, jobID: job, polls: 0, serverIDs: ids
        ), now: now)
        return wait(waitStep, job: job, now: now)
    }

    mutating func callFailed(_ error: CloudError, now: Duration) -> Action {
        guard let call = state.pendingCall else { return .observe }
        state.pendingCall = nil
        state.failedCalls += 1
        guard state.failedCalls <= Self.maximumFailedCalls else {
            return fail(cloudFailure(error, doing: call), now: now)
        }
        if !RetryPolicy.isTransient(error) { state.refusedCall = (call, error) }
        // The call may or may not have acted (a dropped connection, a 5xx), or the cloud refused it
        // because the group changed under us: the live state decides, after a pause.
        state.waitSince = (call.step, now)
        state.waitPolls = 0
        return .wait(Wait(step: call.step, job: nil, waited: .zero, poll: state.failedCalls))
    }

    mutating func jobRead(_ job: CloudJob, now: Duration) -> Action {
        guard job.isFinished else {
            // A job that runs past the step's deadline (a hanging soft stop): look at the group, so
            // the timeout is acted on (escalation, failure) instead of reading the job forever.
            if deadlinePassed(now: now) { return .observe }
            return wait(state.waitSince?.step ?? .waitForSwitch, job: job.id, now: now)
        }
        state.finishedJobs.insert(job.id)
        if job.status == .failed { state.failedJobs.insert(job.id) }
        if job.id == state.reverseJob {
            state.reverseResult = job
        } else if job.id == state.groupJob {
            state.groupResult = job
        } else if job.id == state.stop?.job, job.status == .failed {
            state.stopFailure = job
        } else if job.id == state.startJob, job.status == .failed {
            state.startFailure = job
        }
        return .observe
    }

    /// Asks for a changing call, unless the cloud refused exactly this call before and the live
    /// state still asks for it (it would be refused again).
    mutating func call(_ call: Call, now: Duration) -> Action {
        if let refused = state.refusedCall, refused.call == call {
            return fail(cloudFailure(refused.error, doing: call), now: now)
        }
        state.refusedCall = nil
        state.pendingCall = call
        state.changed = true
        state.waitSince = nil
        return .call(call)
    }

    /// A wait for `step`; a record is opened for it unless the open record is the same step family
    /// (the wait after a stop belongs to the stop).
    mutating func wait(_ step: StepKind, job: CloudJobID?, now: Duration) -> Action {
        if state.waitSince?.step != step {
            state.waitSince = (step, now)
            state.waitPolls = 0
        }
        state.waitPolls += 1
        if let last = state.records.last, last.endedAt == nil, Self.family(last.kind) == Self.family(step) {
            state.records[state.records.count - 1].polls += 1
        } else {
            openRecord(StepRecord(
                kind: step, stopMode: nil, restartsOriginal: state.restartingOriginal && step == .startServers,
                startedAt: now, jobID: job, polls: 1, serverIDs: []
            ), now: now)
        }
        return .wait(Wait(step: step, job: job, waited: now - state.waitSince!.at, poll: state.waitPolls))
    }

    /// Whether the deadline of the step being waited for has passed.
    func deadlinePassed(now: Duration) -> Bool {
        switch state.waitSince?.step {
        case .waitForShutdown?:
            var timeout = plan.settings.shutdownTimeout
            if case .waitForShutdown(_, let stepTimeout, _)? = step(.waitForShutdown) { timeout = stepTimeout }
            return state.shutdownSince.map { now - $0 >= timeout.duration } ?? false
        case .waitForSwitch?:
            var timeout = plan.settings.switchTimeout
            if case .waitForSwitch(_, let stepTimeout)? = step(.waitForSwitch) { timeout = stepTimeout }
            return state.reversingSince.map { now - $0 >= timeout.duration } ?? false
        case .startServers?:
            return state.startIssuedAt.map { now - $0 >= plan.settings.switchTimeout.duration } ?? false
        case .waitForFailover?, .waitForProtection?:
            return state.groupSince.map { now - $0 >= groupActionTimeout.duration } ?? false
        default:
            return false
        }
    }

    mutating func openRecord(_ record: StepRecord, now: Duration) {
        closeRecord(now: now)
        state.records.append(record)
    }

    mutating func closeRecord(now: Duration) {
        guard let last = state.records.indices.last, state.records[last].endedAt == nil else { return }
        state.records[last].endedAt = now
    }

    /// Steps that are one bar in a report: a changing call and the wait for its effect.
    static func family(_ kind: StepKind) -> Int {
        switch kind {
        case .stopServers, .waitForShutdown: 0
        case .reverse, .waitForSwitch: 1
        case .startServers: 2
        case .failover, .waitForFailover: 3
        case .reprotect, .enableProtection, .disableProtection, .waitForProtection: 4
        }
    }

    mutating func finish(_ result: ApplyReport.Result, reason: Message?, failure: GroupFailure? = nil, now: Duration) -> Action {
        closeRecord(now: now)
        let outcome = Outcome(result: result, reason: reason, failure: failure)
        state.outcome = outcome
        return .finish(outcome)
    }

    /// The group is as the plan wants it.
    mutating func done(now: Duration) -> Action {
        guard state.changed || state.waitedForTransition else {
            return finish(.alreadyConverged, reason: Message(.alreadyConvergedReason), now: now)
        }
        let groupStep = plan.steps.first { $0.kind.isGroupCall }?.kind
        let madeByThisRun = groupStep == .reverse ? state.reverseJob != nil : state.groupJob != nil
        let note = groupStep != nil && !madeByThisRun
            ? Message(.notMadeByThisRun, ["what": groupStep == .reverse ? .phrase(Phrase(.theSwitchover)) : .text(groupStep!.rawValue)])
            : nil
        return finish(.converged, reason: note, now: now)
    }

    /// The live state forbids the next step: refused when this run changed nothing, else failed
    /// midway with what was left behind.
    mutating func halt(_ reason: Message, now: Duration) -> Action {
        guard state.changed else { return finish(.refused, reason: reason, now: now) }
        return fail(GroupFailure(
            reason: .blockedMidway, message: Message(.failStoppedMidway, ["reason": reason.argument]), serverState: leftBehind,
            nextSafeAction: Message(.nextInspectReplan)
        ), now: now)
    }

    mutating func fail(_ failure: GroupFailure, now: Duration) -> Action {
        finish(.failed, reason: failure.summary, failure: failure, now: now)
    }

    func cloudFailure(_ error: CloudError, doing call: Call) -> GroupFailure {
        GroupFailure(
            reason: .cloudError, message: Message(.failCallFailed, ["step": .text(call.step.rawValue), "error": .text(error.description)]),
            errorCode: error.code, serverState: leftBehind,
            nextSafeAction: Message(.nextFixReplan)
        )
    }
}
