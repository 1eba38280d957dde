// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The objects an SDRS job affects: `entities` of an SDRS job (SDK `JobEntities`; sub-jobs use
/// `SubJobEntities`, the same fields without `sub_jobs`).
///
/// Encoding writes the six ID keys (`null` for `nil`), and `disaster_recovery_drill_id` when set. `sub_jobs` is written only when
/// `subJobs` is set: a top-level job carries a list (empty when there are none), a sub-job's
/// entities carry no `sub_jobs` key at all. So the emulator sets `subJobs: []` on top-level
/// jobs and leaves it `nil` inside sub-jobs.
public struct SDRSJobEntities: Sendable, Hashable {
    /// Replication pair ID (replication pair operations).
    public var replicationPairID: String?
    /// Disk IDs, comma-separated.
    public var volumeIDs: String?
    /// Protection group ID (group operations).
    public var serverGroupID: String?
    /// Protected instance ID.
    public var protectedInstanceID: String?
    /// DR-site server ID.
    public var nativeServerID: String?
    /// NIC ID.
    public var nicID: String?
    /// Sub-jobs; `nil` inside a sub-job.
    public var subJobs: [SDRSJob]?
    /// DR drill jobs (`createDisasterRecoveryDrill`, `deleteDisasterRecoveryDrill`): the drill
    /// (reference §12.4; not in the SDK's `JobEntities`, so written only when set).
    public var disasterRecoveryDrillID: String?

    /// Creates entities; every field defaults to `nil`.
    public init(
        replicationPairID: String? = nil, volumeIDs: String? = nil, serverGroupID: String? = nil,
        protectedInstanceID: String? = nil, nativeServerID: String? = nil, nicID: String? = nil,
        subJobs: [SDRSJob]? = nil, disasterRecoveryDrillID: String? = nil
    ) {
        self.replicationPairID = replicationPairID
        self.volumeIDs = volumeIDs
        self.serverGroupID = serverGroupID
        self.protectedInstanceID = protectedInstanceID
        self.nativeServerID = nativeServerID
        self.nicID = nicID
        self.subJobs = subJobs
        self.disasterRecoveryDrillID = disasterRecoveryDrillID
    }
}

extension SDRSJobEntities: Codable {
    enum CodingKeys: String, CodingKey {
        case replicationPairID = "replication_pair_id"
        case volumeIDs = "volume_ids"
        case serverGroupID = "server_group_id"
        case protectedInstanceID = "protected_instance_id"
        case nativeServerID = "native_server_id"
        case nicID = "nic_id"
        case subJobs = "sub_jobs"
        case disasterRecoveryDrillID = "disaster_recovery_drill_id"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            replicationPairID: c.lenientString(.replicationPairID), volumeIDs: c.lenientString(.volumeIDs),
            serverGroupID: c.lenientString(.serverGroupID), protectedInstanceID: c.lenientString(.protectedInstanceID),
            nativeServerID: c.lenientString(.nativeServerID), nicID: c.lenientString(.nicID),
            subJobs: c.lenientArray(SDRSJob.self, .subJobs),
            disasterRecoveryDrillID: c.lenientString(.disasterRecoveryDrillID)
        )
    }

    /// Encodes the ID keys (`null` for `nil`) and `sub_jobs` when set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(replicationPairID, forKey: .replicationPairID)
        try c.encode(volumeIDs, forKey: .volumeIDs)
        try c.encode(serverGroupID, forKey: .serverGroupID)
        try c.encode(protectedInstanceID, forKey: .protectedInstanceID)
        try c.encode(nativeServerID, forKey: .nativeServerID)
        try c.encode(nicID, forKey: .nicID)
        try c.encodeIfPresent(subJobs, forKey: .subJobs)
        try c.encodeIfPresent(disasterRecoveryDrillID, forKey: .disasterRecoveryDrillID)
    }
}
