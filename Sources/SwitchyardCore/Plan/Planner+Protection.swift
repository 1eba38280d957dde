// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Failover, re-protect, enable and disable protection (SDRS reference §12.3), planned from the
/// declaration and the live group like a switchover.
extension Planner {
    /// The group is failing over, or the file declares a failover and production is elsewhere.
    /// A failover is never chosen without the declaration: `failoverPlan` is only reached with it,
    /// or to wait for (or refuse) a failover already in flight.
    static func failoverPlan(_ group: ResolvedGroup, from liveSite: Site, desired: DesiredGroup, into plan: inout GroupPlan) {
        let live = group.live
        let target = group.desiredSite
        plan.failoverReason = desired.failover?.reason
        if live.groupStatus == .failingOver {
            guard desired.failover != nil, liveSite != target else {
                plan.action = .blocked
                plan.reasons = liveSite == target
                    ? [BlockReason(code: .failoverInProgress, .reasonFailoverAway, ["site": .text(target.description)])]
                    : [BlockReason.groupStatus(live.status)].compactMap { $0 }
                return
            }
            plan.action = .failover
            plan.steps = [.waitForFailover(to: target, timeout: desired.switchTimeout)] + startSteps(group, desired: desired)
            plan.notes = [Message(.noteFailoverInFlight, ["site": .text(target.description)])]
            plan.advisories = Advisor.advisories(for: group, switchingTo: target)
            return
        }
        var blockers: [BlockReason] = []
        switch live.groupStatus {
        case .protected, .errorFailingOver, .errorReversing:
            break
        case .failedOver:
            blockers.append(BlockReason(code: .failedOver, .reasonFailedOverElsewhere, ["live": .text(liveSite.description), "target": .text(target.description)]))
        default:
            blockers += [BlockReason.groupStatus(live.status)].compactMap { $0 }
        }
        if max(live.replicationCount, group.replications.count) == 0 {
            blockers.append(BlockReason(code: .noReplicationPairs, .reasonNoReplicationPairsFailover))
        }
        // The new production must be startable; the failing site may be as broken as it likes.
        let newProduction = Set(group.servers(at: target).map(\.id))
        blockers += SwitchChecks.resourceProblems(of: group).filter { reason in
            reason.code == .replicationLinkBroken || reason.subject.map(newProduction.contains) == true
        }
        guard blockers.isEmpty else {
            plan.action = .blocked
            plan.reasons = blockers
            return
        }
        plan.action = .failover
        plan.steps = fenceSteps(group.servers(at: liveSite), desired: desired)
            + [.failover(to: target), .waitForFailover(to: target, timeout: desired.switchTimeout)]
            + startSteps(group, desired: desired)
        plan.advisories = Advisor.advisories(for: group, switchingTo: target)
        plan.notes = failoverNotes(group, from: liveSite, desired: desired)
    }

    /// The protection change the file asks for, if any (whatever the site: a switchover needs
    /// protection on, so enabling and re-protecting come first).
    static func protectionAction(_ group: ResolvedGroup, from liveSite: Site, desired: DesiredGroup) -> GroupAction? {
        switch (desired.protection, group.live.groupStatus) {
        case (.enabled, .failedOver), (.enabled, .errorReprotecting), (.enabled, .reprotecting):
            .reprotect
        case (.enabled, .available), (.enabled, .errorStarting), (.enabled, .starting):
            .enableProtection
        case (.disabled, .protected), (.disabled, .errorStopping), (.disabled, .stopping):
            liveSite == group.desiredSite ? .disableProtection : nil
        default:
            nil
        }
    }

