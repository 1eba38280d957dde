// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Appends journal records durably, in order. The file writer fsyncs each record before returning;
/// tests use an in-memory one.
public protocol JournalWriter: Sendable {
    /// Appends one record; when this returns the record survives a crash.
    func append(_ record: JournalRecord) async throws

    /// Appends records in order; when this returns they all survive a crash (the file writer
    /// makes them durable together, with one `fsync`).
    func append(contentsOf records: [JournalRecord]) async throws
}

extension JournalWriter {
    /// Default: one record after the other.
    public func append(contentsOf records: [JournalRecord]) async throws {
        for record in records { try await append(record) }
    }
}
