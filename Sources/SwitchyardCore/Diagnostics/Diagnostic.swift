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

    /// Compiler-style rendering: `file:line:column: severity: message (hint)`.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
