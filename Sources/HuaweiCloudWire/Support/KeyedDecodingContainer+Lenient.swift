// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Tolerant readers used by every wire type's `init(from:)`.
//
// None of them throws: a missing key, a JSON `null` or a value of an unusable shape all read as
// `nil`, so one odd field never fails a whole body. Scalars are converted where the meaning is
// unambiguous (`"5"` for an integer, `5` for a string, `"true"` for a boolean), because the
// SDRS/ECS documentation and samples disagree on several field types (`flavor.vcpus`,
// `addresses[].version`, `fault.code`).
extension KeyedDecodingContainer {
    /// Whether `key` is present with a non-null value.
    func hasValue(_ key: Key) -> Bool {
        contains(key) && (try? decodeNil(forKey: key)) == false
    }

    /// A string; numbers and booleans are rendered as text.
    func lenientString(_ key: Key) -> String? {
        guard hasValue(key) else { return nil }
        if let string = try? decode(String.self, forKey: key) { return string }
        if let integer = try? decode(Int64.self, forKey: key) { return String(integer) }
        if let double = try? decode(Double.self, forKey: key) { return String(double) }
        if let bool = try? decode(Bool.self, forKey: key) { return bool ? "true" : "false" }
        return nil
    }

    /// An integer; integral floating-point numbers and numeric strings are accepted.
    func lenientInt(_ key: Key) -> Int? {
        guard hasValue(key) else { return nil }
        if let integer = try? decode(Int.self, forKey: key) { return integer }
        if let double = try? decode(Double.self, forKey: key) { return Int(exactly: double) }
        if let string = try? decode(String.self, forKey: key) { return wireInteger(fromText: string) }
        return nil
    }

    /// A boolean; `"true"`/`"false"` (any case) and the integers 0 and 1 are accepted.
    func lenientBool(_ key: Key) -> Bool? {
        guard hasValue(key) else { return nil }
        if let bool = try? decode(Bool.self, forKey: key) { return bool }
        if let integer = try? decode(Int.self, forKey: key) {
            return integer == 0 ? false : (integer == 1 ? true : nil)
        }
        if let string = try? decode(String.self, forKey: key) { return wireBool(fromText: string) }
        return nil
    }

    /// An open string enumeration; any string (or number, as text) decodes, unknown ones preserved.
    func lenientEnum<Value: WireStringEnum>(_ type: Value.Type, _ key: Key) -> Value? {
        lenientString(key).map { Value(rawValue: $0) }
    }

    /// A nested value; `nil` if it is missing, `null` or fails to decode.
    func lenientNested<Value: Decodable>(_ type: Value.Type, _ key: Key) -> Value? {
        guard hasValue(key) else { return nil }
        return try? decode(Value.self, forKey: key)
    }

    /// An array whose elements that fail to decode are dropped; `nil` if it is not an array.
    func lenientArray<Element: Decodable>(_ type: Element.Type, _ key: Key) -> [Element]? {
        guard hasValue(key), let elements = try? decode([LenientElement<Element>].self, forKey: key) else {
            return nil
        }
        return elements.compactMap(\.value)
    }

    /// An object of strings (`metadata`); numbers and booleans become text, other values are dropped.
    func lenientStringMap(_ key: Key) -> [String: String]? {
        guard hasValue(key), let object = try? nestedContainer(keyedBy: WireCodingKey.self, forKey: key) else {
            return nil
        }
        var result: [String: String] = [:]
        for entryKey in object.allKeys {
            if let value = object.lenientString(entryKey) { result[entryKey.stringValue] = value }
        }
        return result
    }

    /// An object of arrays (`addresses`), each read like `lenientArray`.
    func lenientArrayMap<Element: Decodable>(_ type: Element.Type, _ key: Key) -> [String: [Element]]? {
        guard hasValue(key), let object = try? nestedContainer(keyedBy: WireCodingKey.self, forKey: key) else {
            return nil
        }
        var result: [String: [Element]] = [:]
        for entryKey in object.allKeys {
            if let value = object.lenientArray(Element.self, entryKey) { result[entryKey.stringValue] = value }
        }
        return result
    }

}

/// The integer a text denotes (`"5"`, `" 5 "`, `"5.0"`), or `nil`.
func wireInteger(fromText text: String) -> Int? {
    let trimmed = text.trimmingWhitespace()
    if let integer = Int(trimmed) { return integer }
    return Double(trimmed).flatMap { Int(exactly: $0) }
}

/// The boolean a text denotes (`"true"`, `" FALSE "`, `"1"`, `"0"`), or `nil`.
func wireBool(fromText text: String) -> Bool? {
    switch text.trimmingWhitespace().lowercased() {
    case "true", "1": true
    case "false", "0": false
    default: nil
    }
}

/// Decodes one array element without ever failing, so a bad element can be skipped.
struct LenientElement<Value: Decodable>: Decodable {
    let value: Value?

    init(from decoder: any Decoder) throws {
        value = try? Value(from: decoder)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
