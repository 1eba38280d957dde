// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One fact behind a group's drift state: a stable code for machines and a sentence for people.
public struct DriftReason: Sendable, Hashable, Codable {
    /// Stable kebab-case code, e.g. `active-site-differs`, `replication-broken`, `not-found`
    /// (the full list is in docs/drift.md and the JSON schema).
    public var code: String
    /// What was found and what to do about it, one or two sentences, in English (what JSON carries).
    public var message: String

    /// The catalogue phrase the message was made from, to write it in another ``Language``; `nil`
    /// for a reason read back from JSON (which carries only the English `message`).
    public var phrase: Phrase?

    /// Creates a reason with a fixed message, the same in every language.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// Creates a reason from the catalogue: `message` is its English text.
    public init(code: String, _ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:]) {
        let phrase = Phrase(key, arguments)
        self.code = code
        self.message = phrase.text(.english)
        self.phrase = phrase
    }

    /// The message in `language` (English for a reason read back from JSON).
    public func text(_ language: Language) -> String {
        guard language != .english, let phrase else { return message }
        return phrase.text(language)
    }

    public static func == (lhs: DriftReason, rhs: DriftReason) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    private enum CodingKeys: String, CodingKey {
        case code, message
    }
}
