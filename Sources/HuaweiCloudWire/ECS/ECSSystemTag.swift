// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A system tag of an ECS server: an element of `server.sys_tags` (SDK `ServerSystemTag`),
/// e.g. `{"key": "_sys_enterprise_project_id", "value": "0"}`.
public struct ECSSystemTag: Sendable, Hashable {
    /// Tag key.
    public var key: String?
    /// Tag value.
    public var value: String?

    /// Creates a value; every field defaults to `nil`.
    public init(key: String? = nil, value: String? = nil) {
        self.key = key
        self.value = value
    }
}

extension ECSSystemTag: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case key
        case value
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: c.lenientString(.key),
            value: c.lenientString(.value)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(value, forKey: .value)
    }
}
