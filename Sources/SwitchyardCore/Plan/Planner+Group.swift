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
                plan.notes.append("the failover declared for this group is done (production is at \(plan.desiredSite!)); remove the declaration from the file, so that it cannot fail the group over again later")
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
                blockers.append(BlockReason(
                    code: .protectionConflict,
                    message: "the file declares protection: disabled, but production must move to \(group.desiredSite), and only a protected group can be switched; enable protection until the switchover is done (protection: enabled), or keep activeSite where production is"
                ))
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
            plan.reasons = [BlockReason(
                code: .switchoverInProgress,
                message: "a switchover away from the desired site is in progress (status reversing, production still at \(group.desiredSite)); someone else is moving the group: wait for it to finish, then plan again"
            )]
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
        plan.notes = ["a switchover to \(group.desiredSite) is already in flight (status reversing: started by an earlier, interrupted run or by a person); apply waits for it and never starts a second one"]
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
            blockers.append(BlockReason(code: .groupFailed, message: "production is at the desired site but down, and the group's last switchover failed (status error-reversing); check the group in the SDRS console before starting its servers"))
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
                code: .drSiteServerRunning,
                message: "server(s) \(names) at the DR site (\(group.live.availabilityZone(of: group.desiredSite.other))) are not shut down; starting the production servers now would run both sites at once; shut the DR-site servers down (or find out why they run), then plan again",
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
        plan.notes = ["production is down: \(down.count) of \(production.count) server(s) at \(group.live.availabilityZone(of: group.desiredSite)) not running (\(names)); an interrupted apply, a person or a failure stopped them; set startAfterSwitch: false to leave their power alone"]
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

    private static func switchNotes(_ group: ResolvedGroup, from liveSite: Site) -> [String] {
        var notes: [String] = []
        if group.live.groupStatus == .errorReversing {
            notes.append("the previous switchover of this group failed (status error-reversing); this plan retries it")
        }
        if group.instances.isEmpty {
            notes.append("the group has no protected instances, so no server is stopped or started")
        }
        for placed in group.servers(at: liveSite) where placed.server.taskState == "powering-off" {
            notes.append("server \(SwitchChecks.display(placed.server.name, placed.id)) is already powering off; apply waits for it")
        }
        for placed in group.servers(at: group.desiredSite) where !placed.server.isStopped {
            notes.append("server \(SwitchChecks.display(placed.server.name, placed.id)) at the DR site (\(group.live.availabilityZone(of: group.desiredSite))) is not shut down; the plan stops it too, because SDRS requires every server of the group to be shut down for a switchover")
        }
        return notes
    }

    private static func inSyncNotes(_ group: ResolvedGroup, managesPower: Bool) -> [String] {
        var notes: [String] = []
        if group.live.groupStatus == .errorReversing {
            notes.append("production is at the desired site, but the group's last switchover failed (status error-reversing); check the group in the SDRS console")
        } else if let reason = BlockReason.groupStatus(group.live.status) {
            notes.append("a later switch would be blocked: \(reason.message)")
        }
        if max(group.live.replicationCount, group.replications.count) == 0 {
            notes.append("a later switch would be blocked: \(BlockReason.noReplicationPairs.message)")
        }
        for reason in SwitchChecks.resourceProblems(of: group) {
            notes.append("a later switch would be blocked: \(reason.message)")
        }
        let down = group.servers(at: group.desiredSite).filter { !$0.server.isRunning }
        if !managesPower && !down.isEmpty {
            let names = down.map { SwitchChecks.display($0.server.name, $0.id) }.joined(separator: ", ")
            notes.append("production servers not running: \(names); left alone, as startAfterSwitch is false")
        }
        return notes
    }
}
