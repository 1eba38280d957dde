// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A string enumeration that is open on the wire: values this module does not know are kept in
/// an `unknown` case instead of failing to decode.
///
/// Conforming enums list their documented values as cases, add `case unknown(String)`, and
/// implement `rawValue` and `knownCases`; decoding, encoding and `init(rawValue:)` come from
/// this protocol. Always build values with `init(rawValue:)` (or the named cases), never
/// `.unknown("protected")` for a known string: the latter would not compare equal to `.protected`.
public protocol WireStringEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// Every documented value, in documentation order.
    static var knownCases: [Self] { get }

    /// A value this module does not know, kept verbatim.
    static func unknown(_ rawValue: String) -> Self

    /// The value for `rawValue`: the matching known case, else `.unknown(rawValue)`. Never fails.
    init(rawValue: String)
}

extension WireStringEnum {
    /// The value for `rawValue`: the matching known case, else `.unknown(rawValue)`. Never fails.
    public init(rawValue: String) {
        self = Self.knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// Whether this is one of the documented values.
    public var isKnown: Bool {
        Self.knownCases.contains(self)
    }

    /// The wire string.
    public var description: String { rawValue }

    /// Decodes from a JSON string; any string is accepted.
    ///
    /// - Throws: `DecodingError` only if the value is not a string at all.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    /// Encodes as the JSON string `rawValue`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
