// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The drift report as versioned JSON (`drift --format json`); see `schemas/drift-report.schema.json`.
///
/// Sorted keys, pretty-printed, trailing newline: equal reports give byte-identical text.
public struct DriftJSONRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The JSON text of `report`.
    /// - Throws: `EncodingError` (not expected: a report holds only strings, integers and booleans).
    public func render(_ report: DriftReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
