// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// A `JournalWriter` that keeps records in memory, for tests; can be told to fail.
public actor MemoryJournal: JournalWriter {
    public private(set) var records: [JournalRecord] = []

    public init(records: [JournalRecord] = []) {
        self.records = records
    }

    public func append(_ record: JournalRecord) async throws {
        records.append(record)
    }

    /// The intents recorded so far.
    public var intents: [JournalIntent] {
        records.compactMap { if case .intent(let intent) = $0 { intent } else { nil } }
    }

    /// The outcomes recorded so far.
    public var outcomes: [JournalOutcome] {
        records.compactMap { if case .outcome(let outcome) = $0 { outcome } else { nil } }
    }
}
