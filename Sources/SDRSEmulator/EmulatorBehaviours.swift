// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Switches for behaviour the API documents do not settle ([UNCONFIRMED] in the reference) and for
/// optional strictness. Every default is documented in `docs/emulator.md`.
///
/// In YAML every key is optional and snake_case; a missing key keeps its default.
public struct EmulatorBehaviours: Sendable, Hashable, Codable {
    /// What a reverse of a group without replication pairs does. Default `.reject` (400 SDRS.1002).
    public var reverseWithoutReplicationPairs: ReverseWithoutReplicationPairs = .reject
    /// What a reverse whose `priority_station` equals the current one does. Default
    /// `.rejectInvalidPriorityStation` (400 SDRS.0216).
    public var reverseToCurrentStation: ReverseToCurrentStation = .rejectInvalidPriorityStation
    /// The code of the 400 answer to a reverse while a server that must be stopped runs.
    /// Default `SDRS.1319`; `SDRS.1352` and `SDRS.1316` are the documented alternatives.
    public var productionServerRunningCode: String = "SDRS.1319"
    /// Which servers must be stopped before a reverse. Default `.allServers`: the user guide
    /// requires every server of the group to be stopped (reference §12.1).
    public var reverseRequiresStopped: ReverseRequiresStopped = .allServers
    /// What stopping a stopped server / starting a running one does. Default `.succeed` (no-op sub-job).
    public var powerActionInTargetState: PowerActionInTargetState = .succeed
    /// Every SOFT stop hangs (never completes) when true. Default false. HARD stops always complete.
    public var softStopHangs: Bool = false
    /// What `count` means in SDRS list answers. Default `.total` (all matches, not the page).
    public var sdrsListCount: ListCount = .total
    /// Whether requests must be signed. Default true.
    public var verifySignatures: Bool = true
    /// Whether `X-Sdk-Date` must be within `maximumClockSkewSeconds` of the emulator's wall clock.
    public var enforceClockSkew: Bool = true
    /// The allowed clock skew in seconds. Default 900 (15 minutes).
    public var maximumClockSkewSeconds: Int = 900
    /// The gateway code for a missing, malformed or skewed `X-Sdk-Date` (401). Default `APIGW.0301`
    /// (reference §12.1); `APIGW.0303` is the app-auth variant.
    public var signatureDateErrorCode: String = "APIGW.0301"
    /// The prefix of every gateway error code. Default `.apigw` (`APIGW.0301`, `APIGW.0308`; reference
    /// §12.1); `.apig` gives the older `APIG.` codes.
    public var gatewayCodePrefix: GatewayCodePrefix = .apigw
    /// The body shape of SDRS error answers. Default `.wrapped` (`{"<wrapper>": {"code", "message"}}`);
    /// `.flat` gives `{"error_code", "error_msg"}`. Both occur (reference §12.1).
    public var sdrsErrorShape: SDRSErrorShape = .wrapped
    /// The answer when the path's project (or `X-Project-Id`) is not the credentials' project.
    public var projectMismatch: ProjectMismatch = .forbidden
    /// Lock an access key for 5 minutes after more than 5 consecutive signature failures. Default false.
    public var lockAccessKeyAfterFailures: Bool = false

    /// The documented defaults.
    public init() {}

    /// See `reverseWithoutReplicationPairs`.
    public enum ReverseWithoutReplicationPairs: String, Sendable, Hashable, Codable {
        /// 400 with SDRS.1002.
        case reject
        /// Accept; the job fails with SDRS.1029.
        case failJob = "fail-job"
    }

    /// See `reverseToCurrentStation`.
    public enum ReverseToCurrentStation: String, Sendable, Hashable, Codable {
        /// 400 with SDRS.0216 (invalid preferred AZ).
        case rejectInvalidPriorityStation = "reject-invalid-priority-station"
        /// 400 with SDRS.1002 (state does not allow the operation).
        case rejectState = "reject-state"
        /// Accept; the job runs and succeeds without flipping anything.
        case acceptAsNoOp = "accept-as-no-op"
    }

    /// See `powerActionInTargetState`.
    public enum PowerActionInTargetState: String, Sendable, Hashable, Codable {
        /// The sub-job succeeds at once and nothing changes.
        case succeed
        /// The sub-job fails with Ecs.0100.
        case failSubJob = "fail-sub-job"
    }

