// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Turns diffs into a `Plan`: per group an action with steps or reasons, then targeting, dependency
/// propagation, waves and the run-policy check.
///
/// Pure: no `async`, no I/O, no clock, no logger. The same diffs and options always give the same
/// plan. Order of decisions:
/// 1. each declared group on its own (`Planner.groupPlan`): in sync, switch, blocked or unresolved;
/// 2. targeting (`PlanOptions` documents the `-target`-like semantics);
/// 3. `dependsOn`, in dependency order: a switching group whose dependency is blocked or unresolved
///    becomes blocked ("depends on X, which is blocked"); one whose dependency is left out and not in
///    sync is left out too; a dependency that is in sync holds nobody back;
/// 4. waves: switching groups layered by their switching dependencies;
/// 5. plan errors: unresolved groups (one diagnostic each, at the declaration), bad target
///    addresses, and more switches than `maxSwitchesPerRun` (never silently dropped).
public enum Planner {
    /// Diffs `desired` against `live` and plans the result.
    public static func plan(desired: DesiredState, live: LiveState, options: PlanOptions) -> Plan {
        plan(Differ.diff(desired: desired, live: live), options: options)
    }

    /// Plans the given diffs (declared groups and unmanaged ones, as `Differ.diff` returns them).
    public static func plan(_ diffs: [GroupDiff], options: PlanOptions) -> Plan {
        var diagnostics: [Diagnostic] = []
        var groups: [GroupPlan] = diffs.compactMap { diff in diff.desired.map { groupPlan(diff, desired: $0) } }
        let baseActions = Dictionary(groups.map { ($0.address, $0.action) }, uniquingKeysWith: { first, _ in first })

        diagnostics += Targeting.apply(targets: options.targets, excludes: options.excludes, to: &groups)
        diagnostics += Dependencies.propagate(in: &groups, baseActions: baseActions)
        let waves = Dependencies.waves(of: &groups)
        let leftOut = groups.filter { $0.action == .excluded }.count
        if leftOut > 0 {
            diagnostics.append(Diagnostic(severity: .warning, .diagnosticTargeting, ["count": .text(String(leftOut)), "total": .text(String(groups.count))]))
        }

        for group in groups where group.action.isUnresolved {
            diagnostics.append(Diagnostic(
                severity: .error, .diagnosticUnresolved,
                ["address": .text(group.address), "reasons": .list(group.reasons.map { $0.phrase ?? Phrase(verbatim: $0.message) }, separator: .leftSeparator)],
                hint: Phrase(.hintUnresolved, ["address": .text(group.address)]),
                location: group.location
            ))
        }
        let switching = groups.filter { $0.action == .switchover }.count
        if switching > options.policy.maxSwitchesPerRun {
            diagnostics.append(Diagnostic(
                severity: .error, .diagnosticTooManySwitches,
                ["count": .text(String(switching)), "limit": .text(String(options.policy.maxSwitchesPerRun))],
                hint: Phrase(.hintTooManySwitches)
            ))
        }

        let unmanaged = diffs.compactMap { diff -> UnmanagedGroup? in
            if case .unmanaged(let group) = diff.resolution { return UnmanagedGroup(group) }
            return nil
        }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        groups.sort { ($0.address, $0.location) < ($1.address, $1.location) }
        let errored = diagnostics.contains { $0.severity == .error }
        let summary = PlanSummary(groups: groups, unmanaged: unmanaged.count)
        return Plan(
            inputs: options.inputs,
            policy: PlanPolicy(options.policy),
            applyable: !errored && summary.changes > 0,
            errored: errored,
            diagnostics: diagnostics,
            waves: waves,
            groups: groups,
            unmanaged: unmanaged,
            summary: summary
        )
    }
}
