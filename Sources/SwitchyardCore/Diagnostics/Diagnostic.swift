// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A problem in the user's input (YAML syntax, schema, references), reported with its position.
///
/// Diagnostics are values, not errors: parsers collect all of them instead of stopping at the first.
/// Printed in compiler style: `path:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad the problem is. Only `.error` makes the input unusable.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// One sentence saying what is wrong, without a trailing period.
    public var message: String
    /// An optional suggestion of what to do instead ("did you mean 'activeSite'?").
    public var hint: String?
    /// Where the problem is; `nil` when it concerns the whole input (for example an empty file).
    public var location: SourceLocation?

    public init(severity: Severity, message: String, hint: String? = nil, location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.hint = hint
        self.location = location
    }

    /// The catalogue phrases of `message` and `hint`, to write them in another ``Language``; `nil`
    /// for text that has no catalogue entry or was read back from JSON.
    public var phrase: Phrase?
    public var hintPhrase: Phrase?

    /// A diagnostic from the catalogue: `message` and `hint` are the English texts.
    public init(severity: Severity, _ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:], hint: Phrase? = nil, location: SourceLocation? = nil) {
        let phrase = Phrase(key, arguments)
        self.init(severity: severity, message: phrase.text(.english), hint: hint?.text(.english), location: location)
        self.phrase = phrase
        self.hintPhrase = hint
    }

    /// The message in `language` (English when it has no catalogue phrase).
    public func message(_ language: Language) -> String {
        guard language != .english, let phrase else { return message }
        return phrase.text(language)
    }

    /// The hint in `language` (English when it has no catalogue phrase).
    public func hint(_ language: Language) -> String? {
        guard language != .english, let hintPhrase else { return hint }
        return hintPhrase.text(language)
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.message == rhs.message && lhs.hint == rhs.hint && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(hint)
        hasher.combine(location)
    }

    private enum CodingKeys: String, CodingKey {
        case severity, message, hint, location
    }

    /// Compiler-style rendering: `file:line:column: severity: message (hint)`, in English.
    public var description: String { description(.english) }

    /// Compiler-style rendering in `language`: only the message and the hint change; the
    /// `file:line:column: severity:` prefix is the same in every language, for the tools that read it.
    public func description(_ language: Language) -> String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(self.text(language))"
        return text
    }

    /// The message and its hint in `language`: `message (hint)` (`message（hint）` in Chinese).
    public func text(_ language: Language) -> String {
        guard let hint = hint(language) else { return message(language) }
        return message(language) + language(.diagnosticHint, ["hint": .text(hint)])
    }
}
