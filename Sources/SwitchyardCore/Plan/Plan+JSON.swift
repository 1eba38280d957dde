// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension Plan {
    /// Reads a plan saved by `plan --out` (`PlanJSONRenderer` writes it).
    /// - Throws: `PlanFormatError` when the data is not a plan of `Plan.currentFormatVersion`.
    public static func decode(json data: Data) throws -> Plan {
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
