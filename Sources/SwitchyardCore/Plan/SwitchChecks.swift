// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Every reason a resolved group cannot be switched right now, collected (not just the first).
///
/// Order is stable: group-level reasons, then per instance (sorted by ID) the instance and its
/// servers, then the replication pairs (sorted by ID). Statuses come from §2.2/§3.2/§3.5 of the SDRS
/// reference; a server is judged by ECS (`status`, `locked`, `EcmResStatus`), never by SDRS fields.
public enum SwitchChecks {
    /// All blocking reasons for switching `group` to its desired site.
    public static func blockers(for group: ResolvedGroup) -> [BlockReason] {
        var reasons: [BlockReason] = []
        if let status = BlockReason.groupStatus(group.live.status) { reasons.append(status) }
        if group.live.priorityStation == nil { reasons.append(.priorityStationUnknown) }
        if max(group.live.replicationCount, group.replications.count) == 0 { reasons.append(.noReplicationPairs) }
        reasons += resourceProblems(of: group)
        return reasons
    }

    /// The problems of the group's instances, servers and replication pairs (no group status).
    /// In-sync groups report these as notes: they would block a later switch.
    public static func resourceProblems(of group: ResolvedGroup) -> [BlockReason] {
        var reasons: [BlockReason] = []
        for placed in group.instances {
            reasons += instanceProblems(placed, group: group)
        }
        for replication in group.replications {
            reasons += replicationProblems(replication)
        }
        return reasons
    }

    private static func instanceProblems(_ placed: PlacedInstance, group: ResolvedGroup) -> [BlockReason] {
        let instance = placed.instance
        let instanceText = Phrase.Argument.phrase(Phrase(.protectedInstance, ["instance": .text(display(instance.name, instance.id))]))
        var reasons: [BlockReason] = []
        let findings = group.findings.filter { $0.instanceID == instance.id }
        let missing = findings.compactMap { finding -> String? in
            if case .serverMissing(let serverID, _) = finding { return serverID }
            return nil
        }
        for serverID in missing {
            reasons.append(BlockReason(code: .serverDeleted, .reasonServerDeleted, ["server": .text(serverID), "instance": instanceText], subject: serverID))
        }
        if instance.status == "invalid" && missing.isEmpty {
            reasons.append(BlockReason(code: .instanceInvalid, .reasonInstanceInvalid, ["instance": instanceText], subject: instance.id))
        } else if instance.status != "invalid" && !BlockReason.switchableStatuses.contains(instance.status) {
            let key: MessageKey = instance.status == "fault" ? .reasonInstanceFault : .reasonInstanceStatus
            reasons.append(BlockReason(code: .instanceNotProtected, key, ["instance": instanceText, "status": .text(instance.status)], subject: instance.id))
        }
        if instance.frozen {
            reasons.append(BlockReason(code: .instanceFrozen, .reasonInstanceFrozen, ["instance": instanceText], subject: instance.id))
        }
        for server in placed.servers where server.server.exists {
            reasons += serverProblems(server.server)
        }
        for finding in findings {
            reasons += placementProblem(finding, instanceText: instanceText, group: group)
        }
        return reasons
    }

    private static func placementProblem(_ finding: PlacementFinding, instanceText: Phrase.Argument, group: ResolvedGroup) -> [BlockReason] {
        let zones = "\(group.live.sourceAvailabilityZone), \(group.live.targetAvailabilityZone)"
        switch finding {
        case .serverMissing:
            return []  // reported first, as server-deleted
        case .serverOutsideGroupZones(let serverID, _, let zone):
            let serverText = Phrase.Argument.phrase(Phrase(.serverNamed, ["server": .text(serverName(serverID, in: group))]))
            let arguments: [String: Phrase.Argument] = ["server": serverText, "instance": instanceText, "zones": .text(zones), "zone": .text(zone ?? "")]
            return [BlockReason(code: .serverOutsideGroupZones, zone == nil ? .reasonServerNoZone : .reasonServerOutsideZones, arguments, subject: serverID)]
        case .instanceOnOneSite(let instanceID, let site):
            let arguments: [String: Phrase.Argument] = ["instance": instanceText, "zone": .text(group.live.availabilityZone(of: site)), "site": .text(site.description)]
            return [BlockReason(code: .instanceOnOneSite, .reasonInstanceOnOneSite, arguments, subject: instanceID)]
        }
    }

    private static func serverName(_ id: String, in group: ResolvedGroup) -> String {
        let name = group.servers.first { $0.id == id }?.server.name ?? ""
        return display(name, id)
    }

    private static func serverProblems(_ server: LiveServer) -> [BlockReason] {
        let serverText = Phrase.Argument.phrase(Phrase(.serverNamed, ["server": .text(display(server.name, server.id))]))
        var reasons: [BlockReason] = []
        if server.status != "ACTIVE" && server.status != "SHUTOFF" {
            reasons.append(BlockReason(code: .serverStatus, .reasonServerStatus, ["server": serverText, "status": .text(server.status)], subject: server.id))
        }
        if server.frozen {
            reasons.append(BlockReason(code: .serverFrozen, .reasonServerFrozen, ["server": serverText], subject: server.id))
        }
        if server.locked {
            reasons.append(BlockReason(code: .serverLocked, .reasonServerLocked, ["server": serverText], subject: server.id))
        }
        return reasons
    }

    private static func replicationProblems(_ replication: LiveReplication) -> [BlockReason] {
        let text: [String: Phrase.Argument] = ["pair": .phrase(Phrase(.replicationPairNamed, ["id": .text(replication.id)])), "status": .text(replication.status)]
        var reasons: [BlockReason] = []
        if replication.linkBroken {
            reasons.append(BlockReason(code: .replicationLinkBroken, .reasonLinkBroken, text, subject: replication.id))
        } else if replication.faultLevel == "2" {
            reasons.append(BlockReason(code: .replicationDiskInaccessible, .reasonDiskInaccessible, text, subject: replication.id))
        }
        switch replication.status {
        case _ where BlockReason.switchableStatuses.contains(replication.status):
            break
        case "fault":
            reasons.append(BlockReason(code: .replicationFault, .reasonReplicationFault, text, subject: replication.id))
        case "invalid":
            reasons.append(BlockReason(code: .replicationFault, .reasonReplicationInvalid, text, subject: replication.id))
        default:
            reasons.append(BlockReason(code: .replicationNotProtected, .reasonReplicationStatus, text, subject: replication.id))
        }
        return reasons
    }

    /// `name (id)`, or just the ID when the name is empty.
    static func display(_ name: String, _ id: String) -> String {
        name.isEmpty ? id : "\(name) (\(id))"
    }
}
