// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A user tag of a protected instance: an element of `protected_instance.tags`
/// (SDK `ResourceTag`; key ≤ 36 characters, value ≤ 43 characters).
public struct ResourceTag: Sendable, Hashable {
    /// Tag key.
    public var key: String?
    /// Tag value.
    public var value: String?

    /// Creates a tag.
    public init(key: String? = nil, value: String? = nil) {
        self.key = key
        self.value = value
    }
}

extension ResourceTag: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case key, value
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(key: c.lenientString(.key), value: c.lenientString(.value))
    }

    /// Encodes both keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(value, forKey: .value)
    }
}
