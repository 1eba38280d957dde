// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The percent-encoding of the signing algorithm: Python's `quote(s, safe='~')`.
///
/// UTF-8 bytes `A–Z a–z 0–9 - _ . ~` are kept; every other byte becomes `%XX` with upper-case hex.
/// Space is `%20`, never `+`; `/ = & + :` are all encoded.
public enum SigningPercentEncoding {
    /// Percent-encodes `s` for a canonical URI segment or a query name or value.
    public static func encode(_ s: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(s.utf8.count)
        for byte in s.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(upperHexDigits[Int(byte >> 4)])
                output.append(upperHexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Percent-decodes `s` like Python's `unquote`: valid `%XX` escapes become bytes, malformed
    /// `%` sequences stay literal, `+` stays `+`, and invalid UTF-8 becomes U+FFFD.
    static func decode(_ s: String) -> String {
        let input = Array(s.utf8)
        guard input.contains(UInt8(ascii: "%")) else { return s }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let upperHexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "."), UInt8(ascii: "~"):
            true
        default:
            false
        }
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
