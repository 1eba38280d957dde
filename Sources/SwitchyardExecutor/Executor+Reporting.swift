// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

extension Executor {
    func failure(_ error: any Error, doing what: String, machine: SwitchoverMachine) -> SwitchoverMachine.Outcome {
        if Task.isCancelled || error is CancellationError {
            return .init(result: .interrupted, reason: Message(.interruptedLeft, ["left": machine.leftBehind.argument]), failure: nil)
        }
        let cloudError = error as? CloudError
        let failure = GroupFailure(
            reason: .cloudError, message: Message(.failCallFailed, ["step": .text(what), "error": .text(cloudError?.description ?? "\(type(of: error))")]),
            errorCode: cloudError?.code, serverState: machine.leftBehind,
            nextSafeAction: Message(.nextFixReplan)
        )
        return .init(result: .failed, reason: failure.summary, failure: failure)
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
struct ProgressTracker: Sendable {
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
        // A group that ended closed its last step: wait until the outcome is known to say how.
        while closed < records.count, let end = records[closed].endedAt, machine.outcome != nil || closed < records.count - 1 {
            if closed >= announced { announce(records[closed]) }
            let record = records[closed]
            onEvent(ApplyEvent(
                address: address, kind: machine.failed(record) ? .stepFailed : .stepFinished, step: Self.name(record, clock),
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

    static func name(_ record: SwitchoverMachine.StepRecord, _ clock: RunClock) -> String {
        ApplyReport.Step(kind: record.kind, stopMode: record.stopMode, restartsOriginal: record.restartsOriginal, startedAt: clock.date(record.startedAt)).name
    }

    private mutating func announce(_ record: SwitchoverMachine.StepRecord) {
        onEvent(ApplyEvent(address: address, kind: .stepStarted, step: Self.name(record, clock), jobID: record.jobID, at: clock.date(record.startedAt)))
        announced += 1
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
