// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Turns an admin request body that did not decode into one readable sentence: which field, what
/// it expects (the allowed values of an enumeration), and what came instead — never Swift's
/// `DecodingError` text.
enum AdminBodyProblem {
    /// Allowed values of the enumerations admin bodies use, by field name.
    static let allowedValues: [String: [String]] = [
        "kind": FaultKind.allCases.map(\.rawValue),
        "action": EmulatorTrigger.Action.allCases.map(\.rawValue),
    ]

    /// The sentence for `error`, raised while decoding a body; `hints` adds the expected values of
    /// fields this body checks itself (e.g. `status: ACTIVE or SHUTOFF`).
    static func message(for error: any Error, hints: [String: String] = [:]) -> String {
        guard let error = error as? DecodingError else { return "the body is not the expected JSON object" }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            let suffix = expectation(for: key.stringValue, hints: hints).map { "; expected " + $0 } ?? ""
            return "field '\(field)' is missing\(suffix)"
        case .valueNotFound(_, let context):
            let wanted = expected(context, hints: hints) ?? "a value"
            return "field '\(path(context.codingPath))' is null; expected \(wanted)"
        case .typeMismatch(let type, let context):
            let field = context.codingPath.isEmpty ? "the body" : "field '\(path(context.codingPath))'"
            let wanted = expected(context, hints: hints) ?? describe(type)
            return "\(field) has the wrong type; expected \(wanted)"
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return "the body is not valid JSON (send one JSON object)" }
            let field = path(context.codingPath)
            let got = context.debugDescription.range(of: " value ").map { " (got '\(context.debugDescription[$0.upperBound...])')" } ?? ""
            let wanted = expected(context, hints: hints) ?? "a valid value"
            return "field '\(field)' has an invalid value\(got); expected \(wanted)"
        @unknown default:
            return "the body is not the expected JSON object"
        }
    }

    private static func expected(_ context: DecodingError.Context, hints: [String: String]) -> String? {
        context.codingPath.last.flatMap { expectation(for: $0.stringValue, hints: hints) }
    }

    private static func expectation(for field: String, hints: [String: String]) -> String? {
        if let hint = hints[field] { return hint }
        return allowedValues[field].map { "one of " + $0.joined(separator: ", ") }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is UInt64.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [String: Any].Type: return "a JSON object"
        default: return "a \(String(describing: type).lowercased())"
        }
    }
}
