// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Status of an ECS server (`server.status`, reference §6.2), derived by ECS from
/// (`OS-EXT-STS:vm_state`, `OS-EXT-STS:task_state`).
///
/// The documented values plus `PAUSED`, `SOFT_DELETED` and `SUSPENDED` from the SDK docstring. A stop
/// in flight still reads `ACTIVE` (with task state `powering-off`); a server is fully stopped at
/// `SHUTOFF` with a `nil` task state. Decoding never fails: other strings become `.unknown`.
public enum ECSServerStatus: WireStringEnum {
    /// `ACTIVE`: Running (also while powering off).
    case active
    /// `BUILD`: Being created.
    case build
    /// `ERROR`: Failed.
    case error
    /// `HARD_REBOOT`: Hard reboot in progress.
    case hardReboot
    /// `MIGRATING`: Live migration in progress.
    case migrating
    /// `REBOOT`: Reboot in progress.
    case reboot
    /// `REBUILD`: Rebuild in progress.
    case rebuild
    /// `RESIZE`: Flavor change in progress.
    case resize
    /// `REVERT_RESIZE`: Flavor change being reverted.
    case revertResize
    /// `SHUTOFF`: Stopped (or powering on).
    case shutoff
    /// `VERIFY_RESIZE`: Flavor change awaiting confirmation.
    case verifyResize
    /// `DELETED`: Deleted.
    case deleted
    /// `SHELVED`: Shelved.
    case shelved
    /// `SHELVED_OFFLOADED`: Shelved and offloaded.
    case shelvedOffloaded
    /// `UNKNOWN`: ECS itself reports an unknown state.
    case unknownState
    /// `PAUSED`: Paused (SDK docstring only).
    case paused
    /// `SOFT_DELETED`: Soft-deleted (SDK docstring only).
    case softDeleted
    /// `SUSPENDED`: Suspended (SDK docstring only).
    case suspended
    /// A value this module does not know, kept verbatim.
    case unknown(String)

    /// Every documented value, in documentation order.
    public static let knownCases: [ECSServerStatus] = [
        .active,
        .build,
        .error,
        .hardReboot,
        .migrating,
        .reboot,
        .rebuild,
        .resize,
        .revertResize,
        .shutoff,
        .verifyResize,
        .deleted,
        .shelved,
        .shelvedOffloaded,
        .unknownState,
        .paused,
        .softDeleted,
        .suspended,
    ]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .active: "ACTIVE"
        case .build: "BUILD"
        case .error: "ERROR"
        case .hardReboot: "HARD_REBOOT"
        case .migrating: "MIGRATING"
        case .reboot: "REBOOT"
        case .rebuild: "REBUILD"
        case .resize: "RESIZE"
        case .revertResize: "REVERT_RESIZE"
        case .shutoff: "SHUTOFF"
        case .verifyResize: "VERIFY_RESIZE"
        case .deleted: "DELETED"
        case .shelved: "SHELVED"
        case .shelvedOffloaded: "SHELVED_OFFLOADED"
        case .unknownState: "UNKNOWN"
        case .paused: "PAUSED"
        case .softDeleted: "SOFT_DELETED"
        case .suspended: "SUSPENDED"
        case .unknown(let value): value
        }
    }
}
