// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardRuntime

/// Compares each switching group of a saved plan with the cloud now (issue 4: staleness).
enum StalenessCheck {
    /// Groups that must not be applied from this plan: already where the plan wanted them
    /// (`alreadyConverged`, a no-op), or changed in a way that matters (`refused`, with what changed).
    static func refusals(plan: Plan, desired: DesiredState, live: LiveState) -> [ApplyReport.Group] {
        let diffs = Differ.diff(desired: desired, live: live)
        var byID: [String: GroupDiff] = [:]
        for diff in diffs {
            if let id = diff.desired?.selector.id { byID[id] = diff }
        }
        var result: [ApplyReport.Group] = []
        for group in plan.groups where group.action == .switchover {
            guard let id = group.groupID else { continue }
            guard let diff = byID[id], case .resolved(let resolved) = diff.resolution else {
                result.append(ApplyReport.Group(address: group.address, groupID: id, result: .refused, reason: "the group is no longer found in the cloud; plan again", rto: group.rto))
                continue
            }
            if let desiredSite = group.desiredSite?.site, resolved.live.priorityStation == desiredSite, resolved.live.status == "protected" {
                let servers = resolved.servers(at: desiredSite).map(\.server)
                let wantRunning = group.settings.startAfterSwitch
                if !wantRunning || servers.allSatisfy(\.isRunning) {
                    result.append(ApplyReport.Group(address: group.address, groupID: id, result: .alreadyConverged, reason: "already at \(desiredSite) as planned", rto: group.rto))
                    continue
                }
            }
            guard let planned = group.observation else { continue }
            let changes = Staleness.compare(planned: material(planned), current: material(GroupObservation(resolved)))
            if !changes.isEmpty {
                result.append(ApplyReport.Group(
                    address: group.address, groupID: id, result: .refused,
                    reason: "stale plan: " + changes.joined(separator: "; ") + "; plan again", rto: group.rto
                ))
            }
        }
        return result
    }

    /// The parts of an observation that a plan's own progress never changes.
    ///
    /// Power states, task states and the group's status and \`priority_station\` change as the plan is
    /// carried out (and after a crash half-way); they are re-read and re-decided step by step by the
    /// executor, which refuses a group whose live state no longer allows the next step. What a plan
    /// cannot survive is a different set of instances, servers, zones or replication pairs, or a
    /// resource that became frozen, locked, deleted or faulty.
    static func material(_ observation: GroupObservation) -> GroupObservation {
        var copy = observation
        copy.status = ""
        copy.priorityStation = nil
        copy.instances = copy.instances.map { instance in
            var instance = instance
            if ["protected", "reversing", "error-reversing"].contains(instance.status) { instance.status = "protected" }
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
            if ["protected", "reversing", "error-reversing"].contains(pair.status) { pair.status = "protected" }
            return pair
        }
        return copy
    }
}
