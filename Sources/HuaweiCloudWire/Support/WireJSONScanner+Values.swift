// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

// Reading scalar tokens the way `JSONDecoder` does when a value is decoded.
//
// Strings follow swift-foundation's `JSONScanner.stringValue`: the raw bytes between escapes
// must be valid UTF-8 without control bytes, escapes are the eight named ones and `\uXXXX`, a
// high surrogate must be followed by an escaped low one, and a lone low surrogate is an error.
// Integers written plainly (`-?(0|[1-9][0-9]*)`, in range) are parsed here; any other number
// text (`5.0`, `1e2`, `-`, `01`, out of range) is handed to `JSONDecoder` as a one-value
// document, so the rare odd number reads exactly as it would in the reference path.
extension WireJSONScanner {
    /// `decode(String.self)`: the string `token` denotes, or `nil` if it is not a valid JSON string.
    func stringValue(_ token: WireJSONToken) -> String? {
        guard case .string(let simple, let ascii) = token.kind else { return nil }
        if ascii { return String(decoding: slice(token.start, token.end), as: UTF8.self) }
        if simple { return String(validating: slice(token.start, token.end), as: UTF8.self) }
        return unescapedString(token)
    }

    /// `decode(Int.self)` of a number token, or `nil` where `JSONDecoder` would throw.
    func integerValue(_ token: WireJSONToken) -> Int? {
        guard token.kind == .number else { return nil }
        var index = token.start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < token.end, bytes[index] != UInt8(ascii: "0") || index + 1 == token.end else {
            return referenceDecode(Int.self, token)
        }
        var value = 0
        while index < token.end {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return referenceDecode(Int.self, token) }
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative ? shifted.subtractingReportingOverflow(Int(digit)) : shifted.addingReportingOverflow(Int(digit))
            guard !overflowShift, !overflowAdd else { return referenceDecode(Int.self, token) }
            value = next
            index += 1
        }
        return value
    }

    /// `decode(Double.self)` of a number token, or `nil` where `JSONDecoder` would throw.
    func doubleValue(_ token: WireJSONToken) -> Double? {
        guard token.kind == .number else { return nil }
        return referenceDecode(Double.self, token)
    }

    private func referenceDecode<Value: Decodable>(_ type: Value.Type, _ token: WireJSONToken) -> Value? {
        try? JSONDecoder().decode(type, from: Data(slice(token.start, token.end)))
    }

    func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private func unescapedString(_ token: WireJSONToken) -> String? {
        var output = ""
        var chunkStart = token.start
        var index = token.start
        while index < token.end {
            let byte = bytes[index]
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            guard let chunk = String(validating: slice(chunkStart, index), as: UTF8.self) else { return nil }
            output += chunk
            index += 1  // The scanner guarantees a byte after the backslash.
            switch bytes[index] {
            case UInt8(ascii: "\""): output.append("\"")
            case UInt8(ascii: "\\"): output.append("\\")
            case UInt8(ascii: "/"): output.append("/")
            case UInt8(ascii: "b"): output.append("\u{08}")
            case UInt8(ascii: "f"): output.append("\u{0C}")
            case UInt8(ascii: "n"): output.append("\n")
            case UInt8(ascii: "r"): output.append("\r")
            case UInt8(ascii: "t"): output.append("\t")
            case UInt8(ascii: "u"):
                guard let (scalar, next) = unicodeEscape(at: index + 1, end: token.end) else { return nil }
                output.unicodeScalars.append(scalar)
                index = next - 1
            default:
                return nil
            }
            index += 1
            chunkStart = index
        }
        guard let chunk = String(validating: slice(chunkStart, index), as: UTF8.self) else { return nil }
        return output + chunk
    }

    /// The scalar of `XXXX` at `index` (after `\u`), joined with a following `\uXXXX` low
    /// surrogate if it is a high one, and the index after the escape(s).
    private func unicodeEscape(at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        guard let unit = hex4(at: index) else { return nil }
        if UTF16.isLeadSurrogate(unit) {
            let next = index + 4
            guard end - next >= 2, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u"),
                let low = hex4(at: next + 2), UTF16.isTrailSurrogate(low)
            else { return nil }
            return (UTF16.decode(UTF16.EncodedScalar([unit, low])), next + 6)
        }
        guard let scalar = Unicode.Scalar(unit) else { return nil }
        return (scalar, index + 4)
    }

    /// Four hex digits at `index` (the scanner guarantees four bytes before the closing quote).
    private func hex4(at index: Int) -> UInt16? {
        var value: UInt16 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
