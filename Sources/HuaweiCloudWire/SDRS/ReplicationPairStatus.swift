// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Status of a replication pair (`replication.status`, reference §3.5).
///
/// All 25 documented values. Decoding never fails: other strings become `.unknown`.
public enum ReplicationPairStatus: WireStringEnum {
    /// `creating`: Being created.
    case creating
    /// `available`: Created, protection not enabled.
    case available
    /// `deleting`: Being deleted.
    case deleting
    /// `error-deleting`: Deletion failed.
    case errorDeleting
    /// `error`: Creation failed; see `failure_detail`.
    case error
    /// `extending`: Being expanded.
    case extending
    /// `error-extending`: Expansion failed.
    case errorExtending
    /// `starting`: Protection being enabled.
    case starting
    /// `error-starting`: Enabling protection failed.
    case errorStarting
    /// `protected`: Protection enabled.
    case protected
    /// `reversing`: Planned switchover in progress.
    case reversing
    /// `failing-over`: Failover in progress.
    case failingOver
    /// `failed-over`: Failover finished.
    case failedOver
    /// `reprotecting`: Re-protection in progress.
    case reprotecting
    /// `stopping`: Protection being disabled.
    case stopping
    /// `error-stopping`: Disabling protection failed.
    case errorStopping
    /// `error-reversing`: Planned switchover failed.
    case errorReversing
    /// `error-failing-over`: Failover failed.
    case errorFailingOver
    /// `error-reprotecting`: Re-protection failed.
    case errorReprotecting
    /// `invalid`: A disk of the pair was deleted.
    case invalid
    /// `fault`: Synchronisation is abnormal.
    case fault
    /// `attaching`: Being attached to a protected instance.
    case attaching
    /// `detaching`: Being detached from a protected instance.
    case detaching
    /// `error-attaching`: Attaching failed.
    case errorAttaching
    /// `error-detaching`: Detaching failed.
    case errorDetaching
    /// A value this module does not know, kept verbatim.
    case unknown(String)

    /// Every documented value, in documentation order.
    public static let knownCases: [ReplicationPairStatus] = [
        .creating,
        .available,
        .deleting,
        .errorDeleting,
        .error,
        .extending,
        .errorExtending,
        .starting,
        .errorStarting,
        .protected,
        .reversing,
        .failingOver,
        .failedOver,
        .reprotecting,
        .stopping,
        .errorStopping,
        .errorReversing,
        .errorFailingOver,
        .errorReprotecting,
        .invalid,
        .fault,
        .attaching,
        .detaching,
        .errorAttaching,
        .errorDetaching,
    ]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .creating: "creating"
        case .available: "available"
        case .deleting: "deleting"
        case .errorDeleting: "error-deleting"
        case .error: "error"
        case .extending: "extending"
        case .errorExtending: "error-extending"
        case .starting: "starting"
        case .errorStarting: "error-starting"
        case .protected: "protected"
        case .reversing: "reversing"
        case .failingOver: "failing-over"
        case .failedOver: "failed-over"
        case .reprotecting: "reprotecting"
        case .stopping: "stopping"
        case .errorStopping: "error-stopping"
        case .errorReversing: "error-reversing"
        case .errorFailingOver: "error-failing-over"
        case .errorReprotecting: "error-reprotecting"
        case .invalid: "invalid"
        case .fault: "fault"
        case .attaching: "attaching"
        case .detaching: "detaching"
        case .errorAttaching: "error-attaching"
        case .errorDetaching: "error-detaching"
        case .unknown(let value): value
        }
    }

    /// Whether the value names a failed operation (`error` or an `error-*` value).
    public var isError: Bool {
        rawValue == "error" || rawValue.hasPrefix("error-")
    }
}
