// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// In-flight task of an ECS server (`OS-EXT-STS:task_state`, reference §6.2).
///
/// The field is JSON `null` when the server is idle, so an idle server has a `nil` task state, not a
/// case of this enum. Decoding never fails: other strings become `.unknown`.
public enum ECSTaskState: WireStringEnum {
    /// `scheduling`: Being scheduled.
    case scheduling
    /// `block_device_mapping`: Disks being prepared.
    case blockDeviceMapping
    /// `networking`: Network being prepared.
    case networking
    /// `spawning`: Being spawned.
    case spawning
    /// `rebooting`: Rebooting.
    case rebooting
    /// `reboot_pending`: Reboot pending.
    case rebootPending
    /// `reboot_started`: Reboot started.
    case rebootStarted
    /// `rebooting_hard`: Hard rebooting.
    case rebootingHard
    /// `reboot_pending_hard`: Hard reboot pending.
    case rebootPendingHard
    /// `reboot_started_hard`: Hard reboot started.
    case rebootStartedHard
    /// `rebuilding`: Rebuilding.
    case rebuilding
    /// `rebuild_block_device_mapping`: Rebuild: disks being prepared.
    case rebuildBlockDeviceMapping
    /// `rebuild_spawning`: Rebuild: being spawned.
    case rebuildSpawning
    /// `migrating`: Migrating.
    case migrating
    /// `resize_prep`: Resize: preparing.
    case resizePrep
    /// `resize_migrating`: Resize: migrating.
    case resizeMigrating
    /// `resize_migrated`: Resize: migrated.
    case resizeMigrated
    /// `resize_finish`: Resize: finishing.
    case resizeFinish
    /// `resize_reverting`: Resize: reverting.
    case resizeReverting
    /// `powering-off`: Stopping; status still reads `ACTIVE`.
    case poweringOff
    /// `powering-on`: Starting; status still reads `SHUTOFF`.
    case poweringOn
    /// `deleting`: Being deleted.
    case deleting
    /// `shelving`: Being shelved.
    case shelving
    /// `shelving_offloading`: Being offloaded.
    case shelvingOffloading
    /// `shelving_image_pending_upload`: Shelving: image upload pending.
    case shelvingImagePendingUpload
    /// `shelving_image_uploading`: Shelving: image uploading.
    case shelvingImageUploading
    /// `unshelving`: Being unshelved.
    case unshelving
    /// A value this module does not know, kept verbatim.
    case unknown(String)

    /// Every documented value, in documentation order.
    public static let knownCases: [ECSTaskState] = [
        .scheduling,
        .blockDeviceMapping,
        .networking,
        .spawning,
        .rebooting,
        .rebootPending,
        .rebootStarted,
        .rebootingHard,
        .rebootPendingHard,
        .rebootStartedHard,
        .rebuilding,
        .rebuildBlockDeviceMapping,
        .rebuildSpawning,
        .migrating,
        .resizePrep,
        .resizeMigrating,
        .resizeMigrated,
        .resizeFinish,
        .resizeReverting,
        .poweringOff,
        .poweringOn,
        .deleting,
        .shelving,
        .shelvingOffloading,
        .shelvingImagePendingUpload,
        .shelvingImageUploading,
        .unshelving,
    ]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .scheduling: "scheduling"
        case .blockDeviceMapping: "block_device_mapping"
        case .networking: "networking"
        case .spawning: "spawning"
        case .rebooting: "rebooting"
        case .rebootPending: "reboot_pending"
        case .rebootStarted: "reboot_started"
        case .rebootingHard: "rebooting_hard"
        case .rebootPendingHard: "reboot_pending_hard"
        case .rebootStartedHard: "reboot_started_hard"
        case .rebuilding: "rebuilding"
        case .rebuildBlockDeviceMapping: "rebuild_block_device_mapping"
        case .rebuildSpawning: "rebuild_spawning"
        case .migrating: "migrating"
        case .resizePrep: "resize_prep"
        case .resizeMigrating: "resize_migrating"
        case .resizeMigrated: "resize_migrated"
        case .resizeFinish: "resize_finish"
        case .resizeReverting: "resize_reverting"
        case .poweringOff: "powering-off"
        case .poweringOn: "powering-on"
        case .deleting: "deleting"
        case .shelving: "shelving"
        case .shelvingOffloading: "shelving_offloading"
        case .shelvingImagePendingUpload: "shelving_image_pending_upload"
        case .shelvingImageUploading: "shelving_image_uploading"
        case .unshelving: "unshelving"
        case .unknown(let value): value
        }
    }
}
