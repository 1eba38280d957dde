// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A parsed JSON value that keeps object members in document order.
///
/// The SDK's error parser walks object members in order and lets later matches overwrite earlier
/// ones, so order matters; Foundation's JSON APIs do not preserve it. Numbers keep their source
/// text. Duplicate keys behave like Python's `json.loads`: the last value wins, at the position
/// of the first occurrence.
enum WireJSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([WireJSONValue])
    case object([Member])

    /// One object member.
    struct Member: Sendable, Equatable {
        var key: String
        var value: WireJSONValue
    }

    /// The members, if this is an object.
    var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The value of member `key`, if this is an object that has it.
    subscript(key: String) -> WireJSONValue? {
        members?.first { $0.key == key }?.value
    }

    /// Python truthiness, which the SDK applies to the error code and message it found.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .number(let text): Double(text).map { $0 != 0 } ?? true
        case .string(let value): !value.isEmpty
        case .array(let values): !values.isEmpty
        case .object(let members): !members.isEmpty
        }
    }

    /// The text Python's `str()` would give for a scalar; containers are rendered as compact JSON.
    var pythonText: String {
        switch self {
        case .null: "None"
        case .bool(let value): value ? "True" : "False"
        case .number(let text): text
        case .string(let value): value
        case .array, .object: jsonText
        }
    }

    /// Compact JSON text of this value.
    var jsonText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let value): Self.quoted(value)
        case .array(let values): "[" + values.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.map { Self.quoted($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
