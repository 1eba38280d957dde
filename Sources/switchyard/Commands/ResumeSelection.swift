// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Which groups `apply -f` must carry on with although a fresh plan does not list them as switches:
/// the work an interrupted or killed earlier run left behind.
///
/// - A group `reversing` towards its desired site (only a reverse is in flight, nothing else is
///   wrong) is adopted: the executor waits for that switchover instead of calling it blocked.
/// - A group blocked only because such a group is its dependency follows it.
/// - A group already at its desired site whose earlier run (per the journal) reversed it but never
///   issued the start gets its new production servers started, if `startAfterSwitch`.
///
/// The live state decides everything else: the executor re-reads each group before every step.
enum ResumeSelection {
    static let inFlightOnly: Set<BlockReason.Code> = [.switchoverInProgress, .instanceNotProtected, .replicationNotProtected]

    static func addresses(plan: Plan, memories: [String: GroupMemory]) -> Set<String> {
        var resumable = Set<String>()
        for group in plan.groups where group.action == .blocked {
            guard let observation = group.observation, let desired = group.desiredSite?.site,
                  observation.status == "reversing", observation.priorityStation != desired,
                  !group.reasons.isEmpty, group.reasons.allSatisfy({ inFlightOnly.contains($0.code) })
            else { continue }
            resumable.insert(group.address)
        }
        for group in plan.groups where group.action == .inSync && group.settings.startAfterSwitch {
            guard let id = group.groupID, let memory = memories[id] else { continue }
            if (memory.reverseJob != nil || memory.adoptedReverseJob != nil) && memory.startJob == nil {
                resumable.insert(group.address)
            }
        }
        let actions = Dictionary(plan.groups.map { ($0.address, $0.action) }, uniquingKeysWith: { first, _ in first })
        var changed = true
        while changed {
            changed = false
            for group in plan.groups where group.action == .blocked && !resumable.contains(group.address) {
                guard !group.reasons.isEmpty, group.reasons.allSatisfy({ $0.code == .dependencyBlocked }) else { continue }
                let clear = group.dependsOn.allSatisfy { dependency in
                    resumable.contains(dependency) || actions[dependency] == .inSync || actions[dependency] == .switchover
                }
                if clear, group.groupID != nil, group.desiredSite != nil {
                    resumable.insert(group.address)
                    changed = true
                }
            }
        }
        return resumable
    }

    /// Layers the addresses by `dependsOn` (restricted to the set) so a dependency always runs in
    /// an earlier wave than its dependants.
    static func waves(for specs: [SwitchSpec]) -> [[String]] {
        let addresses = Set(specs.map(\.address))
        var remaining = Dictionary(uniqueKeysWithValues: specs.map { ($0.address, Set($0.dependsOn).intersection(addresses)) })
        var waves: [[String]] = []
        while !remaining.isEmpty {
            let ready = remaining.filter { $0.value.isEmpty }.map(\.key).sorted()
            guard !ready.isEmpty else {
                waves.append(remaining.keys.sorted())
                break
            }
            waves.append(ready)
            for address in ready { remaining.removeValue(forKey: address) }
            for key in remaining.keys { remaining[key]?.subtract(ready) }
        }
        return waves
    }
}
