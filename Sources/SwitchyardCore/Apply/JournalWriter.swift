// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Appends journal records durably, in order. The file writer fsyncs each record before returning;
/// tests use an in-memory one.
public protocol JournalWriter: Sendable {
    /// Appends one record; when this returns the record survives a crash.
    func append(_ record: JournalRecord) async throws
}
