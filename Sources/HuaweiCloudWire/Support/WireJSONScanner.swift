// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A byte-level JSON cursor that accepts exactly the documents Foundation's `JSONDecoder` accepts.
///
/// It mirrors swift-foundation's `JSONScanner`: the structure is checked eagerly (brackets,
/// commas, colons, literals, nesting up to 512 levels, trailing commas tolerated), while the
/// insides of strings and numbers are only delimited here and validated when a value is read
/// (`WireJSONToken`). So, like `JSONDecoder`, an unknown field may hold `"\q"` or `1-2` without
/// failing the body, but a missing bracket anywhere does. Used by the list readers
/// (`WireListReader`), which fill wire models without `Codable`.
struct WireJSONScanner {
    /// Why the bytes are not a JSON document (or not the expected shape). The position is a byte offset.
    struct SyntaxError: Error, Equatable {
        var offset: Int
    }

    /// `JSONScanner`'s nesting limit: the 513th nested array or object is an error.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index: Int
    private var depth = 0

    /// A cursor at `start` (past a byte-order mark, if the caller skipped one).
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int = 0) {
        self.bytes = bytes
        self.index = start
    }

    var error: SyntaxError { SyntaxError(offset: index) }

    // MARK: - Whitespace and punctuation

    /// The next byte that is not JSON whitespace, without consuming it; `nil` at the end.
    mutating func peekSignificant() -> UInt8? {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return bytes[index]
            }
        }
        return nil
    }

    /// Throws unless only whitespace is left (the check after the top-level value).
    mutating func expectEnd() throws {
        guard peekSignificant() == nil else { throw error }
    }

    // MARK: - Values

    /// Reads the start of the next value. Scalars are delimited completely; for `{` and `[` only
    /// the bracket is consumed, and the caller continues with `nextKey` / `hasNextElement` or `skip`.
    mutating func nextValue() throws -> WireJSONToken {
        guard let byte = peekSignificant() else { throw error }
        let start = index
        switch byte {
        case UInt8(ascii: "\""):
            return try scanString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw error }
            depth += 1
            index += 1
            return WireJSONToken(kind: byte == UInt8(ascii: "{") ? .objectStart : .arrayStart, start: start, end: index)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return WireJSONToken(kind: .true, start: start, end: index)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return WireJSONToken(kind: .false, start: start, end: index)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return WireJSONToken(kind: .null, start: start, end: index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            // Like JSONScanner: take every byte that may occur in a number; validate on use.
            index += 1
            scan: while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
                    UInt8(ascii: "e"), UInt8(ascii: "E"):
                    index += 1
                default:
                    break scan
                }
            }
            return WireJSONToken(kind: .number, start: start, end: index)
        default:
            throw error
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw error }
        let matches = literal.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else { throw error }
        index += count
    }

    /// Delimits a string. Like JSONScanner, escapes are only checked for shape (`\` plus one
    /// byte, `\u` plus four bytes that are not `"`); control bytes and bad UTF-8 pass here.
    private mutating func scanString() throws -> WireJSONToken {
        index += 1
        let start = index
        var union: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let token = WireJSONToken(kind: .string(simple: true, ascii: union < 0x80), start: start, end: index)
                index += 1
                return token
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            union |= byte
            index += 1
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                let token = WireJSONToken(kind: .string(simple: false, ascii: false), start: start, end: index)
                index += 1
                return token
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw error }
                index += 2
                if bytes[index - 1] == UInt8(ascii: "u") {
                    guard bytes.count - index >= 4 else { throw error }
                    for offset in 0..<4 where bytes[index + offset] == UInt8(ascii: "\"") { throw error }
                    index += 4
                }
            default:
                index += 1
            }
        }
        throw error
    }

    // MARK: - Containers

    /// The next key of the object being read, consuming the `:` after it; `nil` (and the `}`)
    /// at its end. `isFirst` starts `true` for each object and is maintained here.
    mutating func nextKey(isFirst: inout Bool) throws -> WireJSONToken? {
        guard try hasNext(closing: UInt8(ascii: "}"), isFirst: &isFirst) else { return nil }
        guard peekSignificant() == UInt8(ascii: "\"") else { throw error }
        let key = try scanString()
        guard peekSignificant() == UInt8(ascii: ":") else { throw error }
        index += 1
        return key
    }

    /// Whether another element of the array being read follows; consumes the `,` before it or
    /// the closing `]`. `isFirst` starts `true` for each array.
    mutating func hasNextElement(isFirst: inout Bool) throws -> Bool {
        try hasNext(closing: UInt8(ascii: "]"), isFirst: &isFirst)
    }

    /// Whether another member or element follows in the container that `closing` ends: consumes
    /// the `,` before it, or the closing bracket (also after a trailing comma, as JSONScanner allows).
    private mutating func hasNext(closing: UInt8, isFirst: inout Bool) throws -> Bool {
        guard let byte = peekSignificant() else { throw error }
        if byte == closing {
            closeContainer()
            return false
        }
        if isFirst {
            isFirst = false
            return true
        }
        guard byte == UInt8(ascii: ",") else { throw error }
        index += 1
        guard let next = peekSignificant() else { throw error }
        if next == closing {
            closeContainer()
            return false
        }
        return true
    }

    /// Consumes a closing bracket.
    private mutating func closeContainer() {
        index += 1
        depth -= 1
    }

    /// Consumes the rest of `token` if it opened a container (checking its syntax); scalars are
    /// already consumed.
    mutating func skip(_ token: WireJSONToken) throws {
        var isFirst = true
        switch token.kind {
        case .objectStart:
            while try nextKey(isFirst: &isFirst) != nil { try skip(try nextValue()) }
        case .arrayStart:
            while try hasNextElement(isFirst: &isFirst) { try skip(try nextValue()) }
        default:
            break
        }
    }
}
