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
        let instanceText = "protected instance \(display(instance.name, instance.id))"
        var reasons: [BlockReason] = []
        let findings = group.findings.filter { $0.instanceID == instance.id }
        let missing = findings.compactMap { finding -> String? in
            if case .serverMissing(let serverID, _) = finding { return serverID }
            return nil
        }
        for serverID in missing {
            reasons.append(BlockReason(
                code: .serverDeleted,
                message: "server \(serverID) of \(instanceText) no longer exists in ECS: it was deleted outside SDRS, and switching would fail and leave the group unusable; remove the protected instance from the group (or restore the server) before switching",
                subject: serverID
            ))
        }
        if instance.status == "invalid" && missing.isEmpty {
            reasons.append(BlockReason(
                code: .instanceInvalid,
                message: "\(instanceText) is invalid (one of its servers was deleted outside SDRS); switching would fail and leave the group unusable; remove the protected instance from the group first",
                subject: instance.id
            ))
        } else if instance.status != "invalid" && !BlockReason.switchableStatuses.contains(instance.status) {
            let detail = instance.status == "fault"
                ? "is fault (the synchronisation of one of its replication pairs is abnormal); wait for replication to recover or fix the pair, then plan again"
                : "is in status \(instance.status), not protected; wait until it is protected (or repair it) and plan again"
            reasons.append(BlockReason(code: .instanceNotProtected, message: "\(instanceText) \(detail)", subject: instance.id))
        }
        if instance.frozen {
            reasons.append(BlockReason(
                code: .instanceFrozen,
                message: "\(instanceText) is frozen (usually for billing or a security restriction); it must be unfrozen before switching",
                subject: instance.id
            ))
        }
        for server in placed.servers where server.server.exists {
            reasons += serverProblems(server.server)
        }
        for finding in findings {
            reasons += placementProblem(finding, instanceText: instanceText, group: group)
        }
        return reasons
    }

    private static func placementProblem(_ finding: PlacementFinding, instanceText: String, group: ResolvedGroup) -> [BlockReason] {
        let zones = "\(group.live.sourceAvailabilityZone), \(group.live.targetAvailabilityZone)"
        switch finding {
        case .serverMissing:
            return []  // reported first, as server-deleted
        case .serverOutsideGroupZones(let serverID, _, let zone):
            let serverText = "server \(serverName(serverID, in: group))"
            let message = zone.map {
                "\(serverText) of \(instanceText) is in availability zone \($0), which is neither of the group's (\(zones)); switchyard places servers by AZ and cannot tell which site it belongs to, so check the protected instance"
            } ?? "ECS reports no availability zone for \(serverText) of \(instanceText); switchyard places servers by AZ (\(zones)) and cannot tell which site it belongs to"
            return [BlockReason(code: .serverOutsideGroupZones, message: message, subject: serverID)]
        case .instanceOnOneSite(let instanceID, let site):
            return [BlockReason(
                code: .instanceOnOneSite,
                message: "both servers of \(instanceText) are in \(group.live.availabilityZone(of: site)) (the \(site) site), so the other site has no server for it; check the protected instance",
                subject: instanceID
            )]
        }
    }

    private static func serverName(_ id: String, in group: ResolvedGroup) -> String {
        let name = group.servers.first { $0.id == id }?.server.name ?? ""
        return display(name, id)
    }

    private static func serverProblems(_ server: LiveServer) -> [BlockReason] {
        let serverText = "server \(display(server.name, server.id))"
        var reasons: [BlockReason] = []
        if server.status != "ACTIVE" && server.status != "SHUTOFF" {
            reasons.append(BlockReason(
                code: .serverStatus,
                message: "\(serverText) is in status \(server.status); switchyard only stops and starts servers that are ACTIVE or SHUTOFF, so repair it (or wait for its current task to end) and plan again",
                subject: server.id
            ))
        }
        if server.frozen {
            reasons.append(BlockReason(
                code: .serverFrozen,
                message: "\(serverText) is frozen in ECS (usually for billing or a security restriction); unfreeze it before switching",
                subject: server.id
            ))
        }
        if server.locked {
            reasons.append(BlockReason(
                code: .serverLocked,
                message: "\(serverText) is locked in ECS, so it cannot be stopped or started; unlock it before switching",
                subject: server.id
            ))
        }
        return reasons
    }

    private static func replicationProblems(_ replication: LiveReplication) -> [BlockReason] {
        let text = "replication pair \(replication.id)"
        var reasons: [BlockReason] = []
        if replication.linkBroken {
            reasons.append(BlockReason(
                code: .replicationLinkBroken,
                message: "the link of \(text) is broken (fault level 5); SDRS can neither switch nor fail over the group; contact Huawei Cloud support",
                subject: replication.id
            ))
        } else if replication.faultLevel == "2" {
            reasons.append(BlockReason(
                code: .replicationDiskInaccessible,
                message: "the production disk of \(text) has lost read/write access (fault level 2); a planned switchover cannot run, and SDRS advises a failover instead",
                subject: replication.id
            ))
        }
        switch replication.status {
        case _ where BlockReason.switchableStatuses.contains(replication.status):
            break
        case "fault":
            reasons.append(BlockReason(
                code: .replicationFault,
                message: "\(text) is fault (its data synchronisation is abnormal); wait for it to recover or contact Huawei Cloud support, then plan again",
                subject: replication.id
            ))
        case "invalid":
            reasons.append(BlockReason(
                code: .replicationFault,
                message: "\(text) is invalid (one of its disks was deleted); switching would fail; remove the pair from the group first",
                subject: replication.id
            ))
        default:
            reasons.append(BlockReason(
                code: .replicationNotProtected,
                message: "\(text) is in status \(replication.status), not protected; wait until it is protected and plan again",
                subject: replication.id
            ))
        }
        return reasons
    }

    /// `name (id)`, or just the ID when the name is empty.
    static func display(_ name: String, _ id: String) -> String {
        name.isEmpty ? id : "\(name) (\(id))"
    }
}
