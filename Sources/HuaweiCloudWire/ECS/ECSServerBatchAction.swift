// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The body of `POST /v1/{project_id}/cloudservers/action` for batch stop and start
/// (reference §6.1; SDK `BatchStopServersRequestBody`, `BatchStartServersRequestBody`).
///
/// | Case | Body |
/// |---|---|
/// | `.stop(type:serverIDs:)` | `{"os-stop": {"type": "SOFT", "servers": [{"id": "..."}]}}`, `type` omitted if `nil` |
/// | `.start(serverIDs:)` | `{"os-start": {"servers": [{"id": "..."}]}}` |
///
/// Decoding is strict, because this is a request the emulator must refuse when malformed: zero or
/// several top-level keys, an unknown key (other ECS actions such as `reboot` are not modelled),
/// a missing `servers` array, a server entry without a string `id`, or a `type` other than
/// `SOFT`/`HARD` throws a `DecodingError` naming the problem. An empty `servers` array decodes;
/// the emulator decides how to answer it.
public enum ECSServerBatchAction: Sendable, Hashable {
    /// Stop the servers; `type` `nil` lets the service default (`SOFT`) apply.
    case stop(type: ECSStopType?, serverIDs: [String])
    /// Start the servers.
    case start(serverIDs: [String])

    /// The two body keys.
    public static let wireKeys = [stopKey, startKey]

    static let stopKey = "os-stop"
    static let startKey = "os-start"

    /// The body key of this action, `os-stop` or `os-start`.
    public var wireKey: String {
        switch self {
        case .stop: Self.stopKey
        case .start: Self.startKey
        }
    }

    /// The servers the action names, in request order.
    public var serverIDs: [String] {
        switch self {
        case .stop(_, let serverIDs), .start(let serverIDs): serverIDs
        }
    }
}

extension ECSServerBatchAction: Codable {
    private enum OptionKeys: String, CodingKey {
        case type, servers
    }

    private struct ServerReference: Codable {
        var id: String
    }

    /// Decodes one of the two body variants.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for zero, several or unknown keys or an invalid
    ///   `type`; `keyNotFound`/`typeMismatch`/`valueNotFound` for a missing or malformed
    ///   `servers` list or server `id`.
    public init(from decoder: any Decoder) throws {
        let body = try decoder.container(keyedBy: WireCodingKey.self)
        let keys = body.allKeys.map(\.stringValue).sorted()
        let expected = Self.wireKeys.joined(separator: " or ")
        guard keys.count == 1, let key = keys.first, Self.wireKeys.contains(key) else {
            let found = keys.isEmpty ? "no key" : "key(s) " + keys.joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "cloudservers action body has \(found); expected exactly one of \(expected)"
                ))
        }
        let option = try body.nestedContainer(keyedBy: OptionKeys.self, forKey: WireCodingKey(key))
        let serverIDs = try option.decode([ServerReference].self, forKey: .servers).map(\.id)
        if key == Self.startKey {
            self = .start(serverIDs: serverIDs)
        } else {
            self = .stop(type: try option.decodeIfPresent(ECSStopType.self, forKey: .type), serverIDs: serverIDs)
        }
    }

    /// Encodes the single-key body; `type` is omitted when `nil`, as the SDK does.
    public func encode(to encoder: any Encoder) throws {
        var body = encoder.container(keyedBy: WireCodingKey.self)
        var option = body.nestedContainer(keyedBy: OptionKeys.self, forKey: WireCodingKey(wireKey))
        if case .stop(let type, _) = self {
            try option.encodeIfPresent(type, forKey: .type)
        }
        try option.encode(serverIDs.map(ServerReference.init(id:)), forKey: .servers)
    }
}
