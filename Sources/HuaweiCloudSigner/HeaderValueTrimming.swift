// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Trims header values the way the SDK's `str(value).strip()` does.
///
/// Python's `str.strip()` removes every character for which `str.isspace()` is true: the Unicode
/// `White_Space` set plus the ASCII separators U+001C–U+001F. Swift's `isWhitespace` lacks the
/// latter, so the set is spelled out here.
enum HeaderValueTrimming {
    static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isPythonSpace($0) }),
            let end = scalars.lastIndex(where: { !isPythonSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    static func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            true
        default:
            false
        }
    }
}
