// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The plan as JSON (`plan --json`, `plan --out plan.json`), and reading it back for `apply`.
///
/// Sorted keys, pretty-printed, trailing newline: equal plans give byte-identical files.
public struct PlanJSONRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The JSON text of `plan`.
    /// - Throws: `EncodingError` (not expected: a plan holds only strings, integers and booleans).
    public func render(_ plan: Plan) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
    }

    /// Reads a plan saved by `render`.
    /// - Throws: `PlanFormatError` when the data is not a plan of `Plan.currentFormatVersion`.
    public static func decode(_ data: Data) throws -> Plan {
        struct Version: Decodable {
            var formatVersion: Int?
            enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }
        }
        let decoder = JSONDecoder()
        let version: Version
        do {
            version = try decoder.decode(Version.self, from: data)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw PlanFormatError(message: "the file is not a JSON object")
        } catch {
            throw PlanFormatError(message: DecodingErrorDescription.describe(error))
        }
        guard let formatVersion = version.formatVersion else {
            throw PlanFormatError(message: "the file has no format_version; it is not a switchyard plan")
        }
        guard formatVersion == Plan.currentFormatVersion else {
            throw PlanFormatError(message: "the plan has format_version \(formatVersion), but this switchyard reads only \(Plan.currentFormatVersion); make the plan again with this version")
        }
        do {
            return try decoder.decode(Plan.self, from: data)
        } catch {
            throw PlanFormatError(message: "the plan cannot be read: \(DecodingErrorDescription.describe(error))")
        }
    }
}

/// A saved plan that cannot be read.
public struct PlanFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the file, one sentence.
    public var message: String

    /// Creates the error.
    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
