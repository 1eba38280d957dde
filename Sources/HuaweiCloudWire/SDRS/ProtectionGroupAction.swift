// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The body of `POST /v1/{project_id}/server-groups/{server_group_id}/action` (reference §2.5):
/// exactly one of four keys.
///
/// | Case | Body |
/// |---|---|
/// | `.reverse(priorityStation:)` | `{"reverse-server-group": {"priority_station": "source"|"target"}}` |
/// | `.failover` | `{"failover-server-group": {}}` |
/// | `.start` | `{"start-server-group": {}}` |
/// | `.stop` | `{"stop-server-group": {}}` |
///
/// Decoding is strict, because this is a request the emulator must refuse when malformed: a body
/// with no key, several keys or an unknown key, a variant whose value is not an object, or a
/// reverse without a string `priority_station` throws a `DecodingError` that names the problem.
/// The value of `priority_station` itself is not checked (the emulator answers SDRS.0216 for an
/// invalid one), so it is a plain string.
public enum ProtectionGroupAction: Sendable, Hashable {
    /// Planned switchover; `priorityStation` is the desired production site after it
    /// (`source` or `target`), i.e. the opposite of the group's current value.
    case reverse(priorityStation: String)
    /// Failover after a production-site fault.
    case failover
    /// Enable protection, or re-protect after a failover.
    case start
    /// Disable protection.
    case stop

    /// The four body keys, in documentation order.
    public static let wireKeys = [reverseKey, failoverKey, startKey, stopKey]

    static let reverseKey = "reverse-server-group"
    static let failoverKey = "failover-server-group"
    static let startKey = "start-server-group"
    static let stopKey = "stop-server-group"
    static let priorityStationKey = "priority_station"

    /// The body key of this action, e.g. `reverse-server-group`.
    public var wireKey: String {
        switch self {
        case .reverse: Self.reverseKey
        case .failover: Self.failoverKey
        case .start: Self.startKey
        case .stop: Self.stopKey
        }
    }
}

extension ProtectionGroupAction: Codable {
    /// Decodes one of the four body variants.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for zero, several or unknown keys;
    ///   `DecodingError.typeMismatch` if the variant's value is not an object or
    ///   `priority_station` is not a string; `DecodingError.keyNotFound`/`valueNotFound` if a
    ///   reverse lacks `priority_station` or has it `null`.
    public init(from decoder: any Decoder) throws {
        let body = try decoder.container(keyedBy: WireCodingKey.self)
        let key = try Self.singleActionKey(in: body, codingPath: decoder.codingPath)
        let value = try body.nestedContainer(keyedBy: WireCodingKey.self, forKey: key)
        switch key.stringValue {
        case Self.reverseKey:
            let station = try value.decode(String.self, forKey: WireCodingKey(Self.priorityStationKey))
            self = .reverse(priorityStation: station)
        case Self.failoverKey: self = .failover
        case Self.startKey: self = .start
        default: self = .stop
        }
    }

    /// Encodes the single-key body; empty variants encode their value as `{}`.
    public func encode(to encoder: any Encoder) throws {
        var body = encoder.container(keyedBy: WireCodingKey.self)
        var value = body.nestedContainer(keyedBy: WireCodingKey.self, forKey: WireCodingKey(wireKey))
        if case .reverse(let station) = self {
            try value.encode(station, forKey: WireCodingKey(Self.priorityStationKey))
        }
    }

    private static func singleActionKey(
        in body: KeyedDecodingContainer<WireCodingKey>, codingPath: [any CodingKey]
    ) throws -> WireCodingKey {
        let keys = body.allKeys.sorted { $0.stringValue < $1.stringValue }
        let unknown = keys.filter { !wireKeys.contains($0.stringValue) }
        let expected = wireKeys.joined(separator: ", ")
        func corrupted(_ message: String) -> DecodingError {
            .dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
        }
        if !unknown.isEmpty {
            let names = unknown.map(\.stringValue).joined(separator: ", ")
            throw corrupted("unknown server-group action key(s) \(names); expected exactly one of \(expected)")
        }
        guard let key = keys.first else {
            throw corrupted("server-group action body has no action key; expected exactly one of \(expected)")
        }
        guard keys.count == 1 else {
            let names = keys.map(\.stringValue).joined(separator: ", ")
            throw corrupted("server-group action body has several action keys (\(names)); expected exactly one")
        }
        return key
    }
}
