// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension Planner {
    /// The plan for one declared group on its own (before targeting and dependencies).
    public static func groupPlan(_ diff: GroupDiff, desired: DesiredGroup) -> GroupPlan {
        var plan = GroupPlan(
            address: diff.address,
            selector: desired.selector,
            activeSite: desired.activeSite.description,
            action: .inSync,
            dependsOn: desired.dependsOn,
            rto: desired.rto,
            settings: GroupSettings(desired),
            location: desired.location
        )
        switch diff.resolution {
        case .resolved(let group):
            resolvedPlan(group, desired: desired, into: &plan)
            if desired.failover != nil && plan.action != .failover && plan.liveSite != nil && plan.liveSite?.site == plan.desiredSite?.site {
                plan.notes.append(Message(.noteFailoverDone, ["site": .text(plan.desiredSite!.description)]))
            }
        case .notFound:
            plan.action = .notFound
            plan.reasons = [Unresolved.notFound(desired.selector)]
        case .ambiguous(let candidateIDs):
            plan.action = .ambiguous
            plan.reasons = [Unresolved.ambiguous(desired.selector, candidateIDs: candidateIDs)]
        case .idNameConflict(let conflict):
            plan.action = .invalid
            plan.reasons = [Unresolved.conflict(conflict)]
        case .invalid(let group, let problem):
            plan.action = .invalid
            plan.groupID = group.id
            plan.liveSite = group.priorityStation.map { SiteLocation(site: $0, availabilityZone: group.availabilityZone(of: $0)) }
            plan.reasons = [Unresolved.invalid(problem, group: group)]
        case .unmanaged:
            preconditionFailure("an unmanaged diff has no declaration")
        }
        return plan
    }

    private static func resolvedPlan(_ group: ResolvedGroup, desired: DesiredGroup, into plan: inout GroupPlan) {
        let live = group.live
        let observation = GroupObservation(group)
        plan.groupID = live.id
        plan.observation = observation
        plan.fingerprint = Fingerprint.of(observation)
        plan.desiredSite = SiteLocation(site: group.desiredSite, availabilityZone: live.availabilityZone(of: group.desiredSite))
        plan.liveSite = live.priorityStation.map { SiteLocation(site: $0, availabilityZone: live.availabilityZone(of: $0)) }

        guard let liveSite = live.priorityStation else {
            plan.action = .blocked
            plan.reasons = SwitchChecks.blockers(for: group)
            return
        }
        if live.groupStatus == .reversing {
            inFlightPlan(group, from: liveSite, desired: desired, into: &plan)
        } else if desired.failover != nil && liveSite != group.desiredSite || live.groupStatus == .failingOver {
            failoverPlan(group, from: liveSite, desired: desired, into: &plan)
        } else if let action = protectionAction(group, from: liveSite, desired: desired) {
            protectionPlan(action, group, from: liveSite, desired: desired, into: &plan)
        } else if liveSite == group.desiredSite {
            atDesiredSitePlan(group, desired: desired, into: &plan)
        } else {
            var blockers = SwitchChecks.blockers(for: group)
            if desired.protection == .disabled && !blockers.isEmpty {
                blockers.append(BlockReason(code: .protectionConflict, .reasonProtectionConflict, ["site": .text(group.desiredSite.description)]))
            }
            if let down = productionSiteDown(group, from: liveSite) { blockers.append(down) }
            guard blockers.isEmpty else {
                plan.action = .blocked
                plan.reasons = blockers
                return
            }
            plan.action = .switchover
            plan.steps = steps(group, from: liveSite, desired: desired)
            plan.advisories = Advisor.advisories(for: group, switchingTo: group.desiredSite)
            plan.notes = switchNotes(group, from: liveSite)
        }
    }

    /// A group in status `reversing`. `priority_station` flips when the job ends, so a group that is
    /// still at the other site is moving towards the desired one: apply waits for that switchover
    /// (never issues a second) and then starts the new production servers. One already at the
    /// desired site is moving away from it: blocked until it settles.
    private static func inFlightPlan(_ group: ResolvedGroup, from liveSite: Site, desired: DesiredGroup, into plan: inout GroupPlan) {
        guard liveSite != group.desiredSite else {
            plan.action = .blocked
            plan.reasons = [BlockReason(code: .switchoverInProgress, .reasonSwitchAway, ["site": .text(group.desiredSite.description)])]
            return
        }
        // The members of a reversing group report `reversing` too; only other problems block.
        let inFlight: Set<BlockReason.Code> = [.switchoverInProgress, .instanceNotProtected, .replicationNotProtected]
        let blockers = SwitchChecks.blockers(for: group).filter { !inFlight.contains($0.code) }
        guard blockers.isEmpty else {
            plan.action = .blocked
            plan.reasons = blockers
            return
        }
        plan.action = .completeSwitchover
        plan.steps = [.waitForSwitch(to: group.desiredSite, timeout: desired.switchTimeout)]
        let newProduction = group.servers(at: group.desiredSite).map(\.id).sorted()
        if desired.startAfterSwitch && !newProduction.isEmpty {
            plan.steps.append(.startServers(ids: newProduction))
        }
        plan.advisories = Advisor.advisories(for: group, switchingTo: group.desiredSite)
        plan.notes = [Message(.noteSwitchInFlight, ["site": .text(group.desiredSite.description)])]
    }

    /// Production is where the file wants it. In sync when its servers run (or their power is not
    /// managed: `startAfterSwitch: false`); otherwise production is down and the plan starts them —
    /// unless that would run both sites, or the group or a server cannot be started now.
    private static func atDesiredSitePlan(_ group: ResolvedGroup, desired: DesiredGroup, into plan: inout GroupPlan) {
        let production = group.servers(at: group.desiredSite)
        let down = production.filter { !$0.server.isRunning }
        guard desired.startAfterSwitch, !down.isEmpty else {
            plan.action = .inSync
            plan.notes = inSyncNotes(group, managesPower: desired.startAfterSwitch)
            return
        }
        var blockers: [BlockReason] = []
        switch group.live.groupStatus {
        case .protected, .failedOver:
            // After a failover production serves from the desired site without replication.
            break
        case .errorReversing:
            blockers.append(BlockReason(code: .groupFailed, .reasonStartFailedGroup))
        default:
            blockers += [BlockReason.groupStatus(group.live.status)].compactMap { $0 }
        }
        // After a failover the old site may be unreachable (UNKNOWN, ERROR): only a server ECS
        // reports running there would make both sites run.
        let failedOver = group.live.groupStatus == .failedOver
        let otherSite = group.servers(at: group.desiredSite.other).filter {
            failedOver ? $0.server.status == "ACTIVE" || $0.server.taskState == "powering-on" : !$0.server.isStopped
        }
        if !otherSite.isEmpty {
            let names = otherSite.map { SwitchChecks.display($0.server.name, $0.id) }.joined(separator: ", ")
            blockers.append(BlockReason(
                code: .drSiteServerRunning, .reasonDRSiteRunning,
                ["names": .text(names), "zone": .text(group.live.availabilityZone(of: group.desiredSite.other))],
                subject: otherSite.map(\.id).sorted().joined(separator: ",")
            ))
        }
        let unstartable = down.map(\.server).filter { $0.exists && ($0.locked || $0.frozen || ($0.status != "SHUTOFF" && $0.status != "ACTIVE")) }
        blockers += SwitchChecks.resourceProblems(of: group).filter { reason in
            unstartable.contains { $0.id == reason.subject } || reason.code == .serverDeleted
        }
        guard blockers.isEmpty else {
            plan.action = .blocked
            plan.reasons = blockers
            return
        }
        plan.action = .startServers
        plan.steps = [.startServers(ids: down.map(\.id).sorted())]
        let names = down.map { SwitchChecks.display($0.server.name, $0.id) }.joined(separator: ", ")
        plan.notes = [Message(.noteProductionDown, [
            "down": .text(String(down.count)), "total": .text(String(production.count)),
            "zone": .text(group.live.availabilityZone(of: group.desiredSite)), "names": .text(names),
        ])]
            + inSyncNotes(group, managesPower: true)
    }

    /// stop (servers of both sites that run) → wait for shutdown → reverse → wait for the switch →
    /// start (if asked). SDRS's guide wants every server of the group shut down for a switchover, so
    /// a running DR-site server is stopped too (and named as such in the plan).
    static func steps(_ group: ResolvedGroup, from liveSite: Site, desired: DesiredGroup) -> [Step] {
        let placed = group.servers(at: liveSite) + group.servers(at: liveSite.other)
        let toStop = placed.filter { !$0.server.isStopped && $0.server.taskState != "powering-off" }.map(\.id).sorted()
        var steps: [Step] = []
        if !toStop.isEmpty {
            steps.append(.stopServers(ids: toStop, mode: desired.shutdown == .hard ? .hard : .soft))
        }
        if !placed.isEmpty {
            steps.append(.waitForShutdown(
                ids: placed.map(\.id).sorted(),
                timeout: desired.shutdownTimeout,
                escalateToHard: desired.shutdown == .softThenHard
            ))
        }
        steps.append(.reverse(to: group.desiredSite))
        steps.append(.waitForSwitch(to: group.desiredSite, timeout: desired.switchTimeout))
        let newProduction = group.servers(at: group.desiredSite).map(\.id).sorted()
        if desired.startAfterSwitch && !newProduction.isEmpty {
            steps.append(.startServers(ids: newProduction))
        }
        return steps
    }

    private static func switchNotes(_ group: ResolvedGroup, from liveSite: Site) -> [Message] {
        var notes: [Message] = []
        if group.live.groupStatus == .errorReversing {
            notes.append(Message(.noteRetrySwitch))
        }
        if group.instances.isEmpty {
            notes.append(Message(.noteNoInstances))
        }
        for placed in group.servers(at: liveSite) where placed.server.taskState == "powering-off" {
            notes.append(Message(.notePoweringOff, ["server": .text(SwitchChecks.display(placed.server.name, placed.id))]))
        }
        for placed in group.servers(at: group.desiredSite) where !placed.server.isStopped {
            notes.append(Message(.noteDRServerRuns, ["server": .text(SwitchChecks.display(placed.server.name, placed.id)), "zone": .text(group.live.availabilityZone(of: group.desiredSite))]))
        }
        return notes
    }

    private static func inSyncNotes(_ group: ResolvedGroup, managesPower: Bool) -> [Message] {
        var notes: [Message] = []
        if group.live.groupStatus == .errorReversing {
            notes.append(Message(.noteLastSwitchFailed))
        } else if let reason = BlockReason.groupStatus(group.live.status) {
            notes.append(laterSwitchBlocked(reason))
        }
        if max(group.live.replicationCount, group.replications.count) == 0 {
            notes.append(laterSwitchBlocked(.noReplicationPairs))
        }
        for reason in SwitchChecks.resourceProblems(of: group) {
            notes.append(laterSwitchBlocked(reason))
        }
        let down = group.servers(at: group.desiredSite).filter { !$0.server.isRunning }
        if !managesPower && !down.isEmpty {
            let names = down.map { SwitchChecks.display($0.server.name, $0.id) }.joined(separator: ", ")
            notes.append(Message(.noteProductionNotRunning, ["names": .text(names)]))
        }
        return notes
    }

    /// "a later switch would be blocked: …", in the language of the reason.
    private static func laterSwitchBlocked(_ reason: BlockReason) -> Message {
        Message(.noteLaterSwitchBlocked, ["reason": reason.phrase.map(Phrase.Argument.phrase) ?? .text(reason.message)])
    }
}
