// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The sentences and codes `DriftDetector` attaches to a group.
enum DriftReasons {
    /// What `apply` does about a difference: `does` when the plan would act, a refusal when the
    /// plan blocks the group (its block reasons say why).
    static func remedy(_ does: String, blocked: Bool) -> String {
        blocked ? "'switchyard apply' cannot act while the group is blocked (see the block reasons)" : "'switchyard apply' \(does)"
    }

    static func activeSiteDiffers(_ group: ResolvedGroup, blocked: Bool = false) -> DriftReason {
        let live = group.live.priorityStation ?? group.desiredSite.other
        return DriftReason(
            code: "active-site-differs",
            message: "production is at \(live) (\(group.live.availabilityZone(of: live))), but Git declares \(group.desiredSite) (\(group.live.availabilityZone(of: group.desiredSite))); \(remedy("moves it there", blocked: blocked)), or change activeSite in Git if production belongs where it is"
        )
    }

    static func transientStatus(_ status: String) -> DriftReason {
        switch status {
        case "reversing":
            DriftReason(code: "switchover-in-progress", message: "a switchover is in progress (status reversing); check again when it has finished")
        case "failing-over":
            DriftReason(code: "failover-in-progress", message: "a failover is in progress (status failing-over); the group will need re-protection afterwards")
        default:
            DriftReason(code: "group-busy", message: "SDRS is busy with the group (status \(status)); check again when it is protected")
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
        return DriftReason(
            code: "production-down",
            message: "production is down: \(down.count) of \(production.count) server(s) at \(group.live.availabilityZone(of: group.desiredSite)) not running (\(names)); \(remedy("starts them", blocked: blocked))"
        )
    }

    /// Protection on while the file declares `protection: disabled` (`nil` otherwise; protection
    /// off or lost while declared enabled is already degraded health: `protection-not-enabled`,
    /// `failed-over`).
    static func protectionDiffers(_ group: ResolvedGroup, wish: ProtectionWish, blocked: Bool = false) -> DriftReason? {
        guard wish == .disabled, [.protected, .errorStopping].contains(group.live.groupStatus) else { return nil }
        return DriftReason(
            code: "protection-not-as-declared",
            message: "protection is on (status \(group.live.status)), but Git declares protection: disabled; \(remedy("disables it", blocked: blocked)), or declare protection: enabled (or unmanaged)"
        )
    }

    /// What is wrong with a resolved group, apart from its site; empty when healthy.
    static func health(_ group: ResolvedGroup) -> [DriftReason] {
        var reasons: [DriftReason] = []
        let status = group.live.status
        switch group.live.groupStatus {
        case .failedOver:
            reasons.append(DriftReason(code: "failed-over", message: "not protected: the group has failed over and replication is stopped (status failed-over); re-protect it (protection: enabled, then 'switchyard apply')"))
        case .available:
            reasons.append(DriftReason(code: "protection-not-enabled", message: "protection is not enabled (status available); nothing is replicated"))
        case .error, .errorReversing, .errorStarting, .errorStopping, .errorFailingOver, .errorReprotecting, .errorDeleting,
             .unknown(_) where status.hasPrefix("error"):
            reasons.append(DriftReason(code: "group-failed", message: "an SDRS operation on the group failed (status \(status)); see the SDRS console and retry or repair it"))
        case .unknown:
            reasons.append(DriftReason(code: "status-unknown", message: "SDRS reports status '\(status)', which switchyard does not know"))
        case .protected, .reversing, .failingOver, .creating, .starting, .reprotecting, .stopping, .deleting:
            break
        }
        if group.live.priorityStation == nil {
            reasons.append(DriftReason(code: "priority-station-unknown", message: "SDRS reported no known priority_station, so nobody can tell which site is production"))
        }
        if group.live.replicationCount == 0 && group.replications.isEmpty {
            reasons.append(DriftReason(code: "no-replication-pairs", message: "the group has no replication pairs: nothing is protected"))
        }
        for replication in group.replications {
            if replication.linkBroken {
                reasons.append(DriftReason(code: "replication-broken", message: "replication pair \(replication.id): the replication link is broken (fault_level 5)"))
            } else if let level = replication.faultLevel, level != "0" {
                reasons.append(DriftReason(code: "replication-fault", message: "replication pair \(replication.id) reports fault_level \(level) (status \(replication.status))"))
            } else if unhealthy(replication.status) {
                reasons.append(DriftReason(code: "replication-fault", message: "replication pair \(replication.id) has status \(replication.status)"))
            }
        }
        for placed in group.instances where unhealthy(placed.instance.status) {
            reasons.append(DriftReason(code: "instance-invalid", message: "protected instance \(placed.instance.id) (\(placed.instance.name)) has status \(placed.instance.status)"))
        }
        for finding in group.findings {
            switch finding {
            case .serverMissing(let serverID, let instanceID):
                reasons.append(DriftReason(code: "server-missing", message: "server \(serverID) of protected instance \(instanceID) no longer exists in ECS"))
            case .serverOutsideGroupZones(let serverID, let instanceID, let zone):
                reasons.append(DriftReason(code: "server-outside-group-zones", message: "server \(serverID) of protected instance \(instanceID) is in \(zone.map { "AZ \($0)" } ?? "no reported AZ"), neither of the group's"))
            case .instanceOnOneSite(let instanceID, let site):
                reasons.append(DriftReason(code: "instance-on-one-site", message: "both servers of protected instance \(instanceID) are at \(site); the other site has none"))
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
            DriftReason(code: "not-found", message: "no protection group with this ID or name exists in the project")
        case .ambiguous(let ids):
            DriftReason(code: "ambiguous", message: "\(ids.count) protection groups have this name (\(ids.joined(separator: ", "))); declare the id as well")
        case .idNameConflict(let conflict):
            DriftReason(
                code: "id-name-conflict",
                message: "the declared id \(conflict.declaredID) names \(conflict.nameOfGroupWithID.map { "group '\($0)'" } ?? "no group"), and the name '\(conflict.declaredName)' names \(conflict.idsOfGroupsWithName.isEmpty ? "no group" : conflict.idsOfGroupsWithName.joined(separator: ", "))"
            )
        case .invalid(_, .activeSiteNotInGroup(let zone)):
            DriftReason(code: "invalid-declaration", message: "activeSite \(zone) is neither of the group's availability zones")
        case .invalid(_, .duplicateOf(let address)):
            DriftReason(code: "invalid-declaration", message: "the same protection group is already declared as \(address)")
        case .resolved, .unmanaged:
            nil
        }
    }
}
