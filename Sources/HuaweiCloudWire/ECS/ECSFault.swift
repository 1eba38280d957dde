// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Why an ECS server is in `ERROR`: `server.fault` (reference §6.2; the SDK types it `object`).
///
/// Present for failed servers, and for `server_id` filter entries naming unknown servers.
public struct ECSFault: Sendable, Hashable {
    /// Fault code (an integer, e.g. `500`).
    public var code: Int?
    /// Fault message.
    public var message: String?
    /// Fault details.
    public var details: String?
    /// Fault time, ISO 8601 (`2020-09-06T15:26:13Z`).
    public var created: String?

    /// Creates a value; every field defaults to `nil`.
    public init(code: Int? = nil, message: String? = nil, details: String? = nil, created: String? = nil) {
        self.code = code
        self.message = message
        self.details = details
        self.created = created
    }
}

extension ECSFault: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case code
        case message
        case details
        case created
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: c.lenientInt(.code),
            message: c.lenientString(.message),
            details: c.lenientString(.details),
            created: c.lenientString(.created)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(details, forKey: .details)
        try c.encode(created, forKey: .created)
    }
}
