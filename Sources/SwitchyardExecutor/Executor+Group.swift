// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

extension Executor {
    /// Drives one group's `SwitchoverMachine` to its end; never throws (errors become the result).
    func runGroup(_ group: GroupPlan, journal: ChangeJournal, clock: RunClock) async -> ApplyReport.Group {
        var machine = SwitchoverMachine(plan: group)
        var progress = ProgressTracker(address: group.address, onEvent: onEvent, clock: clock)
        var action = machine.start(at: clock.monotonic())
        let serverIDs = group.observation?.servers.map(\.id) ?? []
        var outcome: SwitchoverMachine.Outcome
        run: while true {
            progress.report(machine)
            if Task.isCancelled {
                if case .finish(let end) = action {
                    outcome = end
                } else {
                    outcome = .init(result: .interrupted, reason: "interrupted: \(machine.leftBehind)", failure: nil)
                }
                break run
            }
            switch action {
            case .finish(let end):
                outcome = end
                break run
            case .observe:
                do {
                    let snapshot = try await observe(groupID: group.groupID ?? "", serverIDs: serverIDs)
                    action = machine.handle(.observed(snapshot), at: clock.monotonic())
                } catch {
                    outcome = failure(error, doing: "observing the group", machine: machine)
                    break run
                }
            case .call(let call):
                logger.info("changing", metadata: ["group": "\(group.address)", "step": "\(call.step.rawValue)"])
                let event: SwitchoverMachine.Event
                do {
                    event = try await perform(call, group: group, journal: journal, clock: clock)
                } catch {
                    // The journal could not be written: stop before (or right after) the call.
                    outcome = failure(error, doing: "writing the journal", machine: machine)
                    break run
                }
                if case .callFailed(let error) = event {
                    logger.notice("changing call failed; re-observing", metadata: ["group": "\(group.address)", "error": "\(error)"])
                }
                action = machine.handle(event, at: clock.monotonic())
            case .wait(let wait):
                let scale = max(options.poll.scale, 1e-9)
                let nominal = wait.waited * (1 / scale)
                do {
                    try await self.clock.sleep(for: options.poll.delay(beforePoll: wait.poll, waited: nominal, jitter: jitter()))
                } catch {
                    continue run  // cancelled: the check at the top ends the group
                }
                guard let job = wait.job else {
                    action = .observe
                    continue run
                }
                do {
                    action = machine.handle(.jobRead(try await cloud.job(job)), at: clock.monotonic())
                } catch {
                    outcome = failure(error, doing: "reading job \(job)", machine: machine)
                    break run
                }
            }
        }
        progress.report(machine, finished: outcome.result)
        return ApplyReport.Group(
            address: group.address, groupID: group.groupID ?? "", result: outcome.result, reason: outcome.reason,
            failure: outcome.failure, steps: machine.steps.map { report($0, clock: clock) },
            satisfiedSteps: outcome.result.isConverged ? machine.satisfiedSteps : [],
            downtimeStart: machine.downtimeStart.map { clock.date($0) }, downtimeEnd: machine.downtimeEnd.map { clock.date($0) },
            rto: group.rto
        )
    }

    /// The group and the servers the plan recorded for it.
    func observe(groupID: String, serverIDs: [String]) async throws -> GroupSnapshot {
        let group = try await cloud.showProtectionGroup(id: groupID)
        let servers = serverIDs.isEmpty ? [] : try await cloud.listServers(ids: serverIDs)
        return GroupSnapshot(group: group, servers: servers)
    }

