// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Power state of an ECS server (`OS-EXT-STS:power_state`, an integer on the wire, reference §6.2).
///
/// The SDK declares this field `int`, so it is always encoded as a JSON number. Decoding accepts
/// numeric strings too and never fails on an unknown number.
public enum ECSPowerState: Codable, Hashable, Sendable, CustomStringConvertible {
    /// `0`: no state (e.g. never started, or in error).
    case noState
    /// `1`: running.
    case running
    /// `4`: shut down.
    case shutdown
    /// Any other number, kept verbatim.
    case unknown(Int)

    /// The documented values.
    public static let knownCases: [ECSPowerState] = [.noState, .running, .shutdown]

    /// The value for a wire number: the matching known case, else `.unknown`.
    public init(rawValue: Int) {
        self = Self.knownCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// The wire number.
    public var rawValue: Int {
        switch self {
        case .noState: 0
        case .running: 1
        case .shutdown: 4
        case .unknown(let value): value
        }
    }

    /// The wire number as text.
    public var description: String { String(rawValue) }

    /// Decodes from a JSON integer, an integral number (`4.0`) or a numeric string (`"4"`).
    ///
    /// - Throws: `DecodingError` if the value is neither.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self.init(rawValue: number)
        } else if let number = (try? container.decode(Double.self)).flatMap({ Int(exactly: $0) }) {
            self.init(rawValue: number)
        } else if let number = wireInteger(fromText: try container.decode(String.self)) {
            self.init(rawValue: number)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "power_state is not an integer")
        }
    }

    /// Encodes as a JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
