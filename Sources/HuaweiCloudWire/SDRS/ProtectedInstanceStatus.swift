// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Status of a protected instance (`protected_instance.status`, reference §3.2).
///
/// All 23 documented values. Decoding never fails: other strings become `.unknown`.
public enum ProtectedInstanceStatus: WireStringEnum {
    /// `creating`: Being created.
    case creating
    /// `available`: Created, protection not enabled.
    case available
    /// `deleting`: Being deleted.
    case deleting
    /// `error-deleting`: Deletion failed.
    case errorDeleting
    /// `error`: Creation failed.
    case error
    /// `nic-creating`: A NIC is being added.
    case nicCreating
    /// `nic-deleting`: A NIC is being removed.
    case nicDeleting
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
    /// `resizing`: Flavor change in progress.
    case resizing
    /// `error-resizing`: Flavor change failed.
    case errorResizing
    /// `invalid`: One of its servers was deleted.
    case invalid
    /// `fault`: A replication pair's sync state is abnormal.
    case fault
    /// A value this module does not know, kept verbatim.
    case unknown(String)

    /// Every documented value, in documentation order.
    public static let knownCases: [ProtectedInstanceStatus] = [
        .creating,
        .available,
        .deleting,
        .errorDeleting,
        .error,
        .nicCreating,
        .nicDeleting,
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
        .resizing,
        .errorResizing,
        .invalid,
        .fault,
    ]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .creating: "creating"
        case .available: "available"
        case .deleting: "deleting"
        case .errorDeleting: "error-deleting"
        case .error: "error"
        case .nicCreating: "nic-creating"
        case .nicDeleting: "nic-deleting"
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
        case .resizing: "resizing"
        case .errorResizing: "error-resizing"
        case .invalid: "invalid"
        case .fault: "fault"
        case .unknown(let value): value
        }
    }

    /// Whether the value names a failed operation (`error` or an `error-*` value).
    public var isError: Bool {
        rawValue == "error" || rawValue.hasPrefix("error-")
    }
}
