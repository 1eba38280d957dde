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

        guard let liveSite = live.priorityStation, liveSite != group.desiredSite else {
            if live.priorityStation == nil {
                plan.action = .blocked
                plan.reasons = SwitchChecks.blockers(for: group)
            } else {
                plan.action = .inSync
                plan.notes = inSyncNotes(group)
            }
            return
        }
        let blockers = SwitchChecks.blockers(for: group)
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

    /// stop (if any server runs) → wait for shutdown → reverse → wait for the switch → start (if asked).
    static func steps(_ group: ResolvedGroup, from liveSite: Site, desired: DesiredGroup) -> [Step] {
        let production = group.servers(at: liveSite)
        let toStop = production.filter { !$0.server.isStopped && $0.server.taskState != "powering-off" }.map(\.id).sorted()
        var steps: [Step] = []
        if !toStop.isEmpty {
            steps.append(.stopServers(ids: toStop, mode: desired.shutdown == .hard ? .hard : .soft))
        }
        if !production.isEmpty {
            steps.append(.waitForShutdown(
                ids: production.map(\.id).sorted(),
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
        if group.live.status == "error-reversing" {
            notes.append("the previous switchover of this group failed (status error-reversing); this plan retries it")
        }
        if group.instances.isEmpty {
            notes.append("the group has no protected instances, so no server is stopped or started")
        }
        for placed in group.servers(at: liveSite) where placed.server.taskState == "powering-off" {
            notes.append("server \(SwitchChecks.display(placed.server.name, placed.id)) is already powering off; apply waits for it")
        }
        for placed in group.servers(at: group.desiredSite) where !placed.server.isStopped {
            notes.append("server \(SwitchChecks.display(placed.server.name, placed.id)) at the DR site (\(group.live.availabilityZone(of: group.desiredSite))) is not shut down; SDRS expects the servers of both sites to stay off during a switchover, so the switch may fail")
        }
        return notes
    }

    private static func inSyncNotes(_ group: ResolvedGroup) -> [String] {
        var notes: [String] = []
        if group.live.status == "error-reversing" {
            notes.append("production is at the desired site, but the group's last switchover failed (status error-reversing); check the group in the SDRS console")
        } else if group.live.status == "reversing" {
            notes.append("a switchover is in progress (status reversing) although production is at the desired site now; it may be moving away, so plan again when it has finished")
        } else if let reason = BlockReason.groupStatus(group.live.status) {
            notes.append("a later switch would be blocked: \(reason.message)")
        }
        if max(group.live.replicationCount, group.replications.count) == 0 {
            notes.append("a later switch would be blocked: \(BlockReason.noReplicationPairs.message)")
        }
        for reason in SwitchChecks.resourceProblems(of: group) {
            notes.append("a later switch would be blocked: \(reason.message)")
        }
        let stopped = group.servers(at: group.desiredSite).filter(\.server.isStopped)
        if !stopped.isEmpty {
            let names = stopped.map { SwitchChecks.display($0.server.name, $0.id) }.joined(separator: ", ")
            notes.append("production servers are stopped: \(names); switchyard starts servers only as part of a switch, so start them yourself if they should run")
        }
        return notes
    }
}
