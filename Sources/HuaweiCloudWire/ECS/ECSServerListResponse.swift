// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/cloudservers/detail`: `{"count": N, "servers": [...]}`
/// (SDK `ListServersDetailsResponse`).
///
/// Decoding drops list elements that are not objects and never fails on odd fields; encoding
/// always writes both keys (`null` for `nil`).
public struct ECSServerListResponse: Sendable, Hashable {
    /// The items of this page.
    public var servers: [ECSServer]?
    /// Total number of servers matching the filter (not the page length). ECS pages are 1-based
    /// page numbers (`offset`), not item offsets.
    public var count: Int?

    /// Creates a response.
    public init(servers: [ECSServer]? = nil, count: Int? = nil) {
        self.servers = servers
        self.count = count
    }
}

extension ECSServerListResponse: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case servers = "servers"
        case count
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(servers: c.lenientArray(ECSServer.self, .servers), count: c.lenientInt(.count))
    }

    /// Encodes both keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(count, forKey: .count)
        try c.encode(servers, forKey: .servers)
    }
}
