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

    /// Writes the intent; returns its sequence number for the outcome.
    ///
    /// The number is taken before the write suspends: an actor runs other calls while this one
    /// awaits, so reading the counter after the write would hand parallel groups each other's numbers.
    func intent(group: GroupPlan, call: SwitchoverMachine.Call, at: Date) async throws -> Int {
        let sequence = nextSequence
        nextSequence += 1
        var intent = JournalIntent(
            sequence: sequence, runID: runID, groupID: group.groupID ?? "", address: group.address, step: call.step, at: at
        )
        switch call {
        case .stopServers(let ids, let mode):
            intent.serverIDs = ids
            intent.stopMode = mode
        case .reverse(let site):
            intent.targetSite = site
        case .startServers(let ids, let restartsOriginal):
            intent.serverIDs = ids
            intent.restartsOriginal = restartsOriginal ? true : nil
        }
        try await writer.append(.intent(intent))
        return sequence
    }

    func outcome(sequence: Int, group: GroupPlan, result: Result<CloudJobID, CloudError>, at: Date) async throws {
        var outcome = JournalOutcome(sequence: sequence, runID: runID, groupID: group.groupID ?? "", at: at)
        switch result {
        case .success(let job): outcome.jobID = job
        case .failure(let error):
            outcome.errorCode = error.code
            outcome.httpStatus = error.httpStatus
            outcome.errorMessage = String(error.message.prefix(300))
            outcome.requestID = error.requestID
        }
        try await writer.append(.outcome(outcome))
    }
}
