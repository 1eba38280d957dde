// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Writes compact JSON bytes exactly as `WireJSON.makeEncoder(sortedKeys: true)` (Foundation's
/// `JSONEncoder` with `.withoutEscapingSlashes` and `.sortedKeys`) does, without building
/// `Encodable` containers.
///
/// Object members are ordered by the UTF-8 bytes of their keys, as that encoder orders them on
/// Linux. Without `.sortedKeys`, `JSONEncoder` writes members in the iteration order of a
/// dictionary it builds for every object, which is seeded by a heap address and differs from one
/// encoding of the same value to the next, so no writer could match those bytes; the sorted
/// form is the deterministic output of the same encoder. Strings escape `"` and `\`, write
/// `\b`, `\t`, `\n`, `\f` and `\r` by name and every other byte below 0x20 as `\u00xx` (lowercase
/// hex), and keep everything else (`/`, DEL, U+2028, non-ASCII) as UTF-8. Integers are decimal.
struct WireJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the container being written has no member yet (no comma needed).
    private var isFirst = true

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: - Containers

    mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        isFirst = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        isFirst = false
    }

    /// Starts the next array element (a comma unless it is the first).
    mutating func element() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
    }

    /// Starts the member `name` (a coding key: ASCII that needs no escaping).
    mutating func key(_ name: String) {
        element()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Starts a member whose name is data (a dictionary key), escaped like any string.
    mutating func dataKey(_ name: String) {
        element()
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    // MARK: - Scalars

    mutating func null() {
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // null
    }

    mutating func string(_ value: String?) {
        guard var value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            var runStart = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                appendEscape(for: byte)
                runStart = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(for byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    mutating func integer(_ value: Int?) {
        guard let value else { return null() }
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])  // true
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])  // false
        }
    }

    mutating func enumeration<Value: WireStringEnum>(_ value: Value?) {
        string(value?.rawValue)
    }

    // MARK: - Composite values

    mutating func value<Value: WireJSONWritable>(_ value: Value?) {
        guard let value else { return null() }
        value.write(to: &self)
    }

    mutating func array<Element>(_ elements: [Element]?, _ writeElement: (inout WireJSONWriter, Element) -> Void) {
        guard let elements else { return null() }
        beginArray()
        for element in elements {
            self.element()
            writeElement(&self, element)
        }
        endArray()
    }

    mutating func array<Element: WireJSONWritable>(_ elements: [Element]?) {
        array(elements) { writer, element in element.write(to: &writer) }
    }

    /// A string-keyed dictionary, members ordered by the UTF-8 bytes of their keys.
    mutating func dictionary<Value>(_ dictionary: [String: Value]?, _ writeValue: (inout WireJSONWriter, Value) -> Void) {
        guard let dictionary else { return null() }
        beginObject()
        for (key, value) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            dataKey(key)
            writeValue(&self, value)
        }
        endObject()
    }

    /// An object with a member for each of `keys` (in that order), whose value `writeValue` writes.
    mutating func object<Key: CodingKey>(_ keys: [Key], _ writeValue: (Key, inout WireJSONWriter) -> Void) {
        beginObject()
        for key in keys {
            self.key(key.stringValue)
            writeValue(key, &self)
        }
        endObject()
    }

    /// A list page, `{"count": …, "<itemsKey>": […]}`: the four list bodies all have this shape,
    /// and `count` sorts before each of their item keys.
    static func listPage<Item: WireJSONWritable>(
        count: Int?, itemsKey: some CodingKey, items: [Item]?, bytesPerItem: Int
    ) -> [UInt8] {
        precondition("count".utf8.lexicographicallyPrecedes(itemsKey.stringValue.utf8))
        var writer = WireJSONWriter(capacity: bytesPerItem * (items?.count ?? 0) + 64)
        writer.beginObject()
        writer.key("count")
        writer.integer(count)
        writer.key(itemsKey.stringValue)
        writer.array(items)
        writer.endObject()
        return writer.bytes
    }

    /// All keys of a type, in the order the sorted-keys encoder writes them.
    static func memberOrder<Key: CodingKey & CaseIterable>(_ type: Key.Type) -> [Key] {
        Key.allCases.sorted { $0.stringValue.utf8.lexicographicallyPrecedes($1.stringValue.utf8) }
    }
}

/// A wire type that writes itself with `WireJSONWriter`, as its `encode(to:)` with sorted keys.
protocol WireJSONWritable {
    func write(to writer: inout WireJSONWriter)
}

