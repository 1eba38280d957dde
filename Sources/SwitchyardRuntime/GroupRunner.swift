// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

/// Runs one group: observe, ask `SwitchDecider`, perform exactly that action, repeat.
struct GroupRunner: Sendable {
    let spec: SwitchSpec
    let cloud: any CloudAPI
    let journal: ChangeJournal
    let clock: any Clock<Duration>
    let now: @Sendable () -> Date
    let poll: PollSchedule
    let jitter: @Sendable () -> Double
    let onEvent: @Sendable (ApplyEvent) -> Void
    let logger: Logger

    var memory: GroupMemory
    var instances: [LiveInstance]
    var report: ApplyReport.Group
    /// Polls in the current wait; reset when a step changes.
    var waitPolls = 0
    /// Unscaled, unjittered time slept in the current wait (what the poll schedule grows from).
    var waited: Duration = .zero
    var finishedJobs: Set<CloudJobID> = []
    /// The last observation, reused while the awaited job is known to be running.
    var lastSnapshot: GroupSnapshot?
    /// The job just created, or read by the last wait, is still running.
    var ownJobRunning = false

    init(context: Executor, spec: SwitchSpec, memory: GroupMemory, instances: [LiveInstance], journal: ChangeJournal) {
        self.spec = spec
        self.cloud = context.cloud
        self.journal = journal
        self.clock = context.clock
        self.now = context.now
        self.poll = context.options.poll
        self.jitter = context.jitter
        self.onEvent = context.onEvent
        self.logger = context.logger
        self.memory = memory
        self.instances = instances
        self.report = ApplyReport.Group(address: spec.address, groupID: spec.groupID, result: .interrupted, rto: spec.rto)
    }

    /// Runs to an end state; never throws (errors become the group's result).
    mutating func run() async -> ApplyReport.Group {
        let result = await loop()
        closeStep()
        report.result = result.0
        report.reason = result.1
        report.failure = result.2
        onEvent(ApplyEvent(address: spec.address, kind: .groupFinished, step: result.0.rawValue, at: now()))
        return report
    }

    mutating func loop() async -> (ApplyReport.Result, String?, GroupFailure?) {
        // Changing calls that failed so far, and the last one the cloud refused outright.
        var failedChanges = 0
        var refused: (action: SwitchAction, error: CloudError)?
        while true {
            if Task.isCancelled { return (.interrupted, interruptedState(), nil) }
            // While the job this group waits for still runs, the group's state is not re-read:
            // the job read is the signal. The decision is re-made on the last snapshot (timeouts
            // use the new time) and the state is observed again as soon as it is anything but a wait.
            var reused = ownJobRunning ? lastSnapshot : nil
            ownJobRunning = false
            var snapshot: GroupSnapshot
            var action: SwitchAction
            var stamp: Date
            repeat {
                if let cached = reused {
                    snapshot = cached
                } else {
                    do {
                        snapshot = try await observe()
                    } catch {
                        if Task.isCancelled || error is CancellationError { return (.interrupted, interruptedState(), nil) }
                        return failed(cloudFailure(error, doing: "observing the group"))
                    }
                    lastSnapshot = snapshot
                }
                stamp = now()
                if memory.originalSite == nil { memory.originalSite = snapshot.group?.priorityStation }
                if snapshot.group?.status == "reversing" && memory.reverseStartedAt == nil { memory.reverseStartedAt = stamp }
                action = SwitchDecider.decide(spec: spec, observation: snapshot, memory: memory, now: stamp)
                if reused != nil && !action.isWait { reused = nil } else { break }
            } while true
            logger.debug("decided", metadata: ["group": "\(spec.address)", "action": "\(action)"])
            if let refused, refused.action == action {
                // Refused, and the live state still asks for the same call: it would be refused again.
                return failed(cloudFailure(refused.error, doing: "\(action)"))
            }
            refused = nil
            if !continuesOpenStep(action) { closeStep() }
            do {
                switch action {
                case .done(let outcome):
                    return (outcome == .converged ? .converged : .alreadyConverged, convergedNote(outcome), nil)
                case .fail(let failure):
                    return failed(failure)
                case .refuse(let reason) where memory.changed:
                    return failed(GroupFailure(
                        reason: .blockedMidway, message: "stopped midway: \(reason)", serverState: interruptedState(),
                        nextSafeAction: "inspect the group, then rerun apply (it re-observes and does only what is missing)"
                    ))
                case .refuse(let reason):
                    return (.refused, reason, nil)
                case .stopServers(let ids, let mode):
                    try await stop(ids, mode: mode)
                    ownJobRunning = true
                case .reverse(let site):
                    try await reverse(to: site)
                    ownJobRunning = true
                case .startServers(let ids):
                    try await start(ids)
                    ownJobRunning = true
                case .waitForShutdown:
                    try await wait(job: memory.stopJob) { memory, job in if job.status == .failed { memory.stopFailure = job } }
                case .waitForReverse(let job):
                    if let job, memory.reverseJob == nil {
                        memory.reverseJob = job
                        memory.changed = true
                        openStep("reverse-adopted", job: job, serverIDs: [])
                    }
                    try await wait(job: job) { memory, job in memory.reverseResult = job }
                case .waitForStart:
                    try await wait(job: memory.startJob) { memory, job in if job.status == .failed { memory.startFailure = job } }
                }
            } catch let failure as GroupFailure {
                return failed(failure)
            } catch let error as CloudError where Self.isChange(action) && !Task.isCancelled {
                // The call may or may not have acted (a dropped connection, a 5xx), or the cloud
                // refused it because the group changed under us (another run switched it). Either
                // way the live state decides the next step: re-observe instead of failing at once.
                failedChanges += 1
                guard failedChanges <= Self.maximumFailedChanges else {
                    return failed(cloudFailure(error, doing: "\(action)"))
                }
                if !RetryPolicy.isTransient(error) { refused = (action, error) }
                logger.notice("changing call failed; re-observing", metadata: [
                    "group": "\(spec.address)", "action": "\(action)", "error": "\(error)",
                ])
                try? await clock.sleep(for: poll.delay(beforePoll: failedChanges, jitter: jitter()))
            } catch {
                if Task.isCancelled || error is CancellationError { return (.interrupted, interruptedState(), nil) }
                return failed(cloudFailure(error, doing: "\(action)"))
            }
        }
    }

