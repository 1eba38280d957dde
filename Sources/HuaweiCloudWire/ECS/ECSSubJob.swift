// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One sub-job of an ECS job: an element of `entities.sub_jobs` (reference §6.4; SDK `SubJob`).
///
/// For batch stop/start expect one sub-job per server, carrying its `server_id`.
public struct ECSSubJob: Sendable, Hashable {
    /// Sub-job ID (`job_id`).
    public var jobID: String?
    /// Sub-job type (`job_type`).
    public var jobType: String?
    /// Status (`SUCCESS`, `RUNNING`, `FAIL`, `INIT`).
    public var status: JobStatus?
    /// Start time, as sent (`begin_time`).
    public var beginTime: String?
    /// End time, as sent (`end_time`).
    public var endTime: String?
    /// Error code on failure (`error_code`).
    public var errorCode: String?
    /// Failure reason on failure (`fail_reason`).
    public var failReason: String?
    /// Affected objects.
    public var entities: ECSSubJobEntities?

    /// Creates a value; every field defaults to `nil`.
    public init(
        jobID: String? = nil, jobType: String? = nil, status: JobStatus? = nil, beginTime: String? = nil,
        endTime: String? = nil, errorCode: String? = nil, failReason: String? = nil,
        entities: ECSSubJobEntities? = nil
    ) {
        self.jobID = jobID
        self.jobType = jobType
        self.status = status
        self.beginTime = beginTime
        self.endTime = endTime
        self.errorCode = errorCode
        self.failReason = failReason
        self.entities = entities
    }
}

extension ECSSubJob: Codable {
    enum CodingKeys: String, CodingKey {
        case jobID = "job_id"
        case jobType = "job_type"
        case status
        case beginTime = "begin_time"
        case endTime = "end_time"
        case errorCode = "error_code"
        case failReason = "fail_reason"
        case entities
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            jobID: c.lenientString(.jobID),
            jobType: c.lenientString(.jobType),
            status: c.lenientEnum(JobStatus.self, .status),
            beginTime: c.lenientString(.beginTime),
            endTime: c.lenientString(.endTime),
            errorCode: c.lenientString(.errorCode),
            failReason: c.lenientString(.failReason),
            entities: c.lenientNested(ECSSubJobEntities.self, .entities)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(jobID, forKey: .jobID)
        try c.encode(jobType, forKey: .jobType)
        try c.encode(status, forKey: .status)
        try c.encode(beginTime, forKey: .beginTime)
        try c.encode(endTime, forKey: .endTime)
        try c.encode(errorCode, forKey: .errorCode)
        try c.encode(failReason, forKey: .failReason)
        try c.encode(entities, forKey: .entities)
    }
}
