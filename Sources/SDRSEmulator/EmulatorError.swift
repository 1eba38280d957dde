// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Why the emulator could not load its fixture or state, or could not start.
///
/// The description is a sentence a user can act on; fixture problems are listed compiler-style as
/// `file:line:column: error: message` when the position is known. Secrets never appear.
public struct EmulatorError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Reason: Sendable, Hashable {
        case fixtureUnreadable(path: String, reason: String)
        case fixtureInvalid(problems: [String])
        case stateFileUnreadable(path: String, reason: String)
        case stateFileUnwritable(path: String, reason: String)
        case serverDidNotStart(reason: String)
    }

    private let reason: Reason

    private init(_ reason: Reason) {
        self.reason = reason
    }

    /// The fixture file could not be read or is not YAML.
    static func fixtureUnreadable(path: String, reason: String) -> Self {
        .init(.fixtureUnreadable(path: path, reason: reason))
    }

    /// The fixture is YAML but breaks the fixture rules; one line per problem.
    static func fixtureInvalid(problems: [String]) -> Self {
        .init(.fixtureInvalid(problems: problems))
    }

    /// The state file exists but could not be read or decoded.
    static func stateFileUnreadable(path: String, reason: String) -> Self {
        .init(.stateFileUnreadable(path: path, reason: reason))
    }

    /// The state file could not be written.
    static func stateFileUnwritable(path: String, reason: String) -> Self {
        .init(.stateFileUnwritable(path: path, reason: reason))
    }

    /// The HTTP server stopped before it was bound.
    static func serverDidNotStart(reason: String) -> Self {
        .init(.serverDidNotStart(reason: reason))
    }

    /// The individual fixture problems (`file:line:column: error: message`), empty for other errors.
    public var problems: [String] {
        if case .fixtureInvalid(let problems) = reason { return problems }
        return []
    }

    /// A sentence describing the failure.
    public var description: String {
        switch reason {
        case .fixtureUnreadable(let path, let reason):
            "cannot read emulator fixture \(path): \(reason)"
        case .fixtureInvalid(let problems):
            "invalid emulator fixture:\n" + problems.joined(separator: "\n")
        case .stateFileUnreadable(let path, let reason):
            "cannot read emulator state file \(path): \(reason); delete it to start again from the fixture"
        case .stateFileUnwritable(let path, let reason):
            "cannot write emulator state file \(path): \(reason)"
        case .serverDidNotStart(let reason):
            "the emulator's HTTP server did not start: \(reason)"
        }
    }
}