    /// Journals the intent, sends the call, journals the outcome. Runs in its own task so that a
    /// cancellation arriving meanwhile lets the call and its journal record finish.
    func perform(_ call: SwitchoverMachine.Call, group: GroupPlan, journal: ChangeJournal, clock: RunClock) async throws -> SwitchoverMachine.Event {
        let cloud = self.cloud
        let groupID = group.groupID ?? ""
        return try await Task {
            let sequence = try await journal.intent(group: group, call: call, at: clock.date())
            let result: Result<CloudJobID, CloudError>
            do {
                switch call {
                case .stopServers(let ids, let mode): result = .success(try await cloud.stopServers(ids: ids, mode: mode))
                case .reverse(let site): result = .success(try await cloud.reverseProtectionGroup(id: groupID, priorityStation: site))
                case .startServers(let ids, _): result = .success(try await cloud.startServers(ids: ids))
                }
            } catch let error as CloudError {
                result = .failure(error)
            } catch {
                result = .failure(CloudError(kind: .connection, operation: call.step.rawValue, message: "the call did not complete"))
            }
            try await journal.outcome(sequence: sequence, group: group, result: result, at: clock.date())
            switch result {
            case .success(let job): return .callSucceeded(job)
            case .failure(let error): return .callFailed(error)
            }
        }.value
    }

    func failure(_ error: any Error, doing what: String, machine: SwitchoverMachine) -> SwitchoverMachine.Outcome {
        if Task.isCancelled || error is CancellationError {
            return .init(result: .interrupted, reason: "interrupted: \(machine.leftBehind)", failure: nil)
        }
        let cloudError = error as? CloudError
        let failure = GroupFailure(
            reason: .cloudError, message: "\(what) failed: \(cloudError?.description ?? "\(type(of: error))")",
            errorCode: cloudError?.code, serverState: machine.leftBehind,
            nextSafeAction: "fix the cause, then plan and apply again (the new plan shows what is left to do)"
        )
        return .init(result: .failed, reason: failure.description, failure: failure)
    }

    func report(_ record: SwitchoverMachine.StepRecord, clock: RunClock) -> ApplyReport.Step {
        ApplyReport.Step(
            kind: record.kind, stopMode: record.stopMode, restartsOriginal: record.restartsOriginal,
            startedAt: clock.date(record.startedAt), endedAt: record.endedAt.map { clock.date($0) }, jobID: record.jobID,
            polls: record.polls, serverIDs: record.serverIDs
        )
    }
}

/// Turns the machine's step records into progress events as they open and close.
struct ProgressTracker {
    let address: String
    let onEvent: @Sendable (ApplyEvent) -> Void
    let clock: RunClock
    var announced = 0
    var closed = 0

    init(address: String, onEvent: @escaping @Sendable (ApplyEvent) -> Void, clock: RunClock) {
        self.address = address
        self.onEvent = onEvent
        self.clock = clock
    }

    mutating func report(_ machine: SwitchoverMachine, finished: ApplyReport.Result? = nil) {
        let records = machine.steps
        while closed < records.count, let end = records[closed].endedAt {
            if closed >= announced { announce(records[closed]) }
            let record = records[closed]
            let failed = finished == .failed && closed == records.count - 1
            onEvent(ApplyEvent(
                address: address, kind: failed ? .stepFailed : .stepFinished, step: ApplyReport.Step(kind: record.kind, stopMode: record.stopMode, restartsOriginal: record.restartsOriginal, startedAt: clock.date(record.startedAt)).name,
                jobID: record.jobID, at: clock.date(end), elapsed: seconds(end - record.startedAt)
            ))
            closed += 1
        }
        while announced < records.count {
            announce(records[announced])
        }
        if let finished {
            onEvent(ApplyEvent(address: address, kind: .groupFinished, step: finished.rawValue, at: clock.date()))
        }
    }

    private mutating func announce(_ record: SwitchoverMachine.StepRecord) {
        let name = ApplyReport.Step(kind: record.kind, stopMode: record.stopMode, restartsOriginal: record.restartsOriginal, startedAt: clock.date(record.startedAt)).name
        onEvent(ApplyEvent(address: address, kind: .stepStarted, step: name, jobID: record.jobID, at: clock.date(record.startedAt)))
        announced += 1
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