    static func protectionPlan(_ action: GroupAction, _ group: ResolvedGroup, from liveSite: Site, desired: DesiredGroup, into plan: inout GroupPlan) {
        let live = group.live
        let enabled = action != .disableProtection
        let wait = Step.waitForProtection(enabled: enabled, timeout: desired.switchTimeout)
        let zone = live.availabilityZone(of: liveSite), otherZone = live.availabilityZone(of: liveSite.other)
        var notes: [Message] = []
        if [.reprotecting, .starting, .stopping].contains(live.groupStatus) {
            plan.action = action
            plan.steps = [wait]
            plan.notes = [Message(.noteAlreadyChanging, ["status": .text(live.status)])]
            return
        }
        var blockers: [BlockReason] = []
        var steps: [Step] = []
        switch action {
        case .reprotect:
            let other = group.servers(at: liveSite.other)
            let unreachable = other.filter { $0.server.exists && $0.server.status != "ACTIVE" && $0.server.status != "SHUTOFF" }
            if !unreachable.isEmpty {
                let names = unreachable.map { "\(SwitchChecks.display($0.server.name, $0.id)) \($0.server.status)" }.joined(separator: ", ")
                blockers.append(BlockReason(
                    code: .productionSiteDown, .reasonReprotectSiteDown,
                    ["site": .text(liveSite.other.description), "zone": .text(otherZone), "names": .text(names)],
                    subject: unreachable.map(\.id).sorted().joined(separator: ",")
                ))
            }
            blockers += SwitchChecks.resourceProblems(of: group).filter { $0.code == .replicationLinkBroken || $0.code == .serverDeleted }
            steps = fenceSteps(other, desired: desired) + [.reprotect, wait]
            notes.append(Message(.noteReprotect, ["zone": .text(zone), "otherZone": .text(otherZone)]))
        case .enableProtection:
            steps = [.enableProtection, wait]
            notes.append(Message(.noteEnable, ["zone": .text(zone), "otherZone": .text(otherZone)]))
        default:
            steps = [.disableProtection, wait]
            notes.append(Message(.noteDisable, ["otherZone": .text(otherZone)]))
        }
        if max(live.replicationCount, group.replications.count) == 0 && enabled {
            blockers.append(BlockReason.noReplicationPairs)
        }
        guard blockers.isEmpty else {
            plan.action = .blocked
            plan.reasons = blockers
            return
        }
        if liveSite != group.desiredSite {
            notes.append(Message(.noteSwitchLater, ["site": .text(liveSite.description), "zone": .text(zone), "desired": .text(group.desiredSite.description)]))
        }
        plan.action = action
        plan.steps = steps
        plan.notes = notes
    }

    /// A reason naming the failover declaration when servers of the production site are
    /// unreachable (ECS `UNKNOWN` or `ERROR`): a planned switchover cannot shut them down.
    static func productionSiteDown(_ group: ResolvedGroup, from liveSite: Site) -> BlockReason? {
        let down = group.servers(at: liveSite).filter { $0.server.exists && ["UNKNOWN", "ERROR"].contains($0.server.status) }
        guard !down.isEmpty else { return nil }
        let names = down.map { "\(SwitchChecks.display($0.server.name, $0.id)) \($0.server.status)" }.joined(separator: ", ")
        return BlockReason(
            code: .productionSiteDown, .reasonProductionSiteDown,
            ["names": .text(names), "zone": .text(group.live.availabilityZone(of: liveSite))],
            subject: down.map(\.id).sorted().joined(separator: ",")
        )
    }

    /// Stop and wait for the servers of `servers` that ECS still reaches (UNKNOWN or ERROR ones are
    /// down with their site and cannot be stopped).
    static func fenceSteps(_ servers: [PlacedServer], desired: DesiredGroup) -> [Step] {
        let reachable = servers.filter { $0.server.exists && ($0.server.status == "ACTIVE" || $0.server.status == "SHUTOFF") }
        let toStop = reachable.filter { !$0.server.isStopped && $0.server.taskState != "powering-off" }.map(\.id).sorted()
        var steps: [Step] = []
        if !toStop.isEmpty {
            steps.append(.stopServers(ids: toStop, mode: desired.shutdown == .hard ? .hard : .soft))
        }
        if !reachable.isEmpty {
            steps.append(.waitForShutdown(
                ids: reachable.map(\.id).sorted(), timeout: desired.shutdownTimeout, escalateToHard: desired.shutdown == .softThenHard))
        }
        return steps
    }

    static func startSteps(_ group: ResolvedGroup, desired: DesiredGroup) -> [Step] {
        let newProduction = group.servers(at: group.desiredSite).map(\.id).sorted()
        return desired.startAfterSwitch && !newProduction.isEmpty ? [.startServers(ids: newProduction)] : []
    }

    private static func failoverNotes(_ group: ResolvedGroup, from liveSite: Site, desired: DesiredGroup) -> [Message] {
        let zone = group.live.availabilityZone(of: liveSite)
        var notes = [Message(.noteFailoverDeclared, [
            "reason": .text(desired.failover?.reason ?? ""), "zone": .text(group.live.availabilityZone(of: group.desiredSite)), "oldZone": .text(zone),
        ])]
        let unreachable = group.servers(at: liveSite).filter { $0.server.exists && $0.server.status != "ACTIVE" && $0.server.status != "SHUTOFF" }
        if !unreachable.isEmpty {
            let names = unreachable.map { "\(SwitchChecks.display($0.server.name, $0.id)) \($0.server.status)" }.joined(separator: ", ")
            notes.append(Message(.noteUnreachableTakenDown, ["names": .text(names), "zone": .text(zone)]))
        }
        if group.live.groupStatus == .errorFailingOver {
            notes.append(Message(.noteRetryFailover))
        }
        return notes
    }
}
