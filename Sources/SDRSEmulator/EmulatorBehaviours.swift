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
    /// The code of the 400 answer to a reverse while a current-production server is not stopped.
    /// Default `SDRS.1319`; `SDRS.1352` and `SDRS.1316` are the documented alternatives.
    public var productionServerRunningCode: String = "SDRS.1319"
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
    /// The gateway code for a missing, malformed or skewed `X-Sdk-Date` (401). Default `APIG.0301`;
    /// `APIG.0303` is the app-auth variant.
    public var signatureDateErrorCode: String = "APIG.0301"
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

    /// See `sdrsListCount`.
    public enum ListCount: String, Sendable, Hashable, Codable {
        /// `count` is the number of all matching items.
        case total
        /// `count` is the number of items on this page.
        case pageLength = "page-length"
    }

    /// See `projectMismatch`.
    public enum ProjectMismatch: String, Sendable, Hashable, Codable {
        /// 403 with the service's own code: SDRS.0001 (wrapped) or Ecs.0003 (ECS shape).
        case forbidden
        /// 401 with the gateway body APIG.0301.
        case unauthorized
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case reverseWithoutReplicationPairs = "reverse_without_replication_pairs"
        case reverseToCurrentStation = "reverse_to_current_station"
        case productionServerRunningCode = "production_server_running_code"
        case powerActionInTargetState = "power_action_in_target_state"
        case softStopHangs = "soft_stop_hangs"
        case sdrsListCount = "sdrs_list_count"
        case verifySignatures = "verify_signatures"
        case enforceClockSkew = "enforce_clock_skew"
        case maximumClockSkewSeconds = "maximum_clock_skew_seconds"
        case signatureDateErrorCode = "signature_date_error_code"
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
        powerActionInTargetState = try container.value(.powerActionInTargetState, or: defaults.powerActionInTargetState)
        softStopHangs = try container.value(.softStopHangs, or: defaults.softStopHangs)
        sdrsListCount = try container.value(.sdrsListCount, or: defaults.sdrsListCount)
        verifySignatures = try container.value(.verifySignatures, or: defaults.verifySignatures)
        enforceClockSkew = try container.value(.enforceClockSkew, or: defaults.enforceClockSkew)
        maximumClockSkewSeconds = try container.value(.maximumClockSkewSeconds, or: defaults.maximumClockSkewSeconds)
        signatureDateErrorCode = try container.value(.signatureDateErrorCode, or: defaults.signatureDateErrorCode)
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
