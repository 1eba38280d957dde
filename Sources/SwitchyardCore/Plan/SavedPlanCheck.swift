// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Compares a saved plan with the cloud now, before `apply PLAN` changes anything (Terraform's
/// "saved plan is stale").
///
/// A group the plan changes is refused when what the plan cannot survive changed: its instances,
/// servers, zones or replication pairs, or a resource that became frozen, locked, deleted or
/// faulty. Power states, task states, the group's status and `priority_station` are not compared:
/// they change as the plan is carried out (and after a crash half-way), and the apply state machine
/// re-reads and re-decides them step by step. A group is also refused when a dependency the plan
/// found in sync is no longer in sync: it would be switched on top of a dependency that is not
/// where the plan saw it. Pure.
public enum SavedPlanCheck {
    /// The changing groups of `plan` that must not be applied, with the reason, by address.
    public static func refusals(plan: Plan, live: LiveState) -> [String: Message] {
        let desired = SavedPlan.desiredState(of: plan)
        var byID: [String: GroupDiff] = [:]
        for diff in Differ.diff(desired: desired, live: live) {
            if let id = diff.desired?.selector.id { byID[id] = diff }
        }
        var refusals: [String: Message] = [:]
        for group in plan.groups where group.action.isChange {
            guard let id = group.groupID else { continue }
            guard let diff = byID[id], case .resolved(let resolved) = diff.resolution else {
                refusals[group.address] = Message(.refusedGroupGone, ["id": .text(id)])
                continue
            }
            guard let planned = group.observation else { continue }
            let changes = Staleness.compare(planned: material(planned), current: material(GroupObservation(resolved)))
            if !changes.isEmpty {
                let phrases = changes.map { $0.phrase ?? Phrase(verbatim: $0.text) }
                refusals[group.address] = Message(.refusedStale, ["changes": .list(phrases, separator: .leftSeparator)])
            }
        }
        for group in plan.groups where group.action.isChange && refusals[group.address] == nil {
            for address in group.dependsOn {
                guard let dependency = plan.group(address), dependency.action == .inSync, let id = dependency.groupID,
                      let diff = byID[id], let declaration = diff.desired else { continue }
                let now = Planner.groupPlan(diff, desired: declaration)
                if now.action != .inSync {
                    refusals[group.address] = Message(.refusedDependencyMoved, ["address": .text(address), "now": .phrase(Targeting.wouldBe(now))])
                    break
                }
            }
        }
        return refusals
    }

    /// The parts of an observation that a plan's own progress never changes.
    static func material(_ observation: GroupObservation) -> GroupObservation {
        let settled = ["protected", "reversing", "error-reversing"]
        var copy = observation
        copy.status = ""
        copy.priorityStation = nil
        copy.instances = copy.instances.map { instance in
            var instance = instance
            if settled.contains(instance.status) { instance.status = "protected" }
            return instance
        }
        copy.servers = copy.servers.map { server in
            var server = server
            server.status = server.exists ? "" : server.status
            server.taskState = nil
            return server
        }
        copy.replications = copy.replications.map { pair in
            var pair = pair
            if settled.contains(pair.status) { pair.status = "protected" }
            return pair
        }
        return copy
    }
}
