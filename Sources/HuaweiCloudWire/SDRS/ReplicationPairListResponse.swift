// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/replications`: `{"replications": [...], "count": N}` (SDK `ListReplicationsResponse`).
///
/// Decoding drops list elements that are not objects and never fails on odd fields; encoding
/// always writes both keys (`null` for `nil`).
public struct ReplicationPairListResponse: Sendable, Hashable {
    /// The items of this page.
    public var replications: [ReplicationPair]?
    /// Number of items matching the filter, as the service reports it (total vs. page length is
    /// not documented: page with `limit`/`offset` until a short page).
    public var count: Int?

    /// Creates a response.
    public init(replications: [ReplicationPair]? = nil, count: Int? = nil) {
        self.replications = replications
        self.count = count
    }
}

extension ReplicationPairListResponse: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case replications = "replications"
        case count
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(replications: c.lenientArray(ReplicationPair.self, .replications), count: c.lenientInt(.count))
    }

    /// Encodes both keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(replications, forKey: .replications)
        try c.encode(count, forKey: .count)
    }
}
