// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Appends journal records durably, in order. The file writer fsyncs each record before returning;
/// tests use an in-memory one.
public protocol JournalWriter: Sendable {
    /// Appends one record; when this returns the record survives a crash.
    func append(_ record: JournalRecord) async throws
}

/// What earlier runs' journal tells apply about each group.
public enum JournalReplay {
    /// Memory per group ID: when the latest reverse intent of a group has an outcome with a job ID,
    /// that job becomes `adoptedReverseJob` (waited for only while the group is `reversing`). When
    /// the latest reverse intent has no outcome ("maybe sent") nothing is adopted: the live state
    /// decides (a `reversing` group is waited for, never reversed again).
    public static func memories(from records: [JournalRecord]) -> [String: GroupMemory] {
        var intents: [String: JournalIntent] = [:]
        var result: [String: GroupMemory] = [:]
        for record in records {
            switch record {
            case .header: continue
            case .intent(let intent):
                intents["\(intent.runID)#\(intent.sequence)"] = intent
                // A newer reverse makes any older job of the group irrelevant, even if this one never got an outcome.
                if intent.action == .reverse { result[intent.groupID]?.adoptedReverseJob = nil }
            case .outcome(let outcome):
                guard let intent = intents["\(outcome.runID)#\(outcome.sequence)"], intent.action == .reverse else { continue }
                var memory = result[intent.groupID] ?? GroupMemory()
                memory.adoptedReverseJob = outcome.jobID
                result[intent.groupID] = memory
            }
        }
        return result
    }
}
