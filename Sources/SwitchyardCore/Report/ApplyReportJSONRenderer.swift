// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The apply report as versioned JSON (`apply --format json`): snake_case keys, `format_version`,
/// ISO 8601 dates, sorted keys, pretty-printed, trailing newline; see
/// `schemas/apply-report.schema.json`. The same conventions as ``PlanJSONRenderer`` and
/// ``DriftJSONRenderer``.
public enum ApplyReportJSONRenderer {
    /// The pretty-printed JSON of `report`, ending in a line feed.
    /// - Throws: `EncodingError` (not expected: a report holds only strings, numbers, booleans and dates).
    public static func render(_ report: ApplyReport) throws -> String {
        String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    /// Reads a report written by `render` (tests and tools that consume `apply --format json`).
    /// - Throws: `DecodingError` when the data is not an apply report of this shape.
    public static func decode(_ data: Data) throws -> ApplyReport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(ApplyReport.self, from: data)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