    /// Failed changing calls one group may meet in a run before it fails (each is followed by a
    /// fresh observation, so a retry is only sent when the live state still asks for it).
    static let maximumFailedChanges = 3

    static func isChange(_ action: SwitchAction) -> Bool {
        switch action {
        case .stopServers, .reverse, .startServers: true
        default: false
        }
    }

    /// For a group this run changed but did not switch itself: says so, so that a run racing
    /// another one (or resuming a killed one) does not claim a switchover it did not make.
    func convergedNote(_ outcome: GroupOutcome) -> String? {
        guard outcome == .converged, memory.reverseJob == nil else { return nil }
        return "the switchover itself was not made by this run (another run, an earlier interrupted run or a person made it); this run only stopped or started servers"
    }

    func observe() async throws -> GroupSnapshot {
        let group = try await cloud.showProtectionGroup(id: spec.groupID)
        let ids = Set(instances.flatMap(\.serverIDs)).sorted()
        var servers: [LiveServer] = []
        if !ids.isEmpty { servers = try await cloud.listServers(ids: ids) }
        return GroupSnapshot(group: group, instances: instances, servers: servers)
    }

    /// Sleeps per the poll schedule, then reads `job` once (if it is not known to be finished).
    mutating func wait(job: CloudJobID?, record: (inout GroupMemory, CloudJob) -> Void) async throws {
        waitPolls += 1
        guard waitPolls <= poll.maxPolls else {
            throw GroupFailure(
                reason: .noProgress, message: "no progress after \(poll.maxPolls) polls", jobID: job,
                serverState: interruptedState(), nextSafeAction: "inspect the group, then rerun apply"
            )
        }
        try await clock.sleep(for: poll.delay(beforePoll: waitPolls, waited: waited, jitter: jitter()))
        waited += poll.nominalDelay(beforePoll: waitPolls, waited: waited)
        if let index = report.steps.indices.last { report.steps[index].polls += 1 }
        guard let job, !finishedJobs.contains(job) else { return }
        let state = try await cloud.job(job)
        ownJobRunning = !state.isFinished
        if state.isFinished {
            finishedJobs.insert(job)
            record(&memory, state)
        }
    }
}
