// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A DR drill: the `disaster_recovery_drill` object of SDRS show, list and rename responses
/// (reference §12.4; SDK `ShowDisasterRecoveryDrillParams`).
///
/// Every field is optional and may be JSON `null`. Encoding writes all eight keys, `null` for
/// `nil`. `status` stays a string (`creating`, `available`, `deleting`, `error`, `error-deleting`);
/// timestamps stay strings (`yyyy-MM-dd HH:mm:ss.SSS`), parse them with `WireTimestamp`.
public struct DisasterRecoveryDrill: Sendable, Hashable {
    /// Drill ID (UUID).
    public var id: String?
    /// Name (at most 64 bytes).
    public var name: String?
    /// Lifecycle status.
    public var status: String?
    /// The drill VPC.
    public var drillVPCID: String?
    /// Creation time, as sent.
    public var createdAt: String?
    /// Update time, as sent.
    public var updatedAt: String?
    /// The protection group drilled.
    public var serverGroupID: String?
    /// One drill server per protected instance (empty while creating).
    public var drillServers: [DrillServer]?

    /// Creates a drill; every field defaults to `nil`.
    public init(
        id: String? = nil, name: String? = nil, status: String? = nil, drillVPCID: String? = nil,
        createdAt: String? = nil, updatedAt: String? = nil, serverGroupID: String? = nil,
        drillServers: [DrillServer]? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.drillVPCID = drillVPCID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.serverGroupID = serverGroupID
        self.drillServers = drillServers
    }
}

extension DisasterRecoveryDrill: Codable {
    enum CodingKeys: String, CodingKey {
        case id, name, status
        case drillVPCID = "drill_vpc_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case serverGroupID = "server_group_id"
        case drillServers = "drill_servers"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: c.lenientString(.id), name: c.lenientString(.name), status: c.lenientString(.status),
            drillVPCID: c.lenientString(.drillVPCID), createdAt: c.lenientString(.createdAt),
            updatedAt: c.lenientString(.updatedAt), serverGroupID: c.lenientString(.serverGroupID),
            drillServers: c.lenientArray(DrillServer.self, .drillServers)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(status, forKey: .status)
        try c.encode(drillVPCID, forKey: .drillVPCID)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(serverGroupID, forKey: .serverGroupID)
        try c.encode(drillServers, forKey: .drillServers)
    }
}

/// One `drill_servers` entry (SDK `DrillServerParams`).
public struct DrillServer: Sendable, Hashable {
    /// The protected instance the drill server was built from (`protected_instance`).
    public var protectedInstanceID: String?
    /// The drill server's ECS ID.
    public var drillServerID: String?

    /// Creates an entry.
    public init(protectedInstanceID: String? = nil, drillServerID: String? = nil) {
        self.protectedInstanceID = protectedInstanceID
        self.drillServerID = drillServerID
    }
}

extension DrillServer: Codable {
    enum CodingKeys: String, CodingKey {
        case protectedInstanceID = "protected_instance"
        case drillServerID = "drill_server_id"
    }

    /// Decodes tolerantly.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(protectedInstanceID: c.lenientString(.protectedInstanceID), drillServerID: c.lenientString(.drillServerID))
    }

    /// Encodes both keys (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(protectedInstanceID, forKey: .protectedInstanceID)
        try c.encode(drillServerID, forKey: .drillServerID)
    }
}
