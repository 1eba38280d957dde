// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// The tolerant readers of `KeyedDecodingContainer+Lenient.swift`, over scanner tokens.
//
// Each one takes the token of a value that is present (a missing key never reaches them) and
// gives what the keyed-container reader of the same name gives for that value: `null` and
// unusable shapes read as `nil`. A container token is consumed (skipped or read) in every case,
// so the scanner always stands after the value.
extension WireJSONScanner {
    /// `lenientString`: strings; integers and other numbers as text; booleans as `true`/`false`.
    mutating func lenientString(_ token: WireJSONToken) throws -> String? {
        switch token.kind {
        case .string: return stringValue(token)
        case .number:
            if let integer = integerValue(token) { return String(integer) }
            return doubleValue(token).map { String($0) }
        case .true: return "true"
        case .false: return "false"
        case .null: return nil
        case .objectStart, .arrayStart:
            try skip(token)
            return nil
        }
    }

    /// `lenientInt`: integers, integral numbers, numeric strings.
    mutating func lenientInt(_ token: WireJSONToken) throws -> Int? {
        switch token.kind {
        case .number:
            if let integer = integerValue(token) { return integer }
            return doubleValue(token).flatMap { Int(exactly: $0) }
        case .string: return stringValue(token).flatMap(wireInteger(fromText:))
        case .true, .false, .null: return nil
        case .objectStart, .arrayStart:
            try skip(token)
            return nil
        }
    }

    /// `lenientBool`: booleans, the integers 0 and 1, `"true"`/`"false"`/`"1"`/`"0"` in any case.
    mutating func lenientBool(_ token: WireJSONToken) throws -> Bool? {
        switch token.kind {
        case .true: return true
        case .false: return false
        case .number: return integerValue(token).flatMap { $0 == 0 ? false : ($0 == 1 ? true : nil) }
        case .string: return stringValue(token).flatMap(wireBool(fromText:))
        case .null: return nil
        case .objectStart, .arrayStart:
            try skip(token)
            return nil
        }
    }

    /// `lenientEnum`: any string (or number, as text).
    mutating func lenientEnum<Value: WireStringEnum>(_ type: Value.Type, _ token: WireJSONToken) throws -> Value? {
        try lenientString(token).map { Value(rawValue: $0) }
    }

    /// `lenientNested` of an object type: `nil` unless the value is an object with valid keys.
    mutating func lenientObject<Value: WireJSONObjectReadable>(_ type: Value.Type, _ token: WireJSONToken) throws -> Value? {
        guard token.kind == .objectStart else {
            try skip(token)
            return nil
        }
        return try readObject(type)
    }

    /// `lenientArray` of an object type: `nil` unless the value is an array; elements that are
    /// not objects with valid keys are dropped.
    mutating func lenientObjectArray<Value: WireJSONObjectReadable>(
        _ type: Value.Type, _ token: WireJSONToken
    ) throws -> [Value]? {
        guard token.kind == .arrayStart else {
            try skip(token)
            return nil
        }
        var elements: [Value] = []
        var isFirst = true
        while try hasNextElement(isFirst: &isFirst) {
            if let element = try lenientObject(type, try nextValue()) { elements.append(element) }
        }
        return elements
    }

    /// `lenientStringMap`: `nil` unless the value is an object with valid keys; members whose
    /// value `lenientString` cannot read are left out. As in `JSONDecoder`, the first of
    /// duplicate keys (equal as Swift strings) counts and later ones are ignored.
    mutating func lenientStringMap(_ token: WireJSONToken) throws -> [String: String]? {
        guard token.kind == .objectStart else {
            try skip(token)
            return nil
        }
        var result: [String: String] = [:]
        var unreadable: Set<String> = []
        var valid = true
        var isFirst = true
        while let keyToken = try nextKey(isFirst: &isFirst) {
            let value = try nextValue()
            guard valid, let key = stringValue(keyToken) else {
                valid = false
                try skip(value)
                continue
            }
            if result[key] != nil || unreadable.contains(key) {
                try skip(value)
            } else if let text = try lenientString(value) {
                result[key] = text
            } else {
                unreadable.insert(key)
            }
        }
        return valid ? result : nil
    }
}
