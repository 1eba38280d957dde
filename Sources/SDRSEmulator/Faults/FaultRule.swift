// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One injected fault: what goes wrong, for which operation, and how often.
///
/// Trigger: with `probability` each matching call fires with that chance (drawn from the seeded
/// generator); with `count` only, the next `count` matching calls fire; with both, at most `count`
/// calls fire, each with that chance; with neither, every matching call fires. A rule whose count
/// reaches zero is removed.
public struct FaultRule: Sendable, Hashable, Codable {
    /// Assigned by the store (`fault-1`, `fault-2`, …); ignored on input.
    public var id: String?
    /// What goes wrong.
    public var kind: FaultKind
    /// The SDK operation name it applies to (`EmulatorOperation` raw value); `nil` = every
    /// operation the kind applies to.
    public var operation: String?
    /// Chance in `[0, 1]` that a matching call fires.
    public var probability: Double?
    /// How many more times the rule may fire.
    public var count: Int?
    /// `throttled`: the `Retry-After` header value in seconds (default 2).
    public var retryAfterSeconds: Int?
    /// `latency`: extra delay in milliseconds (scaled by `timeScale`).
    public var latencyMilliseconds: Int?
    /// `reverse-job-failure`: the job's `error_code` (default SDRS.1029); `drill-job-failure`:
    /// default SDRS.1922 (create) or SDRS.1923 (delete).
    public var errorCode: String?
    /// `reverse-job-failure`: the job's `fail_reason`.
    public var failReason: String?
    /// `reverse-job-failure`, `drill-job-failure`: only jobs of this group.
    public var groupID: String?
    /// `soft-stop-hang`: only SOFT stops of this server.
    public var serverID: String?

    /// Creates a rule.
    public init(
        kind: FaultKind, operation: EmulatorOperation? = nil, probability: Double? = nil, count: Int? = nil,
        retryAfterSeconds: Int? = nil, latencyMilliseconds: Int? = nil, errorCode: String? = nil,
        failReason: String? = nil, groupID: String? = nil, serverID: String? = nil
    ) {
        self.kind = kind
        self.operation = operation?.rawValue
        self.probability = probability
        self.count = count
        self.retryAfterSeconds = retryAfterSeconds
        self.latencyMilliseconds = latencyMilliseconds
        self.errorCode = errorCode
        self.failReason = failReason
        self.groupID = groupID
        self.serverID = serverID
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, operation, probability, count
        case retryAfterSeconds = "retry_after_seconds"
        case latencyMilliseconds = "latency_ms"
        case errorCode = "error_code"
        case failReason = "fail_reason"
        case groupID = "group_id"
        case serverID = "server_id"
    }

    /// The largest `latency_ms` accepted: every number the admin API takes is bounded.
    static let maximumLatencyMilliseconds = 86_400_000
    /// The largest `retry_after_seconds` accepted.
    static let maximumRetryAfterSeconds = 86_400

    /// A sentence naming the first problem, or `nil` when the rule is usable.
    var validationProblem: String? {
        if let operation, EmulatorOperation(rawValue: operation) == nil {
            return "unknown operation '\(operation)'; use an SDK operation name such as ListProtectionGroups"
        }
        if let probability, !(0...1).contains(probability) {
            return "probability must be between 0 and 1"
        }
        if let count, count < 0 {
            return "count must not be negative"
        }
        if kind == .latency, (latencyMilliseconds ?? -1) < 0 {
            return "a latency fault needs latency_ms ≥ 0"
        }
        if let latencyMilliseconds, latencyMilliseconds > Self.maximumLatencyMilliseconds {
            return "latency_ms must be at most \(Self.maximumLatencyMilliseconds) (1 day, before time scaling)"
        }
        if let retryAfterSeconds, !(0...Self.maximumRetryAfterSeconds).contains(retryAfterSeconds) {
            return "retry_after_seconds must be between 0 and \(Self.maximumRetryAfterSeconds) (1 day)"
        }
        if kind == .drillJobFailure, let operation,
            operation != EmulatorOperation.createDisasterRecoveryDrill.rawValue,
            operation != EmulatorOperation.deleteDisasterRecoveryDrill.rawValue
        {
            return "drill-job-failure applies to CreateDisasterRecoveryDrill and DeleteDisasterRecoveryDrill only"
        }
        if kind == .groupJobFailure, let operation,
            ![EmulatorOperation.startFailoverProtectionGroup, .startProtectionGroup, .stopProtectionGroup].map(\.rawValue).contains(operation)
        {
            return "group-job-failure applies to StartFailoverProtectionGroup, StartProtectionGroup and StopProtectionGroup only"
        }
        if kind == .flowControl, let operation,
            operation != EmulatorOperation.batchStopServers.rawValue,
            operation != EmulatorOperation.batchStartServers.rawValue
        {
            return "flow-control applies to BatchStopServers and BatchStartServers only"
        }
        return nil
    }
}

/// The kinds of fault.
public enum FaultKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// HTTP 500: SDRS.0013 (SDRS) or Common.0001 (ECS).
    case internalError = "internal-error"
    /// HTTP 503: SDRS.0013 (SDRS) or Common.1503 (ECS).
    case serviceUnavailable = "service-unavailable"
    /// HTTP 429 with the gateway body APIGW.0308 and a `Retry-After` header.
    case throttled
    /// ECS flow control: HTTP 202 with Common.0024 (batch actions only).
    case flowControl = "flow-control"
    /// The connection is closed without any response.
    case dropConnection = "drop-connection"
    /// The response is delayed by `latency_ms` (scaled); the call then proceeds.
    case latency
    /// An accepted reverse's job fails with `error_code`.
    case reverseJobFailure = "reverse-job-failure"
    /// A SOFT stop never completes (the server stays `powering-off`).
    case softStopHang = "soft-stop-hang"
    /// The stop of one server (`server_id`) fails in its sub-job of the batch job with
    /// `error_code` (default Ecs.0100); the server stays running, the other servers stop.
    case stopSubJobFailure = "stop-sub-job-failure"
    /// An accepted DR drill create or delete (`operation` picks one; `nil` = both) ends with a
    /// failed job: the drill becomes `error` (create) or `error-deleting` (delete).
    case drillJobFailure = "drill-job-failure"
    /// An accepted failover, re-protect, enable or disable protection (`operation` picks
    /// StartFailoverProtectionGroup, StartProtectionGroup or StopProtectionGroup; `nil` = any; `group_id`
    /// one group) ends with a failed job (`error_code`, default that action's SDRS code) and the
    /// group in its `error-*` status.
    case groupJobFailure = "group-job-failure"

    /// Kinds decided when a request arrives (the others act inside the store).
    var isRequestFault: Bool {
        switch self {
        case .reverseJobFailure, .softStopHang, .stopSubJobFailure, .drillJobFailure, .groupJobFailure: false
        default: true
        }
    }
}
