// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Query parameters parsed from the raw query string exactly as the signer reads them.
///
/// Items are split on `&`, each at its first `=`; names and values are percent-decoded and `+` is
/// kept literally (the SDK encodes a space as `%20`). Repeated names keep every value in order.
struct QueryParameters: Sendable, Hashable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(rawQuery: String?) {
        guard let rawQuery, !rawQuery.isEmpty else { return }
        for item in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            if let equals = item.firstIndex(of: "=") {
                let name = Self.percentDecode(item[..<equals])
                let value = Self.percentDecode(item[item.index(after: equals)...])
                pairs.append((name, value))
            } else {
                pairs.append((Self.percentDecode(item), ""))
            }
        }
    }

    /// The first value of `name`, or `nil` when absent.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    static func == (lhs: QueryParameters, rhs: QueryParameters) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }

    /// Decodes `%XX` escapes; malformed escapes are kept as written.
    static func percentDecode<S: StringProtocol>(_ text: S) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
