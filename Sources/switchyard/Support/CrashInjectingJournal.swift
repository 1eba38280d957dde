// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SwitchyardCore

/// Crash injection for the crash-safety tests: after the N-th journal record of this run is durable,
/// the process kills itself with SIGKILL — exactly as a runner killed mid-apply would die, including
/// between an intent and its outcome.
///
/// Active only when `SWITCHYARD_TEST_KILL_AFTER_JOURNAL_RECORD=N` is set; documented in
/// docs/reliability.md. It cannot change what is sent to the cloud, only stop the process.
struct CrashInjectingJournal: JournalWriter {
    static let environmentVariable = "SWITCHYARD_TEST_KILL_AFTER_JOURNAL_RECORD"

    let base: any JournalWriter
    let killAfter: Int
    let counter = RecordCounter()

    func append(_ record: JournalRecord) async throws {
        try await base.append(record)
        if await counter.next() >= killAfter {
            kill(getpid(), SIGKILL)
        }
    }

    /// One record at a time, so a kill can also land between the records of one batch (as a crash
    /// in the middle of the batch's write could).
    func append(contentsOf records: [JournalRecord]) async throws {
        for record in records { try await append(record) }
    }

    /// Wraps `base` when the environment asks for crash injection.
    static func wrap(_ base: any JournalWriter, environment: [String: String]) -> any JournalWriter {
        guard let text = environment[environmentVariable], let count = Int(text), count > 0 else { return base }
        return CrashInjectingJournal(base: base, killAfter: count)
    }
}

/// Counts appended records.
actor RecordCounter {
    private var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}
