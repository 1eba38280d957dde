// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// `dependsOn`: propagation of blocked and left-out dependencies, and waves.
enum Dependencies {
    /// Applies the rules of `Planner` step 3 in dependency order, so a block propagates through
    /// chains (A → B → C: C blocked makes B and then A blocked). Returns warnings for `dependsOn`
    /// entries that name no declared group (the parser rejects those; hand-built states may not).
    static func propagate(in groups: inout [GroupPlan], baseActions: [String: GroupAction]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let index = indexByAddress(groups)
        for group in groups {
            for dependency in group.dependsOn where index[dependency] == nil {
                diagnostics.append(Diagnostic(
                    severity: .warning, .diagnosticUnknownDependency, ["address": .text(group.address), "dependency": .text(dependency)], location: group.location
                ))
            }
        }
        let (order, cyclic) = topologicalOrder(groups, index: index)
        for position in cyclic where groups[position].action.isChange || groups[position].action == .blocked {
            let reason = BlockReason(code: .dependencyCycle, .reasonDependencyCycle, subject: groups[position].address)
            block(&groups[position], with: reason)
        }
        for position in order where groups[position].action.isChange || groups[position].action == .blocked {
            var leftOutBy: [String] = []
            for dependency in unique(groups[position].dependsOn) {
                guard let other = index[dependency] else { continue }
                switch groups[other].action {
                case .inSync, .switchover, .completeSwitchover, .startServers, .failover, .reprotect, .enableProtection, .disableProtection:
                    continue
                case .blocked, .notFound, .ambiguous, .invalid:
                    let reason = BlockReason.dependency(dependency, action: groups[other].action)
                    block(&groups[position], with: reason)
                case .excluded:
                    if baseActions[dependency] != .inSync { leftOutBy.append(dependency) }
                }
            }
            if !leftOutBy.isEmpty {
                let key: MessageKey = leftOutBy.count == 1 ? .noteLeftOutByDependencyOne : .noteLeftOutByDependencyOther
                Targeting.exclude(&groups[position], because: Phrase(key, ["names": .text(leftOutBy.joined(separator: ", "))]))
            }
        }
        return diagnostics
    }

    /// Numbers the changing groups' waves (1 + the highest wave of their changing dependencies) and
    /// returns the waves with sorted addresses.
    static func waves(of groups: inout [GroupPlan]) -> [PlanWave] {
        let index = indexByAddress(groups)
        let (order, _) = topologicalOrder(groups, index: index)
        var members: [Int: [String]] = [:]
        for position in order where groups[position].action.isChange {
            let dependencyWaves = groups[position].dependsOn.compactMap { index[$0] }.compactMap { groups[$0].wave }
            let wave = (dependencyWaves.max() ?? 0) + 1
            groups[position].wave = wave
            members[wave, default: []].append(groups[position].address)
        }
        return members.keys.sorted().map { PlanWave(number: $0, groups: members[$0, default: []].sorted()) }
    }

    private static func block(_ group: inout GroupPlan, with reason: BlockReason) {
        group.action = .blocked
        group.wave = nil
        group.steps = []
        group.advisories = []
        if !group.reasons.contains(reason) { group.reasons.append(reason) }
    }

    private static func indexByAddress(_ groups: [GroupPlan]) -> [String: Int] {
        Dictionary(groups.enumerated().map { ($1.address, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }

    /// Kahn's algorithm: dependencies before dependants, ties by address. Positions left over sit on
    /// (or behind) a cycle.
    private static func topologicalOrder(_ groups: [GroupPlan], index: [String: Int]) -> (order: [Int], cyclic: [Int]) {
        var remaining = groups.indices.map { position in
            Set(groups[position].dependsOn.compactMap { index[$0] }.filter { $0 != position })
        }
        var selfCycles = Set(groups.indices.filter { groups[$0].dependsOn.contains(groups[$0].address) })
        var order: [Int] = []
        var done: Set<Int> = []
        while true {
            let ready = groups.indices
                .filter { !done.contains($0) && !selfCycles.contains($0) && remaining[$0].isEmpty }
                .sorted { groups[$0].address < groups[$1].address }
            guard !ready.isEmpty else { break }
            for position in ready {
                order.append(position)
                done.insert(position)
            }
            for position in groups.indices { remaining[position].subtract(ready) }
        }
        selfCycles.formUnion(groups.indices.filter { !done.contains($0) })
        return (order, selfCycles.sorted { groups[$0].address < groups[$1].address })
    }
}
