// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// An ECS asynchronous job: the body of `GET /v1/{project_id}/jobs/{job_id}` on the ECS endpoint
/// (reference §6.4; SDK `ShowJobResponse`).
///
/// Encoding writes the eight documented keys, `null` for `nil`. `code` and `message` appear
/// only when the job *query* failed and are written only when set.
public struct ECSJob: Sendable, Hashable {
    /// Job ID.
    public var jobID: String?
    /// Job type (the types used for batch stop/start are not documented).
    public var jobType: String?
    /// Status; `SUCCESS` and `FAIL` are terminal, `PENDING_PAYMENT` awaits an order payment.
    public var status: JobStatus?
    /// Start time, as sent (`2016-04-25T20:04:47.591Z`).
    public var beginTime: String?
    /// End time, as sent; `nil` while running.
    public var endTime: String?
    /// Error code on failure.
    public var errorCode: String?
    /// Failure reason on failure.
    public var failReason: String?
    /// Affected objects and sub-jobs.
    public var entities: ECSJobEntities?
    /// Error code of a failed job query.
    public var code: String?
    /// Error message of a failed job query.
    public var message: String?

    /// Creates a job; every field defaults to `nil`.
    public init(
        jobID: String? = nil, jobType: String? = nil, status: JobStatus? = nil, beginTime: String? = nil,
        endTime: String? = nil, errorCode: String? = nil, failReason: String? = nil,
        entities: ECSJobEntities? = nil, code: String? = nil, message: String? = nil
    ) {
        self.jobID = jobID
        self.jobType = jobType
        self.status = status
        self.beginTime = beginTime
        self.endTime = endTime
        self.errorCode = errorCode
        self.failReason = failReason
        self.entities = entities
        self.code = code
        self.message = message
    }
}

extension ECSJob: Codable {
    enum CodingKeys: String, CodingKey {
        case status, entities, code, message
        case jobID = "job_id"
        case jobType = "job_type"
        case beginTime = "begin_time"
        case endTime = "end_time"
        case errorCode = "error_code"
        case failReason = "fail_reason"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            jobID: c.lenientString(.jobID), jobType: c.lenientString(.jobType),
            status: c.lenientEnum(JobStatus.self, .status), beginTime: c.lenientString(.beginTime),
            endTime: c.lenientString(.endTime), errorCode: c.lenientString(.errorCode),
            failReason: c.lenientString(.failReason), entities: c.lenientNested(ECSJobEntities.self, .entities),
            code: c.lenientString(.code), message: c.lenientString(.message)
        )
    }

    /// Encodes the documented keys (`null` for `nil`); `code`/`message` only when set.
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
        try c.encodeIfPresent(code, forKey: .code)
        try c.encodeIfPresent(message, forKey: .message)
    }
}
