// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension BlockReason {
    /// SDRS statuses that allow a planned switchover (`error-reversing` is a retry).
    public static let switchableStatuses: Set<String> = ["protected", "error-reversing"]

    /// The reason a group in `status` cannot be switched, or `nil` when the status allows it.
    public static func groupStatus(_ status: String) -> BlockReason? {
        guard !switchableStatuses.contains(status) else { return nil }
        let (code, key): (Code, MessageKey) = switch status {
        case "reversing": (.switchoverInProgress, .reasonSwitchoverInProgress)
        case "failing-over": (.failoverInProgress, .reasonFailoverInProgress)
        case "failed-over": (.failedOver, .reasonFailedOver)
        case "available": (.protectionNotEnabled, .reasonProtectionNotEnabled)
        case "creating", "starting", "reprotecting", "stopping", "deleting": (.groupBusy, .reasonGroupBusy)
        case "error": (.groupFailed, .reasonGroupError)
        case "error-starting": (.groupFailed, .reasonErrorStarting)
        case "error-stopping": (.groupFailed, .reasonErrorStopping)
        case "error-reprotecting": (.groupFailed, .reasonErrorReprotecting)
        case "error-failing-over": (.groupFailed, .reasonErrorFailingOver)
        case "error-deleting": (.groupFailed, .reasonErrorDeleting)
        default: (.groupStatusUnknown, .reasonStatusUnknown)
        }
        var arguments: [String: Phrase.Argument] = ["status": .text(status)]
        if let doing = busyPhrase[status] { arguments["doing"] = .phrase(Phrase(doing)) }
        return BlockReason(code: code, key, arguments)
    }

    private static let busyPhrase: [String: MessageKey] = [
        "creating": .busyCreating,
        "starting": .busyStarting,
        "reprotecting": .busyReprotecting,
        "stopping": .busyStopping,
        "deleting": .busyDeleting,
    ]

    /// The group has no replication pairs; SDRS refuses to switch it.
    public static let noReplicationPairs = BlockReason(code: .noReplicationPairs, .reasonNoReplicationPairs)

    /// SDRS reported no (or an unknown) `priority_station`.
    public static let priorityStationUnknown = BlockReason(code: .priorityStationUnknown, .reasonPriorityStationUnknown)

    /// A group this one depends on cannot be switched in this plan.
    public static func dependency(_ address: String, action: GroupAction) -> BlockReason {
        let why: MessageKey = switch action {
        case .notFound: .dependencyNotFound
        case .ambiguous: .dependencyAmbiguous
        case .invalid: .dependencyInvalid
        default: .dependencyBlocked
        }
        return BlockReason(code: .dependencyBlocked, .reasonDependency, ["address": .text(address), "why": .phrase(Phrase(why))], subject: address)
    }
}
