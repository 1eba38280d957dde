// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Recognises text saved as UTF-16 or UTF-32 (common from Windows editors), so the user is told to
/// save it as UTF-8 instead of being told the file is binary.
enum UTF16Detection {
    /// `"UTF-16"`, `"UTF-32"` or `nil` when the bytes do not look like either.
    static func encoding(of data: Data) -> String? {
        let start = [UInt8](data.prefix(64))
        if start.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || start.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        // ASCII text in UTF-16 without a mark: a NUL in every other byte, and no NUL in the rest.
        guard start.count >= 4, start.count.isMultiple(of: 2) else { return nil }
        let even = stride(from: 0, to: start.count, by: 2).map { start[$0] }
        let odd = stride(from: 1, to: start.count, by: 2).map { start[$0] }
        let evenNUL = even.allSatisfy { $0 == 0 }, oddNUL = odd.allSatisfy { $0 == 0 }
        let evenText = even.allSatisfy { $0 != 0 }, oddText = odd.allSatisfy { $0 != 0 }
        return (evenNUL && oddText) || (oddNUL && evenText) ? "UTF-16" : nil
    }
}
