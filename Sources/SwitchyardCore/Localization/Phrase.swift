// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A sentence for people, kept as a catalogue key and its arguments so that it can be written in any
/// ``Language``: `Phrase(.noteRetry)`, `Phrase(.reasonServerLocked, ["server": "db-01 (id)"])`.
///
/// Arguments fill the template's `{name}` placeholders. An argument is text (identifiers, codes,
/// numbers, durations: the same in every language) or another phrase, written in the same language.
/// Only `{` + letters, digits or `_` + `}` is a placeholder; other braces are literal text.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    /// The value of one placeholder.
    public indirect enum Argument: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
        /// Text that reads the same in every language.
        case text(String)
        /// A phrase of its own, written in the language of the phrase around it.
        case phrase(Phrase)
        /// Phrases joined by the catalogue's `separator`, each written in the language of the
        /// phrase around them.
        case list([Phrase], separator: MessageKey)

        public init(stringLiteral value: String) { self = .text(value) }

        /// The argument in `language`.
        public func text(_ language: Language) -> String {
            switch self {
            case .text(let text): text
            case .phrase(let phrase): phrase.text(language)
            case .list(let phrases, let separator): phrases.map { $0.text(language) }.joined(separator: language(separator))
            }
        }
    }

    /// The catalogue entry.
    public var key: MessageKey
    /// The placeholders' values, by name.
    public var arguments: [String: Argument]

    /// A phrase of `key` with its placeholders' values.
    public init(_ key: MessageKey, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// Text that is the same in every language (a message read back from JSON), as a phrase.
    public init(verbatim text: String) {
        self.init(.verbatim, ["text": .text(text)])
    }

    /// The sentence in `language`.
    public func text(_ language: Language) -> String {
        Catalog.fill(Catalog.template(key, language), with: arguments, language: language)
    }

    /// The English sentence (what JSON carries in its `message` fields).
    public var description: String { text(.english) }
}

extension Language {
    /// `language(.planHeader, ["file": "desired.yaml"])`: the catalogue's sentence in this language.
    public func callAsFunction(_ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:]) -> String {
        Catalog.fill(Catalog.template(key, self), with: arguments, language: self)
    }

    /// `1 server` / `3 servers` (and `1 台云服务器` / `3 台云服务器`): `one` when `count` is 1, else
    /// `other`, with `{count}` filled in.
    public func count(_ count: Int, one: MessageKey, other: MessageKey) -> String {
        self(count == 1 ? one : other, ["count": .text(String(count))])
    }
}

/// A sentence for people that may have been made here (a ``Phrase``, writable in any language) or read
/// back from a saved plan's JSON (English text only).
///
/// Equality and hashing use the English text, which is what JSON carries; encoded as that one string,
/// so the JSON of a plan is the same whatever the language of the person who reads it.
public struct Message: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// The English text.
    public let text: String
    /// The phrase it was made from, or `nil` when read back from JSON (or made from plain text).
    public let phrase: Phrase?

    /// A message made from a phrase; its English text is the phrase's.
    public init(_ phrase: Phrase) {
        self.phrase = phrase
        self.text = phrase.text(.english)
    }

    /// `Message(.noteRetry)`.
    public init(_ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:]) {
        self.init(Phrase(key, arguments))
    }

    /// A message from plain text, the same in every language (text from a saved plan, a fuzzer, a
    /// test).
    public init(verbatim text: String) {
        self.text = text
        self.phrase = nil
    }

    public init(stringLiteral value: String) { self.init(verbatim: value) }

    public init(from decoder: any Decoder) throws {
        self.init(verbatim: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The message in `language`: the phrase's text, or the English text of a message read back
    /// from JSON.
    public func text(_ language: Language) -> String {
        guard language != .english, let phrase else { return text }
        return phrase.text(language)
    }

    public var description: String { text }

    /// The message as an argument of another phrase (written in that phrase's language).
    public var argument: Phrase.Argument { phrase.map(Phrase.Argument.phrase) ?? .text(text) }

    public static func == (lhs: Message, rhs: Message) -> Bool { lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// `message.contains("…")`, on the English text.
    public func contains(_ other: some StringProtocol) -> Bool { text.contains(other) }

    /// `message.hasPrefix("…")`, on the English text.
    public func hasPrefix(_ prefix: String) -> Bool { text.hasPrefix(prefix) }
}
