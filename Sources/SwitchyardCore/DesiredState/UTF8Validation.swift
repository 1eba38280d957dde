// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Finds where bytes stop being UTF-8, so a bad file can be reported at the exact line and column.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and values above U+10FFFF count as ill-formed), or `nil`.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lower) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, upper) = (3, 0x9F)
            case 0xF0: (length, lower) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, upper) = (4, 0x8F)
            default: return index
            }
            for continuation in 1..<length {
                guard index + continuation < bytes.count else { return index }
                let byte = bytes[index + continuation]
                let (low, high) = continuation == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                guard (low...high).contains(byte) else { return index }
            }
            index += length
        }
        return nil
    }

    /// The 1-based line and column (in Unicode scalars) of `offset`, given that the bytes before it are valid.
    static func position(ofOffset offset: Int, in bytes: [UInt8]) -> YAMLPosition {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return YAMLPosition(line: line, column: column)
    }
}
