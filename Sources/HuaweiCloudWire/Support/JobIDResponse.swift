// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The body every asynchronous SDRS and ECS action returns: `{"job_id": "..."}`
/// (SDK `StartReverseProtectionGroupResponse`, `BatchStopServersResponse`, …).
public struct JobIDResponse: Sendable, Hashable {
    /// The job to poll; `nil` if the body lacks it (which a client should treat as an error).
    public var jobID: String?

    /// Creates a response.
    public init(jobID: String?) {
        self.jobID = jobID
    }
}

extension JobIDResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case jobID = "job_id"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(jobID: c.lenientString(.jobID))
    }

    /// Encodes `job_id` (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(jobID, forKey: .jobID)
    }
}
