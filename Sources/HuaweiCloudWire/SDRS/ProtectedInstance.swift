// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A protected instance (a production/DR server pair): the `protected_instance` object of SDRS
/// show and list responses (reference §3.1; SDK `ShowProtectedInstanceParams`).
///
/// `sourceServer`/`targetServer` are documented as the production/DR servers; whether they swap
/// after a switchover is not documented, so decide which one runs where from ECS
/// `OS-EXT-AZ:availability_zone`, not from these names. Encoding writes all 14 documented keys,
/// `null` for `nil`.
public struct ProtectedInstance: Sendable, Hashable {
    /// Metadata key whose value `"true"` marks a frozen resource.
    public static let frozenMetadataKey = "__system__frozen"

    /// Protected instance ID.
    public var id: String?
    /// Name.
    public var name: String?
    /// Description.
    public var description: String?
    /// Owning protection group ID.
    public var serverGroupID: String?
    /// Status.
    public var status: ProtectedInstanceStatus?
    /// Synchronisation progress in percent.
    public var progress: Int?
    /// ECS ID documented as the production-site server.
    public var sourceServer: String?
    /// ECS ID documented as the DR-site server.
    public var targetServer: String?
    /// Current production site of the owning group (same meaning as on `ProtectionGroup`).
    public var priorityStation: PriorityStation?
    /// Attached replication pairs (`attachment`).
    public var attachments: [ProtectedInstanceAttachment]?
    /// User tags.
    public var tags: [ResourceTag]?
    /// Metadata; `{"__system__frozen": "true"}` when frozen, empty when not.
    public var metadata: [String: String]?
    /// Creation time, as sent (`2018-11-06 09:27:52.258`).
    public var createdAt: String?
    /// Update time, as sent.
    public var updatedAt: String?

    /// Creates a protected instance; every field defaults to `nil`.
    public init(
        id: String? = nil, name: String? = nil, description: String? = nil, serverGroupID: String? = nil,
        status: ProtectedInstanceStatus? = nil, progress: Int? = nil, sourceServer: String? = nil,
        targetServer: String? = nil, priorityStation: PriorityStation? = nil,
        attachments: [ProtectedInstanceAttachment]? = nil, tags: [ResourceTag]? = nil,
        metadata: [String: String]? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.serverGroupID = serverGroupID
        self.status = status
        self.progress = progress
        self.sourceServer = sourceServer
        self.targetServer = targetServer
        self.priorityStation = priorityStation
        self.attachments = attachments
        self.tags = tags
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether the metadata marks the instance as frozen (`__system__frozen` is `true`).
    public var isFrozen: Bool {
        metadata?[Self.frozenMetadataKey]?.lowercased() == "true"
    }
}

extension ProtectedInstance: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, description, status, progress, tags, metadata
        case serverGroupID = "server_group_id"
        case sourceServer = "source_server"
        case targetServer = "target_server"
        case priorityStation = "priority_station"
        case attachments = "attachment"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: c.lenientString(.id), name: c.lenientString(.name), description: c.lenientString(.description),
            serverGroupID: c.lenientString(.serverGroupID),
            status: c.lenientEnum(ProtectedInstanceStatus.self, .status), progress: c.lenientInt(.progress),
            sourceServer: c.lenientString(.sourceServer), targetServer: c.lenientString(.targetServer),
            priorityStation: c.lenientEnum(PriorityStation.self, .priorityStation),
            attachments: c.lenientArray(ProtectedInstanceAttachment.self, .attachments),
            tags: c.lenientArray(ResourceTag.self, .tags), metadata: c.lenientStringMap(.metadata),
            createdAt: c.lenientString(.createdAt), updatedAt: c.lenientString(.updatedAt)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(serverGroupID, forKey: .serverGroupID)
        try c.encode(status, forKey: .status)
        try c.encode(progress, forKey: .progress)
        try c.encode(sourceServer, forKey: .sourceServer)
        try c.encode(targetServer, forKey: .targetServer)
        try c.encode(priorityStation, forKey: .priorityStation)
        try c.encode(attachments, forKey: .attachments)
        try c.encode(tags, forKey: .tags)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
