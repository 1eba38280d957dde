// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// How a group that needs nothing more ended.
public enum GroupOutcome: String, Sendable, Hashable, Codable {
    /// This run changed the group and it is now as desired.
    case converged
    /// The group was already as desired; nothing was changed.
    case alreadyConverged = "already-converged"
}

/// Why a group failed, with what the operator needs to act.
public struct GroupFailure: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// Coarse reason.
    public enum Reason: String, Sendable, Hashable, Codable {
        case shutdownTimeout = "shutdown-timeout"
        case stopFailed = "stop-failed"
        case switchTimeout = "switch-timeout"
        case reverseFailed = "reverse-failed"
        case reverseNotEffective = "reverse-not-effective"
        case startFailed = "start-failed"
        case startTimeout = "start-timeout"
        case cloudError = "cloud-error"
        case noProgress = "no-progress"
        /// The group became unswitchable after this run had already changed it.
        case blockedMidway = "blocked-midway"
        /// Starting production servers would have run both sites at once: nothing was started.
        case bothSitesWouldRun = "both-sites-would-run"
        /// The failover job failed or left the group elsewhere.
        case failoverFailed = "failover-failed"
        /// Re-protect, enable or disable protection failed.
        case protectionFailed = "protection-failed"
        /// The failover or protection change did not end within its timeout.
        case groupActionTimeout = "group-action-timeout"
    }

    public var reason: Reason
    /// What happened (English in JSON and the journal; any language for people).
    public var message: Message
    /// The job's or the API's error code (e.g. `SDRS.1029`).
    public var errorCode: String?
    public var failReason: String?
    public var jobID: CloudJobID?
    /// The servers' state as last seen, e.g. "production servers left stopped (2)".
    public var serverState: Message?
    /// The next safe action for the operator.
    public var nextSafeAction: Message

    public init(
        reason: Reason, message: Message, errorCode: String? = nil, failReason: String? = nil,
        jobID: CloudJobID? = nil, serverState: Message? = nil, nextSafeAction: Message
    ) {
        self.reason = reason
        self.message = message
        self.errorCode = errorCode
        self.failReason = failReason
        self.jobID = jobID
        self.serverState = serverState
        self.nextSafeAction = nextSafeAction
    }

    enum CodingKeys: String, CodingKey {
        case reason, message
        case errorCode = "error_code"
        case failReason = "fail_reason"
        case jobID = "job_id"
        case serverState = "server_state"
        case nextSafeAction = "next_safe_action"
    }

    public var description: String { summary.text }

    /// The whole failure in one sentence: what happened `[code]: fail reason; servers. Next: what to
    /// do`, writable in any language (error codes and the cloud's fail reason stay as they came).
    public var summary: Message {
        Message(.failureSentence, [
            "message": message.argument,
            "code": .text(errorCode.map { " [\($0)]" } ?? ""),
            "failReason": .text(failReason.map { ": \($0)" } ?? ""),
            "serverState": serverState.map { .phrase(Phrase(.failureServerState, ["state": $0.argument])) } ?? "",
            "next": nextSafeAction.argument,
        ])
    }
}
