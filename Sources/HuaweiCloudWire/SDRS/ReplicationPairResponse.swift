// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/replications/{id}`: `{"replication": {...}}` (SDK `ShowReplicationResponse`).
public struct ReplicationPairResponse: Sendable, Hashable {
    /// The object; `nil` if the body lacks it or it is not an object.
    public var replication: ReplicationPair?

    /// Creates a response.
    public init(replication: ReplicationPair?) {
        self.replication = replication
    }
}

extension ReplicationPairResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case replication = "replication"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(replication: c.lenientNested(ReplicationPair.self, .replication))
    }

    /// Encodes the wrapper key (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(replication, forKey: .replication)
    }
}
