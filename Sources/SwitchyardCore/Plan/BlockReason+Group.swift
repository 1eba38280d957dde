// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension BlockReason {
    /// SDRS statuses that allow a planned switchover (`error-reversing` is a retry).
    public static let switchableStatuses: Set<String> = ["protected", "error-reversing"]

    /// The reason a group in `status` cannot be switched, or `nil` when the status allows it.
    public static func groupStatus(_ status: String) -> BlockReason? {
        guard !switchableStatuses.contains(status) else { return nil }
        let (code, message): (Code, String) = switch status {
        case "reversing":
            (.switchoverInProgress, "a switchover is already in progress (status reversing); wait for it to finish and plan again")
        case "failing-over":
            (.failoverInProgress, "a failover is in progress (status failing-over); wait for it to finish, then re-protect the group (start-server-group, with the DR-site servers shut down) before switching")
        case "failed-over":
            (.failedOver, "the group has failed over and replication is stopped (status failed-over); re-protect it first (start-server-group, with the DR-site servers shut down), wait until it is protected, then plan again")
        case "available":
            (.protectionNotEnabled, "protection is not enabled (status available); enable protection (start-server-group), wait until the group is protected, then plan again")
        case "creating", "starting", "reprotecting", "stopping", "deleting":
            (.groupBusy, "the group is \(busyPhrase[status] ?? status) (status \(status)); wait until it is protected and plan again")
        case "error", "error-starting", "error-stopping", "error-reprotecting", "error-failing-over", "error-deleting":
            (.groupFailed, failedPhrase[status] ?? status)
        default:
            (.groupStatusUnknown, "SDRS reports status '\(status)', which switchyard does not know; a switchover needs status protected (or error-reversing, to retry a failed switchover)")
        }
        return BlockReason(code: code, message: message)
    }

    private static let busyPhrase: [String: String] = [
        "creating": "being created",
        "starting": "having protection enabled",
        "reprotecting": "being re-protected",
        "stopping": "having protection disabled",
        "deleting": "being deleted",
    ]

    private static let failedPhrase: [String: String] = [
        "error": "SDRS failed to create the group (status error); delete it and create it again",
        "error-starting": "enabling protection failed (status error-starting); enable protection again (start-server-group) and plan again once the group is protected",
        "error-stopping": "disabling protection failed (status error-stopping); retry disabling it or enable protection again, and plan again once the group is protected",
        "error-reprotecting": "re-protection failed (status error-reprotecting); shut down the DR-site servers, re-protect the group again (start-server-group) and plan again once it is protected",
        "error-failing-over": "the failover failed (status error-failing-over); retry the failover and re-protect the group, or contact Huawei Cloud support",
        "error-deleting": "deleting the group failed (status error-deleting); retry the deletion or contact Huawei Cloud support; a group being deleted is not switched",
    ]

    /// The group has no replication pairs; SDRS refuses to switch it.
    public static let noReplicationPairs = BlockReason(
        code: .noReplicationPairs,
        message: "the group has no replication pairs, and SDRS only switches groups that have some; add protected instances (with their disks) to it first"
    )

    /// SDRS reported no (or an unknown) `priority_station`.
    public static let priorityStationUnknown = BlockReason(
        code: .priorityStationUnknown,
        message: "SDRS reported no known priority_station for the group, so switchyard cannot tell which site is production; check the group in the SDRS console"
    )

    /// A group this one depends on cannot be switched in this plan.
    public static func dependency(_ address: String, action: GroupAction) -> BlockReason {
        let why = switch action {
        case .notFound: "which was not found"
        case .ambiguous: "whose name is ambiguous"
        case .invalid: "whose declaration is invalid"
        default: "which is blocked"
        }
        return BlockReason(
            code: .dependencyBlocked,
            message: "depends on \(address), \(why); it must reach its site first, so fix it (or drop the dependency) and plan again",
            subject: address
        )
    }
}
