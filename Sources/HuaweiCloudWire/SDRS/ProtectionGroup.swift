// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A protection group ("server group" in the API): the `server_group` object of SDRS show and
/// list responses (reference §2.1; SDK `ShowProtectionGroupParams`).
///
/// Every field is optional and may be JSON `null` on the wire. Encoding writes all 25 documented
/// keys, with `null` for `nil`, as the real service does. Timestamps stay strings; parse them
/// with `WireTimestamp` (the service uses `yyyy-MM-dd HH:mm:ss.SSS` here).
public struct ProtectionGroup: Sendable, Hashable {
    /// Protection group ID (UUID).
    public var id: String?
    /// Name.
    public var name: String?
    /// Description.
    public var description: String?
    /// Lifecycle status.
    public var status: ProtectionGroupStatus?
    /// Synchronisation progress in percent (0–100).
    public var progress: Int?
    /// Production AZ as chosen at creation; never changes, not even after switchover.
    public var sourceAvailabilityZone: String?
    /// DR AZ as chosen at creation; never changes, not even after switchover.
    public var targetAvailabilityZone: String?
    /// Active-active domain ID.
    public var domainID: String?
    /// Active-active domain name.
    public var domainName: String?
    /// Which creation-time AZ is the current production site; flips on switchover/failover.
    public var priorityStation: PriorityStation?
    /// Number of protected instances (`protected_instance_num`).
    public var protectedInstanceCount: Int?
    /// Number of replication pairs (`replication_num`).
    public var replicationCount: Int?
    /// Number of DR drills (`disaster_recovery_drill_num`).
    public var disasterRecoveryDrillCount: Int?
    /// Legacy `started`/`stopped`; `nil` for groups created after a service upgrade.
    public var protectedStatus: String?
    /// Legacy `active`/`inactive`/`copying`/`active-stopped`; `nil` for new groups.
    public var replicationStatus: String?
    /// Legacy `normal`/`abnormal`; `nil` for new groups.
    public var healthStatus: String?
    /// Production-site VPC ID.
    public var sourceVPCID: String?
    /// DR-site VPC ID.
    public var targetVPCID: String?
    /// DR-drill VPC ID; reserved.
    public var testVPCID: String?
    /// Deployment mode; only documented value `migration`.
    public var drType: String?
    /// Creation time, as sent (`2019-05-22 08:16:54.413`).
    public var createdAt: String?
    /// Update time, as sent.
    public var updatedAt: String?
    /// `replication-pair` or `nil` (legacy: all pairs synchronised as one unit).
    public var protectionType: String?
    /// Reserved; `nil` in samples.
    public var replicationModel: String?
    /// Managed server type; documented value `ECS`.
    public var serverType: String?

    /// Creates a protection group; every field defaults to `nil`.
    public init(
        id: String? = nil, name: String? = nil, description: String? = nil,
        status: ProtectionGroupStatus? = nil, progress: Int? = nil,
        sourceAvailabilityZone: String? = nil, targetAvailabilityZone: String? = nil,
        domainID: String? = nil, domainName: String? = nil, priorityStation: PriorityStation? = nil,
        protectedInstanceCount: Int? = nil, replicationCount: Int? = nil, disasterRecoveryDrillCount: Int? = nil,
        protectedStatus: String? = nil, replicationStatus: String? = nil, healthStatus: String? = nil,
        sourceVPCID: String? = nil, targetVPCID: String? = nil, testVPCID: String? = nil, drType: String? = nil,
        createdAt: String? = nil, updatedAt: String? = nil, protectionType: String? = nil,
        replicationModel: String? = nil, serverType: String? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.status = status
        self.progress = progress
        self.sourceAvailabilityZone = sourceAvailabilityZone
        self.targetAvailabilityZone = targetAvailabilityZone
        self.domainID = domainID
        self.domainName = domainName
        self.priorityStation = priorityStation
        self.protectedInstanceCount = protectedInstanceCount
        self.replicationCount = replicationCount
        self.disasterRecoveryDrillCount = disasterRecoveryDrillCount
        self.protectedStatus = protectedStatus
        self.replicationStatus = replicationStatus
        self.healthStatus = healthStatus
        self.sourceVPCID = sourceVPCID
        self.targetVPCID = targetVPCID
        self.testVPCID = testVPCID
        self.drType = drType
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.protectionType = protectionType
        self.replicationModel = replicationModel
        self.serverType = serverType
    }
}

