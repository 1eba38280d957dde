// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A credential (or project ID) that cannot be used, named by where it came from; its value is
/// never part of the error, in any rendering.
public struct CredentialError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the value.
    public enum Problem: Sendable, Hashable {
        /// The variable is empty or unset while `partner` is set.
        case missing(partner: String)
        /// A carriage return or line feed (often the line ending of a file the value was read from).
        case lineBreak
        /// Another control character.
        case controlCharacter
        /// A space or other whitespace (often a trailing one, from copying).
        case whitespace

        /// The problem of `value`, or `nil` when it may be sent in an HTTP header.
        init?(of value: String) {
            if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
                self = .lineBreak
            } else if value.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }) {
                self = .controlCharacter
            } else if value.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                self = .whitespace
            } else {
                return nil
            }
        }
    }

    /// The environment variable (or field) the value came from.
    public var variable: String
    /// What is wrong.
    public var problem: Problem

    /// Creates the error.
    public init(variable: String, problem: Problem) {
        self.variable = variable
        self.problem = problem
    }

    /// One sentence naming the variable and the problem, never the value.
    public var description: String {
        switch problem {
        case .missing(let partner):
            return "\(variable) is not set (or empty) while \(partner) is; set both"
        case .lineBreak:
            return "\(variable) contains a line break (a CR or LF, often the line ending of the file it was read from); the value is not shown and no request was sent"
        case .controlCharacter:
            return "\(variable) contains a control character; the value is not shown and no request was sent"
        case .whitespace:
            return "\(variable) contains whitespace (often a trailing space from copying); the value is not shown and no request was sent"
        }
    }
}
