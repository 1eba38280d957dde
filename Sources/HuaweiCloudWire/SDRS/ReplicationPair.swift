// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A replication pair (a production/DR disk pair): the `replication` object of SDRS show and
/// list responses (reference §3.5; SDK `ShowReplicationParams`).
///
/// Encoding writes all 16 documented keys, `null` for `nil`.
public struct ReplicationPair: Sendable, Hashable {
    /// Replication pair ID.
    public var id: String?
    /// Name.
    public var name: String?
    /// Description.
    public var description: String?
    /// Status.
    public var status: ReplicationPairStatus?
    /// The two disk IDs, comma-separated, exactly as sent (`volume_ids`); see `volumeIDList`.
    public var volumeIDs: String?
    /// Protected instances the pair is attached to (`attachment`).
    public var attachments: [ReplicationPairAttachment]?
    /// Replication mode; default `hypermetro` (synchronous).
    public var replicationModel: String?
    /// Synchronisation progress in percent.
    public var progress: Int?
    /// Legacy sync state: `active`, `inactive`, `copying` or `active-stopped`.
    public var replicationStatus: String?
    /// Error code, only when `status` is `error`.
    public var failureDetail: String?
    /// Fault level as a string: `"0"` none, `"2"` production disk unusable (failover advised),
    /// `"5"` replication link broken (failover impossible).
    public var faultLevel: String?
    /// Owning protection group ID.
    public var serverGroupID: String?
    /// Current production site (same meaning as on `ProtectionGroup`).
    public var priorityStation: PriorityStation?
    /// Disk facts.
    public var recordMetadata: ReplicationRecordMetadata?
    /// Creation time, as sent (`2018-05-04T03:43:24.108526`).
    public var createdAt: String?
    /// Update time, as sent.
    public var updatedAt: String?

    /// Creates a replication pair; every field defaults to `nil`.
    public init(
        id: String? = nil, name: String? = nil, description: String? = nil, status: ReplicationPairStatus? = nil,
        volumeIDs: String? = nil, attachments: [ReplicationPairAttachment]? = nil, replicationModel: String? = nil,
        progress: Int? = nil, replicationStatus: String? = nil, failureDetail: String? = nil,
        faultLevel: String? = nil, serverGroupID: String? = nil, priorityStation: PriorityStation? = nil,
        recordMetadata: ReplicationRecordMetadata? = nil, createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.status = status
        self.volumeIDs = volumeIDs
        self.attachments = attachments
        self.replicationModel = replicationModel
        self.progress = progress
        self.replicationStatus = replicationStatus
        self.failureDetail = failureDetail
        self.faultLevel = faultLevel
        self.serverGroupID = serverGroupID
        self.priorityStation = priorityStation
        self.recordMetadata = recordMetadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// `volumeIDs` split at commas, trimmed, empty parts dropped.
    public var volumeIDList: [String] {
        (volumeIDs ?? "").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

extension ReplicationPair: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, description, status, progress
        case volumeIDs = "volume_ids"
        case attachments = "attachment"
        case replicationModel = "replication_model"
        case replicationStatus = "replication_status"
        case failureDetail = "failure_detail"
        case faultLevel = "fault_level"
        case serverGroupID = "server_group_id"
        case priorityStation = "priority_station"
        case recordMetadata = "record_metadata"
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
            status: c.lenientEnum(ReplicationPairStatus.self, .status), volumeIDs: c.lenientString(.volumeIDs),
            attachments: c.lenientArray(ReplicationPairAttachment.self, .attachments),
            replicationModel: c.lenientString(.replicationModel), progress: c.lenientInt(.progress),
            replicationStatus: c.lenientString(.replicationStatus), failureDetail: c.lenientString(.failureDetail),
            faultLevel: c.lenientString(.faultLevel), serverGroupID: c.lenientString(.serverGroupID),
            priorityStation: c.lenientEnum(PriorityStation.self, .priorityStation),
            recordMetadata: c.lenientNested(ReplicationRecordMetadata.self, .recordMetadata),
            createdAt: c.lenientString(.createdAt), updatedAt: c.lenientString(.updatedAt)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(status, forKey: .status)
        try c.encode(volumeIDs, forKey: .volumeIDs)
        try c.encode(attachments, forKey: .attachments)
        try c.encode(replicationModel, forKey: .replicationModel)
        try c.encode(progress, forKey: .progress)
        try c.encode(replicationStatus, forKey: .replicationStatus)
        try c.encode(failureDetail, forKey: .failureDetail)
        try c.encode(faultLevel, forKey: .faultLevel)
        try c.encode(serverGroupID, forKey: .serverGroupID)
        try c.encode(priorityStation, forKey: .priorityStation)
        try c.encode(recordMetadata, forKey: .recordMetadata)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
