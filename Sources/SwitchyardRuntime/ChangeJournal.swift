// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Numbers the intents of one run and writes intent/outcome pairs around changing calls.
actor ChangeJournal {
    let writer: any JournalWriter
    let runID: String
    var sequence = 0

    init(writer: any JournalWriter, runID: String) {
        self.writer = writer
        self.runID = runID
    }

    /// Writes the intent; returns its sequence number for the outcome.
    func intent(
        spec: SwitchSpec, action: JournalIntent.Action, serverIDs: [String], stopMode: StopMode?, targetSite: Site?, at: Date
    ) async throws -> Int {
        sequence += 1
        try await writer.append(.intent(JournalIntent(
            sequence: sequence, runID: runID, groupID: spec.groupID, address: spec.address, action: action,
            serverIDs: serverIDs, stopMode: stopMode, targetSite: targetSite, at: at
        )))
        return sequence
    }

    func outcome(sequence: Int, spec: SwitchSpec, result: Result<CloudJobID, CloudError>, at: Date) async throws {
        var outcome = JournalOutcome(sequence: sequence, runID: runID, groupID: spec.groupID, at: at)
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
