// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Phrases shared by the drift renderers, so every format says the same thing, in the reader's
/// ``Language`` (catalogue: `Catalog+Drift.swift`).
enum DriftWording {
    /// `target (cn-north-4b)`, or `unknown`.
    static func site(_ site: Site?, zone: String?, _ l: Language = .english) -> String {
        guard let site else { return l(.unknown) }
        return zone.map { "\(site) (\($0))" } ?? site.description
    }

    /// The live site of a group.
    static func live(_ group: GroupDrift, _ l: Language = .english) -> String { site(group.liveSite, zone: group.liveAvailabilityZone, l) }

    /// The desired site of a group (the declared text when it did not resolve).
    static func desired(_ group: GroupDrift, _ l: Language = .english) -> String {
        group.desiredSite == nil ? group.declaredActiveSite : site(group.desiredSite, zone: group.desiredAvailabilityZone, l)
    }

    /// `production at source (cn-north-4a)`, `production at unknown`.
    static func production(_ site: Site?, zone: String?, _ l: Language) -> Phrase.Argument {
        guard site != nil else { return .text(l(.driftProductionUnknown)) }
        return .text(l(.driftProductionAt, ["site": .text(self.site(site, zone: zone, l))]))
    }

    /// `drifted: production at source (cn-north-4a), Git declares target (cn-north-4b)` and the like.
    /// A group `plan` would block says so: `degraded, blocked (status protected): …`.
    static func headline(_ group: GroupDrift, _ l: Language = .english) -> String {
        let arguments: [String: Phrase.Argument] = [
            "production": production(group.liveSite, zone: group.liveAvailabilityZone, l), "desired": .text(desired(group, l)),
            "blocked": .text(group.isBlocked ? l(.driftHeadlineBlocked) : ""), "status": .text(group.status ?? l(.unknown)),
        ]
        return switch group.state {
        case .inSync: l(.headlineInSync, arguments)
        case .drifted: l(.driftHeadlineDrifted, arguments)
        case .inProgress: l(.driftHeadlineInProgress, arguments)
        case .degraded: l(.driftHeadlineDegraded, arguments)
        case .missing: l(.driftHeadlineMissing, ["code": .text(group.reasons.first?.code ?? "not-found")])
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
    static func legendItems(_ l: Language = .english) -> [String] {
        [.driftLegendDrifted, .driftLegendInProgress, .driftLegendDegraded, .driftLegendMissing, .legendInSync].map { l($0) }
    }

    /// `group grp-1 (status protected), since 2026-01-01T00:00:00Z, declared at desired.yaml:8:5`.
    static func facts(_ group: GroupDrift, _ l: Language = .english) -> String {
        var parts: [String] = []
        if let id = group.groupID {
            parts.append(group.status.map { l(.factGroupStatus, ["id": .text(id), "status": .text($0)]) } ?? l(.factGroup, ["id": .text(id)]))
        }
        if let since = group.since { parts.append(l(.driftFactSince, ["since": .text(since)])) }
        parts.append(l(.factDeclaredAt, ["location": .text(group.declaredAt)]))
        return parts.joined(separator: l(.listSeparator))
    }

    /// `legacy (grp-legacy), status protected, production at source (cn-north-4a)`.
    static func unmanaged(_ group: UnmanagedDriftGroup, _ l: Language = .english) -> String {
        let name = group.address == group.groupID ? group.groupID : l(.driftUnmanagedName, ["address": .text(group.address), "id": .text(group.groupID)])
        return l(.driftUnmanagedLine, [
            "name": .text(name), "status": .text(group.status), "production": production(group.liveSite, zone: group.liveAvailabilityZone, l),
        ])
    }

    /// `project p, region r`, or `nil` when neither is known.
    static func scope(_ report: DriftReport, _ l: Language = .english) -> String? {
        PlanWording.scope(projectID: report.projectID, region: report.region, l)
    }
}
