// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/protected-instances/{id}`: `{"protected_instance": {...}}`
/// (SDK `ShowProtectedInstanceResponse`).
public struct ProtectedInstanceResponse: Sendable, Hashable {
    /// The object; `nil` if the body lacks it or it is not an object.
    public var protectedInstance: ProtectedInstance?

    /// Creates a response.
    public init(protectedInstance: ProtectedInstance?) {
        self.protectedInstance = protectedInstance
    }
}

extension ProtectedInstanceResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case protectedInstance = "protected_instance"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(protectedInstance: c.lenientNested(ProtectedInstance.self, .protectedInstance))
    }

    /// Encodes the wrapper key (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(protectedInstance, forKey: .protectedInstance)
    }
}
