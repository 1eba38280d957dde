// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A wire type the list readers fill field by field from scanner tokens, without `Codable`.
///
/// Conforming types mirror their `init(from:)`: `readKeys` lists the keys that `init(from:)`
/// reads, and `readField` reads one of them with the same lenient reader. Keys not listed are
/// skipped (after their syntax is checked).
protocol WireJSONObjectReadable {
    associatedtype WireKey: RawRepresentable<String> & Sendable

    /// The keys to read.
    static var readKeys: WireJSONKeys<WireKey> { get }

    /// A value with every field `nil`.
    init()

    /// Reads the value of `key` from `token`, consuming it completely.
    mutating func readField(_ key: WireKey, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws
}

/// The keys of a `WireJSONObjectReadable` type, for matching raw key bytes quickly.
///
/// Plain ASCII keys are compared byte for byte; any other key is decoded and looked up as a Swift
/// string, so `"i\u0064"` finds `id` and canonically equivalent spellings match, as they do in
/// `JSONDecoder`'s keyed containers.
struct WireJSONKeys<Key: RawRepresentable<String> & Sendable>: Sendable {
    let keys: [Key]
    private let utf8: [[UInt8]]
    private let indexByName: [String: Int]

    init(_ keys: [Key]) {
        precondition(keys.count <= 64, "at most 64 keys (the seen-set is a bit mask)")
        self.keys = keys
        utf8 = keys.map { Array($0.rawValue.utf8) }
        indexByName = Dictionary(keys.enumerated().map { ($0.element.rawValue, $0.offset) }) { first, _ in first }
    }

    /// All keys of a type, in the order the emulator writes them (`WireJSONWriter.memberOrder`),
    /// so that matching the key after the previous one usually succeeds at the first try.
    init(sortedAs type: Key.Type) where Key: CodingKey & CaseIterable {
        self.init(WireJSONWriter.memberOrder(type))
    }

    /// What a key token names.
    enum Match {
        case key(Int)
        case unknown
        /// The key is not a valid string: the whole object cannot be decoded.
        case invalid
    }

    /// Matches `token`, trying `hint` (the index after the previous match) first.
    func match(_ token: WireJSONToken, in scanner: WireJSONScanner, hint: Int) -> Match {
        guard case .string(_, let ascii) = token.kind, ascii else {
            guard let name = scanner.stringValue(token) else { return .invalid }
            return indexByName[name].map(Match.key) ?? .unknown
        }
        let key = scanner.slice(token.start, token.end)
        if hint < utf8.count, utf8[hint].elementsEqual(key) { return .key(hint) }
        for (index, candidate) in utf8.enumerated() where candidate.count == key.count && candidate.elementsEqual(key) {
            return .key(index)
        }
        return .unknown
    }
}

extension WireJSONScanner {
    /// Reads the object whose `{` was just consumed: `nil` if one of its keys is not a valid
    /// string (then `JSONDecoder` cannot make a keyed container). Of duplicate keys the first counts.
    mutating func readObject<Value: WireJSONObjectReadable>(_ type: Value.Type) throws -> Value? {
        let table = Value.readKeys
        var value = Value()
        var seen: UInt64 = 0
        var valid = true
        var hint = 0
        var isFirst = true
        while let key = try nextKey(isFirst: &isFirst) {
            let token = try nextValue()
            switch table.match(key, in: self, hint: hint) {
            case .key(let index) where seen & (1 << index) == 0:
                seen |= 1 << index
                hint = index + 1
                try value.readField(table.keys[index], token, from: &self)
            case .invalid:
                valid = false
                try skip(token)
            case .key, .unknown:
                try skip(token)
            }
        }
        return valid ? value : nil
    }
}
