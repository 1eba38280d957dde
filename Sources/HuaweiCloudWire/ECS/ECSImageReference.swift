// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The image an ECS server was created from: `server.image` (SDK `ServerImage`).
public struct ECSImageReference: Sendable, Hashable {
    /// Image ID.
    public var id: String?

    /// Creates a value; every field defaults to `nil`.
    public init(id: String? = nil) {
        self.id = id
    }
}

extension ECSImageReference: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: c.lenientString(.id)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
    }
}