extension ProtectionGroup: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, description, status, progress
        case sourceAvailabilityZone = "source_availability_zone"
        case targetAvailabilityZone = "target_availability_zone"
        case domainID = "domain_id"
        case domainName = "domain_name"
        case priorityStation = "priority_station"
        case protectedInstanceCount = "protected_instance_num"
        case replicationCount = "replication_num"
        case disasterRecoveryDrillCount = "disaster_recovery_drill_num"
        case protectedStatus = "protected_status"
        case replicationStatus = "replication_status"
        case healthStatus = "health_status"
        case sourceVPCID = "source_vpc_id"
        case targetVPCID = "target_vpc_id"
        case testVPCID = "test_vpc_id"
        case drType = "dr_type"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case protectionType = "protection_type"
        case replicationModel = "replication_model"
        case serverType = "server_type"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: c.lenientString(.id), name: c.lenientString(.name), description: c.lenientString(.description),
            status: c.lenientEnum(ProtectionGroupStatus.self, .status), progress: c.lenientInt(.progress),
            sourceAvailabilityZone: c.lenientString(.sourceAvailabilityZone),
            targetAvailabilityZone: c.lenientString(.targetAvailabilityZone),
            domainID: c.lenientString(.domainID), domainName: c.lenientString(.domainName),
            priorityStation: c.lenientEnum(PriorityStation.self, .priorityStation),
            protectedInstanceCount: c.lenientInt(.protectedInstanceCount),
            replicationCount: c.lenientInt(.replicationCount),
            disasterRecoveryDrillCount: c.lenientInt(.disasterRecoveryDrillCount),
            protectedStatus: c.lenientString(.protectedStatus), replicationStatus: c.lenientString(.replicationStatus),
            healthStatus: c.lenientString(.healthStatus), sourceVPCID: c.lenientString(.sourceVPCID),
            targetVPCID: c.lenientString(.targetVPCID), testVPCID: c.lenientString(.testVPCID),
            drType: c.lenientString(.drType), createdAt: c.lenientString(.createdAt),
            updatedAt: c.lenientString(.updatedAt), protectionType: c.lenientString(.protectionType),
            replicationModel: c.lenientString(.replicationModel), serverType: c.lenientString(.serverType)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(status, forKey: .status)
        try c.encode(progress, forKey: .progress)
        try c.encode(sourceAvailabilityZone, forKey: .sourceAvailabilityZone)
        try c.encode(targetAvailabilityZone, forKey: .targetAvailabilityZone)
        try c.encode(domainID, forKey: .domainID)
        try c.encode(domainName, forKey: .domainName)
        try c.encode(priorityStation, forKey: .priorityStation)
        try c.encode(protectedInstanceCount, forKey: .protectedInstanceCount)
        try c.encode(replicationCount, forKey: .replicationCount)
        try c.encode(disasterRecoveryDrillCount, forKey: .disasterRecoveryDrillCount)
        try c.encode(protectedStatus, forKey: .protectedStatus)
        try c.encode(replicationStatus, forKey: .replicationStatus)
        try c.encode(healthStatus, forKey: .healthStatus)
        try c.encode(sourceVPCID, forKey: .sourceVPCID)
        try c.encode(targetVPCID, forKey: .targetVPCID)
        try c.encode(testVPCID, forKey: .testVPCID)
        try c.encode(drType, forKey: .drType)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(protectionType, forKey: .protectionType)
        try c.encode(replicationModel, forKey: .replicationModel)
        try c.encode(serverType, forKey: .serverType)
    }
}
