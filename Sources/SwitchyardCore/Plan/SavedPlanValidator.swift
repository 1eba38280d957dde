// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Checks that a decoded plan is internally consistent before `apply` trusts it.
///
/// A plan is not signed: anyone who can write the file could as well plan from a file of their
/// own. What these checks catch is a plan edited by hand or damaged so that it no longer says one
/// thing: an observation that does not hash to its fingerprint (edited to get past the staleness
/// check), a changing group without the group ID, site, observation or wave apply needs, a site
/// outside the group's AZs, repeated addresses or group IDs, a `dependsOn` or the waves naming
/// unknown groups, waves that contradict `depends_on`, steps that contradict the observation, the
/// desired site or the settings (`SavedPlanStepCheck`), and a summary, `applyable` or policy that
/// does not match the groups. Apply then executes the steps as written. Pure and total: never traps.
public enum SavedPlanValidator {
    /// One sentence per problem, in a stable order; empty for a plan as `Planner` makes them.
    public static func problems(in plan: Plan) -> [String] {
        var problems: [String] = []
        var addresses = Set<String>()
        for group in plan.groups where !addresses.insert(group.address).inserted {
            problems.append("group '\(group.address)' appears more than once")
        }
        var addressOfID: [String: String] = [:]
        for group in plan.groups where group.observation != nil {
            guard let id = group.groupID else { continue }
            if let first = addressOfID[id], first != group.address {
                problems.append("group ID \(id) appears under two addresses, '\(first)' and '\(group.address)'")
            } else {
                addressOfID[id] = group.address
            }
        }
        for group in plan.groups {
            problems += groupProblems(group, addresses: addresses)
            problems += SavedPlanStepCheck.problems(of: group)
        }
        problems += waveProblems(plan)
        if plan.summary != PlanSummary(groups: plan.groups, unmanaged: plan.unmanaged.count) {
            problems.append("the summary does not match the groups")
        }
        let errored = plan.diagnostics.contains { $0.severity == .error }
        if plan.errored != errored {
            problems.append("'errored' does not match the diagnostics")
        }
        if plan.applyable != (!plan.errored && plan.summary.changes > 0) {
            problems.append("'applyable' does not match the groups and diagnostics")
        }
        if plan.policy.maxSwitchesPerRun < 1 || !(1...100).contains(plan.policy.parallelism) {
            problems.append("the policy is out of range (maxSwitchesPerRun at least 1, parallelism 1 to 100)")
        }
        return problems
    }

    private static func groupProblems(_ group: GroupPlan, addresses: Set<String>) -> [String] {
        let name = "group '\(group.address)'"
        var problems: [String] = []
        if let observation = group.observation {
            if group.fingerprint != Fingerprint.of(observation) {
                problems.append("\(name): the fingerprint does not match the recorded observation")
            }
            if group.groupID != observation.groupID {
                problems.append("\(name): the group ID does not match the recorded observation")
            }
            for site in [group.desiredSite, group.liveSite].compactMap({ $0 }) {
                let zone = site.site == .source ? observation.sourceAvailabilityZone : observation.targetAvailabilityZone
                if site.availabilityZone != zone {
                    problems.append("\(name): \(site) is not an availability zone of the group")
                }
            }
        }
        if group.action.isChange {
            // The planner blocks a group with an unknown dependency, so only a switch must not have one.
            for dependency in group.dependsOn where !addresses.contains(dependency) {
                problems.append("\(name): dependsOn names '\(dependency)', which is not a group of the plan")
            }
            if group.groupID == nil || group.desiredSite == nil || group.observation == nil || group.wave == nil {
                problems.append("\(name): a group to change needs a group ID, a desired site, an observation and a wave")
            }
            if group.steps.isEmpty {
                problems.append("\(name): a group to change has no steps")
            }
        } else if group.wave != nil {
            problems.append("\(name): only a group to change has a wave")
        }
        return problems
    }

    private static func waveProblems(_ plan: Plan) -> [String] {
        var problems: [String] = []
        var waveOf: [String: Int] = [:]
        for wave in plan.waves {
            for address in wave.groups where waveOf.updateValue(wave.number, forKey: address) != nil {
                problems.append("group '\(address)' is in more than one wave")
            }
        }
        for group in plan.groups where group.action.isChange && waveOf[group.address] != group.wave {
            problems.append("group '\(group.address)': its wave does not match the plan's waves")
        }
        let switching = Set(plan.groups.filter(\.action.isChange).map(\.address))
        for address in waveOf.keys.sorted() where !switching.contains(address) {
            problems.append("the waves name '\(address)', which is not a group to change")
        }
        // Each wave must be exactly one after the latest wave among the group's changing dependencies.
        let waves = Dictionary(plan.groups.compactMap { group in group.wave.map { (group.address, $0) } }, uniquingKeysWith: { first, _ in first })
        for group in plan.groups where group.action.isChange {
            guard let wave = group.wave else { continue }
            let expected = (group.dependsOn.compactMap { waves[$0] }.max() ?? 0) + 1
            if wave != expected {
                problems.append("group '\(group.address)': wave \(wave) contradicts depends_on (expected wave \(expected))")
            }
        }
        return problems
    }
}
