// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A small strict JSON parser producing `WireJSONValue`, with the grammar of Python's
/// `json.loads`: RFC 8259 plus the literals `NaN`, `Infinity` and `-Infinity`; control
/// characters inside strings are rejected; surrounding whitespace is allowed.
///
/// Used only for error bodies, where member order matters (see `WireJSONValue`).
struct WireJSONParser {
    /// Why a text is not JSON. The position is a UTF-8 byte offset.
    struct SyntaxError: Error, Equatable {
        var offset: Int
    }

    /// Nesting deeper than this is treated as invalid rather than risking the stack.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Parses `text` as one JSON value.
    ///
    /// - Throws: `SyntaxError` if the text is not exactly one JSON value.
    static func parse(_ text: String) throws -> WireJSONValue {
        var parser = WireJSONParser(text)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw SyntaxError(offset: parser.index) }
        return value
    }

    private var error: SyntaxError { SyntaxError(offset: index) }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func consume(_ literal: String) -> Bool {
        let literalBytes = Array(literal.utf8)
        guard bytes.count - index >= literalBytes.count,
            Array(bytes[index..<index + literalBytes.count]) == literalBytes
        else { return false }
        index += literalBytes.count
        return true
    }

    private mutating func parseValue(depth: Int) throws -> WireJSONValue {
        guard depth <= Self.maximumDepth, index < bytes.count else { throw error }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t") where consume("true"): return .bool(true)
        case UInt8(ascii: "f") where consume("false"): return .bool(false)
        case UInt8(ascii: "n") where consume("null"): return .null
        case UInt8(ascii: "N") where consume("NaN"): return .number("NaN")
        case UInt8(ascii: "I") where consume("Infinity"): return .number("Infinity")
        case UInt8(ascii: "-") where consume("-Infinity"): return .number("-Infinity")
        default: return .number(try parseNumber())
        }
    }

    private mutating func parseObject(depth: Int) throws -> WireJSONValue {
        index += 1
        var members: [WireJSONValue.Member] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error }
            let key = try parseString()
            skipWhitespace()
            guard consume(":") else { throw error }
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            if let existing = members.firstIndex(where: { $0.key == key }) {
                members[existing].value = value
            } else {
                members.append(.init(key: key, value: value))
            }
            skipWhitespace()
            if consume(",") { continue }
            guard consume("}") else { throw error }
            return .object(members)
        }
    }

    private mutating func parseArray(depth: Int) throws -> WireJSONValue {
        index += 1
        var values: [WireJSONValue] = []
        skipWhitespace()
        if consume("]") { return .array(values) }
        while true {
            skipWhitespace()
            values.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            if consume(",") { continue }
            guard consume("]") else { throw error }
            return .array(values)
        }
    }

    private mutating func parseNumber() throws -> String {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return index - first
        }
        _ = consume("-")
        if consume("0") {
            // A leading zero stands alone.
        } else if digits() == 0 {
            throw error
        }
        if consume("."), digits() == 0 { throw error }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if !consume("+") { _ = consume("-") }
            if digits() == 0 { throw error }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                scalars.append(try parseEscape())
            case 0x00..<0x20:
                index -= 1
                throw error
            default:
                run.append(byte)
            }
        }
        throw error
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        guard index < bytes.count else { throw error }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try parseHex4()
            if (0xD800..<0xDC00).contains(unit), consume("\\u") {
                let low = try parseHex4()
                if (0xDC00..<0xE000).contains(low) {
                    return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                }
                index -= 6  // Not a pair: read the second escape on its own next time.
            }
            return Unicode.Scalar(unit) ?? "\u{FFFD}"  // Lone surrogates cannot be represented.
        default:
            index -= 1
            throw error
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard bytes.count - index >= 4 else { throw error }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[index]) else { throw error }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}
