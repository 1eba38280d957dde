// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/cloudservers/{id}`: `{"server": {...}}` (SDK `ShowServerResponse`).
public struct ECSServerResponse: Sendable, Hashable {
    /// The object; `nil` if the body lacks it or it is not an object.
    public var server: ECSServer?

    /// Creates a response.
    public init(server: ECSServer?) {
        self.server = server
    }
}

extension ECSServerResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case server = "server"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(server: c.lenientNested(ECSServer.self, .server))
    }

    /// Encodes the wrapper key (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(server, forKey: .server)
    }
}
