// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One readable sentence for a `DecodingError`, naming the JSON path (`groups[2].action`) instead of
/// Foundation's nested coding-key dump.
enum DecodingErrorDescription {
    /// The sentence for `error`; other errors are described as they describe themselves.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .keyNotFound(let key, let context):
            return "'\(path(context.codingPath + [key]))' is missing"
        case .typeMismatch(let type, let context):
            return "\(location(context)) must be \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(location(context)) must be \(typeName(type)), not null"
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return "it is not valid JSON" }
            return "\(location(context)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func location(_ context: DecodingError.Context) -> String {
        context.codingPath.isEmpty ? "the document" : "'\(path(context.codingPath))'"
    }

    /// `groups[2].settings.shutdown`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue, key.stringValue == "Index \(index)" {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type, is Int32.Type: "an integer"
        case is Double.Type: "a number"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
