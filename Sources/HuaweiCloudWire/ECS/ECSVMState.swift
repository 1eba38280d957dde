// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Stable state of an ECS server (`OS-EXT-STS:vm_state`, reference §6.2).
///
/// Decoding never fails: other strings become `.unknown`.
public enum ECSVMState: WireStringEnum {
    /// `building`: Being created.
    case building
    /// `active`: Running.
    case active
    /// `stopped`: Stopped.
    case stopped
    /// `resized`: Resized, awaiting confirmation or revert.
    case resized
    /// `error`: Failed.
    case error
    /// `deleted`: Deleted.
    case deleted
    /// `shelved`: Shelved.
    case shelved
    /// `shelved_offloaded`: Shelved and offloaded.
    case shelvedOffloaded
    /// A value this module does not know, kept verbatim.
    case unknown(String)

    /// Every documented value, in documentation order.
    public static let knownCases: [ECSVMState] = [
        .building,
        .active,
        .stopped,
        .resized,
        .error,
        .deleted,
        .shelved,
        .shelvedOffloaded,
    ]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .building: "building"
        case .active: "active"
        case .stopped: "stopped"
        case .resized: "resized"
        case .error: "error"
        case .deleted: "deleted"
        case .shelved: "shelved"
        case .shelvedOffloaded: "shelved_offloaded"
        case .unknown(let value): value
        }
    }
}
