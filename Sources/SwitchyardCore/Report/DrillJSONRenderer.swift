// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The drill report as versioned JSON (`drill --format json`): snake_case keys, `format_version`,
/// sorted keys, pretty-printed, trailing newline.
public struct DrillJSONRenderer: Sendable {
    public init() {}

    /// - Throws: `EncodingError` (not expected: a report holds only strings, numbers and booleans).
    public func render(_ report: DrillReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
