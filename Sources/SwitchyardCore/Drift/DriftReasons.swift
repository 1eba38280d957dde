// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The sentences (catalogue entries, `Catalog+Drift.swift`) and codes `DriftDetector` attaches to a
/// group.
enum DriftReasons {
    /// What `apply` does about a difference: `does` when the plan would act, a refusal when the
    /// plan blocks the group (its block reasons say why).
    static func remedy(_ does: MessageKey, blocked: Bool) -> Phrase.Argument {
        .phrase(Phrase(blocked ? .driftRemedyBlocked : does))
    }

    static func activeSiteDiffers(_ group: ResolvedGroup, blocked: Bool = false) -> DriftReason {
        let live = group.live.priorityStation ?? group.desiredSite.other
        return DriftReason(code: "active-site-differs", .driftActiveSiteDiffers, [
            "live": .text(live.description), "liveZone": .text(group.live.availabilityZone(of: live)),
            "desired": .text(group.desiredSite.description), "desiredZone": .text(group.live.availabilityZone(of: group.desiredSite)),
            "remedy": remedy(.driftRemedyMove, blocked: blocked),
        ])
    }

    static func transientStatus(_ status: String) -> DriftReason {
        switch status {
        case "reversing": DriftReason(code: "switchover-in-progress", .driftSwitchoverInProgress)
        case "failing-over": DriftReason(code: "failover-in-progress", .driftFailoverInProgress)
        default: DriftReason(code: "group-busy", .driftGroupBusy, ["status": .text(status)])
        }
    }

    /// Production is at the desired site but some of its servers do not run (`nil` when all run).
    /// Only for groups whose power switchyard manages (`startAfterSwitch`, the default).
    static func productionDown(_ group: ResolvedGroup, blocked: Bool = false) -> DriftReason? {
        guard group.live.groupStatus != .reversing else { return nil }
        let production = group.servers(at: group.desiredSite)
        let down = production.filter { !$0.server.isRunning }
        guard !down.isEmpty else { return nil }
        let names = down.map { SwitchChecks.display($0.server.name, $0.id) }.joined(separator: ", ")
        return DriftReason(code: "production-down", .driftProductionDown, [
            "down": .text(String(down.count)), "total": .text(String(production.count)),
            "zone": .text(group.live.availabilityZone(of: group.desiredSite)), "names": .text(names),
            "remedy": remedy(.driftRemedyStart, blocked: blocked),
        ])
    }

    /// Protection on while the file declares `protection: disabled` (`nil` otherwise; protection
    /// off or lost while declared enabled is already degraded health: `protection-not-enabled`,
    /// `failed-over`).
    static func protectionDiffers(_ group: ResolvedGroup, wish: ProtectionWish, blocked: Bool = false) -> DriftReason? {
        guard wish == .disabled, [.protected, .errorStopping].contains(group.live.groupStatus) else { return nil }
        return DriftReason(code: "protection-not-as-declared", .driftProtectionDiffers, [
            "status": .text(group.live.status), "remedy": remedy(.driftRemedyDisable, blocked: blocked),
        ])
    }

