// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/server-groups/{id}`: `{"server_group": {...}}` (SDK `ShowProtectionGroupResponse`).
public struct ProtectionGroupResponse: Sendable, Hashable {
    /// The object; `nil` if the body lacks it or it is not an object.
    public var serverGroup: ProtectionGroup?

    /// Creates a response.
    public init(serverGroup: ProtectionGroup?) {
        self.serverGroup = serverGroup
    }
}

extension ProtectionGroupResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case serverGroup = "server_group"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(serverGroup: c.lenientNested(ProtectionGroup.self, .serverGroup))
    }

    /// Encodes the wrapper key (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(serverGroup, forKey: .serverGroup)
    }
}
