// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Phrases shared by the drift renderers, so every format says the same thing.
enum DriftWording {
    /// `target (cn-north-4b)`, or `unknown`.
    static func site(_ site: Site?, zone: String?) -> String {
        guard let site else { return "unknown" }
        return zone.map { "\(site) (\($0))" } ?? site.description
    }

    /// The live site of a group.
    static func live(_ group: GroupDrift) -> String { site(group.liveSite, zone: group.liveAvailabilityZone) }

    /// The desired site of a group (the declared text when it did not resolve).
    static func desired(_ group: GroupDrift) -> String {
        group.desiredSite == nil ? group.declaredActiveSite : site(group.desiredSite, zone: group.desiredAvailabilityZone)
    }

    /// `drifted: production at source (cn-north-4a), Git declares target (cn-north-4b)` and the like.
    /// A group `plan` would block says so: `degraded, blocked (status protected): …`.
    static func headline(_ group: GroupDrift) -> String {
        let blocked = group.isBlocked ? ", blocked" : ""
        return switch group.state {
        case .inSync: "in sync at \(desired(group))"
        case .drifted: "drifted: production at \(live(group)), Git declares \(desired(group))"
        case .inProgress: "in progress\(blocked) (status \(group.status ?? "unknown")): production at \(live(group)), Git declares \(desired(group))"
        case .degraded: "degraded\(blocked) (status \(group.status ?? "unknown")): production at \(live(group)), Git declares \(desired(group))"
        case .missing: "missing: \(group.reasons.first?.code ?? "not-found")"
        }
    }

    /// The groups that are not in sync, in the order every view uses (the plan's): what `apply`
    /// would change by wave (then address), then groups SDRS is busy with, then blocked or degraded
    /// ones, then missing ones.
    static func notInSync(_ report: DriftReport) -> [GroupDrift] {
        func rank(_ group: GroupDrift) -> Int {
            if group.wave != nil && !group.isBlocked { return 0 }  // apply would change it
            return switch group.state {
            case .inSync, .drifted: 0
            case .inProgress: 1
            case .degraded: 2
            case .missing: 3
            }
        }
        return report.groups.filter { $0.state != .inSync }
            .sorted { (rank($0), $0.wave ?? 0, $0.address, $0.declaredAt) < (rank($1), $1.wave ?? 0, $1.address, $1.declaredAt) }
    }

    /// The drift facts worth listing beside a group's block reasons: those the block reasons do not
    /// already say (same code, or the drift code for the same fact).
    static func reasons(_ group: GroupDrift) -> [DriftReason] {
        guard let blocked = group.blocked, !blocked.isEmpty else { return group.reasons }
        let said = Set(blocked.map(\.code.rawValue))
        return group.reasons.filter { !said.contains(sameFact[$0.code] ?? $0.code) }
    }

    /// Drift codes whose block reason has another code for the same fact.
    static let sameFact = [
        "replication-broken": BlockReason.Code.replicationLinkBroken.rawValue,
        "server-missing": BlockReason.Code.serverDeleted.rawValue,
        "status-unknown": BlockReason.Code.groupStatusUnknown.rawValue,
    ]

    /// The symbols' meanings, one line.
    /// Printed two spaces apart, as many per line as the width allows.
    static let legendItems = ["~ drifted", "> in progress", "! degraded or blocked", "? missing", "= in sync"]

    /// `group grp-1 (status protected), since 2026-01-01T00:00:00Z, declared at desired.yaml:8:5`.
    static func facts(_ group: GroupDrift) -> String {
        var parts: [String] = []
        if let id = group.groupID { parts.append("group \(id)" + (group.status.map { " (status \($0))" } ?? "")) }
        if let since = group.since { parts.append("since \(since)") }
        parts.append("declared at \(group.declaredAt)")
        return parts.joined(separator: ", ")
    }

    /// `legacy (grp-legacy, status protected), production at source (cn-north-4a)`.
    static func unmanaged(_ group: UnmanagedDriftGroup) -> String {
        let name = group.address == group.groupID ? group.groupID : "\(group.address) (\(group.groupID))"
        return "\(name), status \(group.status), production at \(site(group.liveSite, zone: group.liveAvailabilityZone))"
    }

    /// `project p, region r`, or `nil` when neither is known.
    static func scope(_ report: DriftReport) -> String? {
        var parts: [String] = []
        if let projectID = report.projectID { parts.append("project \(projectID)") }
        if let region = report.region { parts.append("region \(region)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
