// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One fact behind a group's drift state: a stable code for machines and a sentence for people.
public struct DriftReason: Sendable, Hashable, Codable {
    /// Stable kebab-case code, e.g. `active-site-differs`, `replication-broken`, `not-found`
    /// (the full list is in docs/drift.md and the JSON schema).
    public var code: String
    /// What was found and what to do about it, one or two sentences.
    public var message: String

    /// Creates a reason.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
