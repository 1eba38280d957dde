// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Scheduling hints of an ECS server: `server.os:scheduler_hints` (SDK `ServerSchedulerHints`).
///
/// The real API sends `{}` when there are none, so encoding writes only the keys that are set.
public struct ECSSchedulerHints: Sendable, Hashable {
    /// Server group IDs.
    public var group: [String]?
    /// Tenancy (`shared` or `dedicated`).
    public var tenancy: [String]?
    /// Dedicated host IDs (`dedicated_host_id`).
    public var dedicatedHostID: [String]?

    /// Creates a value; every field defaults to `nil`.
    public init(group: [String]? = nil, tenancy: [String]? = nil, dedicatedHostID: [String]? = nil) {
        self.group = group
        self.tenancy = tenancy
        self.dedicatedHostID = dedicatedHostID
    }
}

extension ECSSchedulerHints: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case group
        case tenancy
        case dedicatedHostID = "dedicated_host_id"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            group: c.lenientArray(String.self, .group),
            tenancy: c.lenientArray(String.self, .tenancy),
            dedicatedHostID: c.lenientArray(String.self, .dedicatedHostID)
        )
    }

    /// Encodes only the keys that are set (the API sends `{}` for no hints).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(group, forKey: .group)
        try c.encodeIfPresent(tenancy, forKey: .tenancy)
        try c.encodeIfPresent(dedicatedHostID, forKey: .dedicatedHostID)
    }
}
