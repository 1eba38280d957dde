// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Lifecycle status of a protection group (`server_group.status`, reference §2.2).
///
/// All 17 values of the official status table, plus three legacy strings that appear only inside
/// SDRS.1021–1023 error messages. Decoding never fails: other strings become `.unknown`.
public enum ProtectionGroupStatus: WireStringEnum {
    /// `creating`: Being created.
    case creating
    /// `available`: Usable, protection not enabled.
    case available
    /// `protected`: Protection enabled (replication running).
    case protected
    /// `deleting`: Being deleted.
    case deleting
    /// `error-deleting`: Deletion failed.
    case errorDeleting
    /// `error`: Creation failed.
    case error
    /// `starting`: Protection being enabled.
    case starting
    /// `error-starting`: Enabling protection failed.
    case errorStarting
    /// `reprotecting`: Re-protection in progress.
    case reprotecting
    /// `error-reprotecting`: Re-protection failed.
    case errorReprotecting
    /// `stopping`: Protection being disabled.
    case stopping
    /// `error-stopping`: Disabling protection failed.
    case errorStopping
    /// `reversing`: Planned switchover in progress.
    case reversing
    /// `error-reversing`: Planned switchover failed.
    case errorReversing
    /// `failing-over`: Failover in progress.
    case failingOver
    /// `failed-over`: Failover finished (replication stopped).
    case failedOver
    /// `error-failing-over`: Failover failed.
    case errorFailingOver
    /// `failed-over-back`: Legacy; seen only in SDRS.1021 messages.
    case failedOverBack
    /// `error-failing-over-back`: Legacy; seen only in SDRS.1022 messages.
    case errorFailingOverBack
    /// `error-failing-back`: Legacy; seen only in SDRS.1023 messages.
    case errorFailingBack
    /// A value this module does not know, kept verbatim.
    case unknown(String)

    /// Every documented value, in documentation order.
    public static let knownCases: [ProtectionGroupStatus] = [
        .creating,
        .available,
        .protected,
        .deleting,
        .errorDeleting,
        .error,
        .starting,
        .errorStarting,
        .reprotecting,
        .errorReprotecting,
        .stopping,
        .errorStopping,
        .reversing,
        .errorReversing,
        .failingOver,
        .failedOver,
        .errorFailingOver,
        .failedOverBack,
        .errorFailingOverBack,
        .errorFailingBack,
    ]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .creating: "creating"
        case .available: "available"
        case .protected: "protected"
        case .deleting: "deleting"
        case .errorDeleting: "error-deleting"
        case .error: "error"
        case .starting: "starting"
        case .errorStarting: "error-starting"
        case .reprotecting: "reprotecting"
        case .errorReprotecting: "error-reprotecting"
        case .stopping: "stopping"
        case .errorStopping: "error-stopping"
        case .reversing: "reversing"
        case .errorReversing: "error-reversing"
        case .failingOver: "failing-over"
        case .failedOver: "failed-over"
        case .errorFailingOver: "error-failing-over"
        case .failedOverBack: "failed-over-back"
        case .errorFailingOverBack: "error-failing-over-back"
        case .errorFailingBack: "error-failing-back"
        case .unknown(let value): value
        }
    }

    /// Whether the value names a failed operation (`error` or an `error-*` value).
    public var isError: Bool {
        rawValue == "error" || rawValue.hasPrefix("error-")
    }

    /// Whether an operation is in flight (`creating`, `deleting`, `starting`, `reprotecting`,
    /// `stopping`, `reversing`, `failing-over`); a reconciler waits rather than acts.
    public var isTransitional: Bool {
        switch self {
        case .creating, .deleting, .starting, .reprotecting, .stopping, .reversing, .failingOver: true
        default: false
        }
    }
}
