// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Numbers the intents of one run and writes intent/outcome pairs around changing calls.
actor ChangeJournal {
    let writer: any JournalWriter
    let runID: String
    private var nextSequence = 1

    init(writer: any JournalWriter, runID: String) {
        self.writer = writer
        self.runID = runID
    }

    /// Writes the intents of several calls durably together; returns their sequence numbers, in
    /// order, for the outcomes.
    ///
    /// The numbers are taken before the write suspends: an actor runs other calls while this one
    /// awaits, so reading the counter after the write would hand parallel callers each other's numbers.
    func intents(_ calls: [(group: GroupPlan, call: SwitchoverMachine.Call)], at: Date) async throws -> [Int] {
        let first = nextSequence
        nextSequence += calls.count
        let records = calls.enumerated().map { offset, entry in
            JournalRecord.intent(Self.intent(sequence: first + offset, runID: runID, group: entry.group, call: entry.call, at: at))
        }
        try await writer.append(contentsOf: records)
        return Array(first..<(first + calls.count))
    }

    /// Writes the outcomes of several calls durably together.
    func outcomes(_ results: [(sequence: Int, group: GroupPlan, result: Result<CloudJobID, CloudError>)], at: Date) async throws {
        try await writer.append(contentsOf: results.map { .outcome(Self.outcome($0.sequence, runID: runID, group: $0.group, result: $0.result, at: at)) })
    }

    static func intent(sequence: Int, runID: String, group: GroupPlan, call: SwitchoverMachine.Call, at: Date) -> JournalIntent {
        var intent = JournalIntent(
            sequence: sequence, runID: runID, groupID: group.groupID ?? "", address: group.address, step: call.step, at: at
        )
        switch call {
        case .stopServers(let ids, let mode):
            intent.serverIDs = ids
            intent.stopMode = mode
        case .reverse(let site), .failover(let site):
            intent.targetSite = site
        case .reprotect, .enableProtection, .disableProtection:
            break
        case .startServers(let ids, let restartsOriginal):
            intent.serverIDs = ids
            intent.restartsOriginal = restartsOriginal ? true : nil
        }
        return intent
    }

    static func outcome(_ sequence: Int, runID: String, group: GroupPlan, result: Result<CloudJobID, CloudError>, at: Date) -> JournalOutcome {
        var outcome = JournalOutcome(sequence: sequence, runID: runID, groupID: group.groupID ?? "", at: at)
        switch result {
        case .success(let job): outcome.jobID = job
        case .failure(let error):
            outcome.errorCode = error.code
            outcome.httpStatus = error.httpStatus
            outcome.errorMessage = String(error.message.prefix(300))
            outcome.requestID = error.requestID
        }
        return outcome
    }
}