    /// What is wrong with a resolved group, apart from its site; empty when healthy.
    static func health(_ group: ResolvedGroup) -> [DriftReason] {
        var reasons: [DriftReason] = []
        let status = Phrase.Argument.text(group.live.status)
        switch group.live.groupStatus {
        case .failedOver:
            reasons.append(DriftReason(code: "failed-over", .driftFailedOver))
        case .available:
            reasons.append(DriftReason(code: "protection-not-enabled", .driftProtectionNotEnabled))
        case .error, .errorReversing, .errorStarting, .errorStopping, .errorFailingOver, .errorReprotecting, .errorDeleting,
             .unknown(_) where group.live.status.hasPrefix("error"):
            reasons.append(DriftReason(code: "group-failed", .driftGroupFailed, ["status": status]))
        case .unknown:
            reasons.append(DriftReason(code: "status-unknown", .driftStatusUnknown, ["status": status]))
        case .protected, .reversing, .failingOver, .creating, .starting, .reprotecting, .stopping, .deleting:
            break
        }
        if group.live.priorityStation == nil {
            reasons.append(DriftReason(code: "priority-station-unknown", .driftPriorityStationUnknown))
        }
        if group.live.replicationCount == 0 && group.replications.isEmpty {
            reasons.append(DriftReason(code: "no-replication-pairs", .driftNoReplicationPairs))
        }
        for replication in group.replications {
            let pair = Phrase.Argument.text(replication.id), pairStatus = Phrase.Argument.text(replication.status)
            if replication.linkBroken {
                reasons.append(DriftReason(code: "replication-broken", .driftReplicationBroken, ["pair": pair]))
            } else if let level = replication.faultLevel, level != "0" {
                reasons.append(DriftReason(code: "replication-fault", .driftReplicationFaultLevel, ["pair": pair, "level": .text(level), "status": pairStatus]))
            } else if unhealthy(replication.status) {
                reasons.append(DriftReason(code: "replication-fault", .driftReplicationStatus, ["pair": pair, "status": pairStatus]))
            }
        }
        for placed in group.instances where unhealthy(placed.instance.status) {
            reasons.append(DriftReason(code: "instance-invalid", .driftInstanceInvalid, [
                "instance": .text(placed.instance.id), "name": .text(placed.instance.name), "status": .text(placed.instance.status),
            ]))
        }
        for finding in group.findings {
            switch finding {
            case .serverMissing(let serverID, let instanceID):
                reasons.append(DriftReason(code: "server-missing", .driftServerMissing, ["server": .text(serverID), "instance": .text(instanceID)]))
            case .serverOutsideGroupZones(let serverID, let instanceID, let zone):
                let key: MessageKey = zone == nil ? .driftServerNoZone : .driftServerOutsideZones
                reasons.append(DriftReason(code: "server-outside-group-zones", key, [
                    "server": .text(serverID), "instance": .text(instanceID), "zone": .text(zone ?? ""),
                ]))
            case .instanceOnOneSite(let instanceID, let site):
                reasons.append(DriftReason(code: "instance-on-one-site", .driftInstanceOnOneSite, ["instance": .text(instanceID), "site": .text(site.description)]))
            }
        }
        return reasons
    }

    /// `fault`, `invalid`, `error*`: a pair or instance that needs a person.
    static func unhealthy(_ status: String) -> Bool {
        status == "fault" || status == "invalid" || status.hasPrefix("error")
    }

    /// Why a declaration matches no single live group.
    static func unresolved(_ resolution: GroupDiff.Resolution) -> DriftReason? {
        switch resolution {
        case .notFound:
            return DriftReason(code: "not-found", .driftNotFound)
        case .ambiguous(let ids):
            return DriftReason(code: "ambiguous", .driftAmbiguous, ["count": .text(String(ids.count)), "ids": .text(ids.joined(separator: ", "))])
        case .idNameConflict(let conflict):
            let idNames = conflict.nameOfGroupWithID.map { Phrase(.driftGroupNamed, ["name": .text($0)]) } ?? Phrase(.driftNoGroup)
            let nameNames = conflict.idsOfGroupsWithName.isEmpty
                ? Phrase(.driftNoGroup) : Phrase(.driftGroupIDs, ["ids": .text(conflict.idsOfGroupsWithName.joined(separator: ", "))])
            return DriftReason(code: "id-name-conflict", .driftIDNameConflict, [
                "id": .text(conflict.declaredID), "idNames": .phrase(idNames), "name": .text(conflict.declaredName), "nameNames": .phrase(nameNames),
            ])
        case .invalid(_, .activeSiteNotInGroup(let zone)):
            return DriftReason(code: "invalid-declaration", .driftActiveSiteNotInGroup, ["zone": .text(zone)])
        case .invalid(_, .duplicateOf(let address)):
            return DriftReason(code: "invalid-declaration", .driftDuplicateDeclaration, ["address": .text(address)])
        case .resolved, .unmanaged:
            return nil
        }
    }
}
