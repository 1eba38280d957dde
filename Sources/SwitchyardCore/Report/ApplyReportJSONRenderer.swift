// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The report as JSON for machines: sorted keys, ISO 8601 dates.
public enum ApplyReportJSONRenderer {
    /// The pretty-printed JSON of `report`.
    public static func render(_ report: ApplyReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
