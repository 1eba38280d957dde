// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/protected-instances`: `{"protected_instances": [...], "count": N}`
/// (SDK `ListProtectedInstancesResponse`).
///
/// Decoding drops list elements that are not objects and never fails on odd fields; encoding
/// always writes both keys (`null` for `nil`).
public struct ProtectedInstanceListResponse: Sendable, Hashable {
    /// The items of this page.
    public var protectedInstances: [ProtectedInstance]?
    /// Number of items matching the filter, as the service reports it (total vs. page length is
    /// not documented: page with `limit`/`offset` until a short page).
    public var count: Int?

    /// Creates a response.
    public init(protectedInstances: [ProtectedInstance]? = nil, count: Int? = nil) {
        self.protectedInstances = protectedInstances
        self.count = count
    }
}

extension ProtectedInstanceListResponse: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case protectedInstances = "protected_instances"
        case count
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            protectedInstances: c.lenientArray(ProtectedInstance.self, .protectedInstances), count: c.lenientInt(.count)
        )
    }

    /// Encodes both keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(protectedInstances, forKey: .protectedInstances)
        try c.encode(count, forKey: .count)
    }
}
