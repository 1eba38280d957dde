// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A security group of an ECS server: an element of `server.security_groups`
/// (SDK `ServerSecurityGroup`).
public struct ECSSecurityGroupReference: Sendable, Hashable {
    /// Security group name.
    public var name: String?
    /// Security group ID.
    public var id: String?

    /// Creates a value; every field defaults to `nil`.
    public init(name: String? = nil, id: String? = nil) {
        self.name = name
        self.id = id
    }
}

extension ECSSecurityGroupReference: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case id
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: c.lenientString(.name),
            id: c.lenientString(.id)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(id, forKey: .id)
    }
}