    /// See `reverseRequiresStopped`.
    public enum ReverseRequiresStopped: String, Sendable, Hashable, Codable {
        /// Every server of the group, DR-site servers included (the user guide's rule).
        case allServers = "all-servers"
        /// Only the servers at the current production site (the looser, older emulation).
        case productionServers = "production-servers"
    }

    /// See `gatewayCodePrefix`.
    public enum GatewayCodePrefix: String, Sendable, Hashable, Codable {
        /// `APIGW.xxxx`, as service endpoints answer.
        case apigw = "APIGW"
        /// `APIG.xxxx`, the codes of APIs published on API Gateway.
        case apig = "APIG"
    }

    /// See `sdrsErrorShape`.
    public enum SDRSErrorShape: String, Sendable, Hashable, Codable {
        /// `{"<wrapper>": {"code": "SDRS.1002", "message": "..."}}`.
        case wrapped
        /// `{"error_code": "SDRS.1002", "error_msg": "..."}`.
        case flat
    }

    /// See `sdrsListCount`.
    public enum ListCount: String, Sendable, Hashable, Codable {
        /// `count` is the number of all matching items.
        case total
        /// `count` is the number of items on this page.
        case pageLength = "page-length"
    }

    /// See `projectMismatch`.
    public enum ProjectMismatch: String, Sendable, Hashable, Codable {
        /// The service's own code: 400 SDRS.0001 (SDRS body) or 403 Ecs.0003 (ECS shape).
        case forbidden
        /// 401 with the gateway body APIGW.0301.
        case unauthorized
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case reverseWithoutReplicationPairs = "reverse_without_replication_pairs"
        case reverseToCurrentStation = "reverse_to_current_station"
        case productionServerRunningCode = "production_server_running_code"
        case reverseRequiresStopped = "reverse_requires_stopped"
        case powerActionInTargetState = "power_action_in_target_state"
        case softStopHangs = "soft_stop_hangs"
        case sdrsListCount = "sdrs_list_count"
        case verifySignatures = "verify_signatures"
        case enforceClockSkew = "enforce_clock_skew"
        case maximumClockSkewSeconds = "maximum_clock_skew_seconds"
        case signatureDateErrorCode = "signature_date_error_code"
        case gatewayCodePrefix = "gateway_code_prefix"
        case sdrsErrorShape = "sdrs_error_shape"
        case projectMismatch = "project_mismatch"
        case lockAccessKeyAfterFailures = "lock_access_key_after_failures"
    }

    /// Decodes a partial mapping; missing keys keep their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = EmulatorBehaviours()
        reverseWithoutReplicationPairs = try container.value(
            .reverseWithoutReplicationPairs, or: defaults.reverseWithoutReplicationPairs)
        reverseToCurrentStation = try container.value(.reverseToCurrentStation, or: defaults.reverseToCurrentStation)
        productionServerRunningCode = try container.value(
            .productionServerRunningCode, or: defaults.productionServerRunningCode)
        reverseRequiresStopped = try container.value(.reverseRequiresStopped, or: defaults.reverseRequiresStopped)
        powerActionInTargetState = try container.value(.powerActionInTargetState, or: defaults.powerActionInTargetState)
        softStopHangs = try container.value(.softStopHangs, or: defaults.softStopHangs)
        sdrsListCount = try container.value(.sdrsListCount, or: defaults.sdrsListCount)
        verifySignatures = try container.value(.verifySignatures, or: defaults.verifySignatures)
        enforceClockSkew = try container.value(.enforceClockSkew, or: defaults.enforceClockSkew)
        maximumClockSkewSeconds = try container.value(.maximumClockSkewSeconds, or: defaults.maximumClockSkewSeconds)
        signatureDateErrorCode = try container.value(.signatureDateErrorCode, or: defaults.signatureDateErrorCode)
        gatewayCodePrefix = try container.value(.gatewayCodePrefix, or: defaults.gatewayCodePrefix)
        sdrsErrorShape = try container.value(.sdrsErrorShape, or: defaults.sdrsErrorShape)
        projectMismatch = try container.value(.projectMismatch, or: defaults.projectMismatch)
        lockAccessKeyAfterFailures = try container.value(
            .lockAccessKeyAfterFailures, or: defaults.lockAccessKeyAfterFailures)
    }
}

extension KeyedDecodingContainer {
    /// The value at `key`, or `fallback` when the key is missing or null.
    func value<T: Decodable>(_ key: Key, or fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}
