// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The objects an ECS job affects: `entities` of an ECS job (reference §6.4; SDK `JobEntities`).
///
/// The SDK declares `sub_jobs_total` as `int`, so it is encoded as a JSON number.
public struct ECSJobEntities: Sendable, Hashable {
    /// Server the job acts on, for single-server jobs (`server_id`).
    public var serverID: String?
    /// NIC the job acts on (`nic_id`).
    public var nicID: String?
    /// Number of sub-jobs (`sub_jobs_total`).
    public var subJobsTotal: Int?
    /// Sub-jobs, one per server for batch actions (`sub_jobs`).
    public var subJobs: [ECSSubJob]?

    /// Creates a value; every field defaults to `nil`.
    public init(
        serverID: String? = nil, nicID: String? = nil, subJobsTotal: Int? = nil, subJobs: [ECSSubJob]? = nil
    ) {
        self.serverID = serverID
        self.nicID = nicID
        self.subJobsTotal = subJobsTotal
        self.subJobs = subJobs
    }
}

extension ECSJobEntities: Codable {
    enum CodingKeys: String, CodingKey {
        case serverID = "server_id"
        case nicID = "nic_id"
        case subJobsTotal = "sub_jobs_total"
        case subJobs = "sub_jobs"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            serverID: c.lenientString(.serverID),
            nicID: c.lenientString(.nicID),
            subJobsTotal: c.lenientInt(.subJobsTotal),
            subJobs: c.lenientArray(ECSSubJob.self, .subJobs)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(serverID, forKey: .serverID)
        try c.encode(nicID, forKey: .nicID)
        try c.encode(subJobsTotal, forKey: .subJobsTotal)
        try c.encode(subJobs, forKey: .subJobs)
    }
}
