// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct PlannerDependencyTests {
    /// a ← b ← c (c depends on b, b on a), d independent, e in sync; f depends on e.
    let live = LiveState.merging([
        SampleState.group("a"), SampleState.group("b"), SampleState.group("c"), SampleState.group("d"),
        SampleState.group("e", priority: .target), SampleState.group("f"),
    ])
    let declarations = [
        SampleState.declare("c", dependsOn: ["b"]),
        SampleState.declare("b", dependsOn: ["a"]),
        SampleState.declare("a"),
        SampleState.declare("d"),
        SampleState.declare("e"),
        SampleState.declare("f", dependsOn: ["e"]),
    ]

    private func plan(live: LiveState? = nil, targets: [String] = [], excludes: [String] = [], policy: RunPolicy = RunPolicy()) -> Plan {
        let desired = SampleState.desired(declarations, policy: policy)
        return Planner.plan(desired: desired, live: live ?? self.live, options: PlanOptions(desired: desired, targets: targets, excludes: excludes))
    }

    private func actions(_ plan: Plan) -> [String: GroupAction] {
        Dictionary(uniqueKeysWithValues: plan.groups.map { ($0.address, $0.action) })
    }

    @Test func layersSwitchingGroupsIntoWavesAndIgnoresInSyncDependencies() {
        let plan = plan()
        #expect(plan.waves == [
            PlanWave(number: 1, groups: ["a", "d", "f"]),
            PlanWave(number: 2, groups: ["b"]),
            PlanWave(number: 3, groups: ["c"]),
        ])
        #expect(plan.group("c")?.wave == 3)
        #expect(plan.group("e")?.wave == nil)
        #expect(plan.groups.map(\.address) == ["a", "b", "c", "d", "e", "f"])
    }

    @Test func aBlockedDependencyBlocksItsDependantsTransitively() throws {
        var live = self.live
        live.updateGroup("grp-a") { $0.status = "failed-over" }
        let plan = plan(live: live)
        #expect(actions(plan) == ["a": .blocked, "b": .blocked, "c": .blocked, "d": .switchover, "e": .inSync, "f": .switchover])
        let b = try #require(plan.group("b"))
        #expect(b.reasons == [.dependency("a", action: .blocked)])
        #expect(b.reasons[0].message == "depends on a, which is blocked; it must reach its site first, so fix it (or drop the dependency) and plan again")
        #expect(plan.group("c")?.reasons.map(\.subject) == ["b"])
        #expect(b.steps.isEmpty && b.wave == nil)
        #expect(plan.waves == [PlanWave(number: 1, groups: ["d", "f"])])
    }

    @Test func anUnresolvedDependencyBlocksItsDependant() {
        let live = self.live
        var pruned = live
        pruned.groups.removeAll { $0.id == "grp-a" }
        let plan = plan(live: pruned)
        #expect(plan.group("a")?.action == .notFound)
        #expect(plan.group("b")?.reasons.first?.message.hasPrefix("depends on a, which was not found") == true)
        #expect(plan.errored)
        #expect(!plan.applyable)
    }

    @Test func targetingIncludesDependenciesAndExcludesTheRest() throws {
        let plan = plan(targets: ["b"])
        #expect(actions(plan) == ["a": .switchover, "b": .switchover, "c": .excluded, "d": .excluded, "e": .excluded, "f": .excluded])
        #expect(plan.group("a")?.notes == ["included because b depends on it (targeting includes dependencies)"])
        #expect(plan.group("d")?.notes == ["left out of this plan: not targeted; otherwise: switch source (cn-north-4a) → target (cn-north-4b)"])
        #expect(plan.waves == [PlanWave(number: 1, groups: ["a"]), PlanWave(number: 2, groups: ["b"])])
        #expect(plan.diagnostics.map(\.severity) == [.warning])
        #expect(plan.applyable)
    }

    @Test func excludingADependencyThatMustSwitchExcludesItsDependants() {
        let plan = plan(excludes: ["a"])
        #expect(actions(plan) == ["a": .excluded, "b": .excluded, "c": .excluded, "d": .switchover, "e": .inSync, "f": .switchover])
        #expect(plan.group("b")?.notes.first?.hasPrefix("left out because it depends on a, which is left out of this plan and not yet at the desired site") == true)
    }

    @Test func excludingAnInSyncDependencyHoldsNobodyBack() {
        let plan = plan(excludes: ["e"])
        #expect(plan.group("e")?.action == .excluded)
        #expect(plan.group("f")?.action == .switchover)
    }

    @Test func excludeWinsOverTarget() {
        let plan = plan(targets: ["c"], excludes: ["b"])
        #expect(actions(plan) == ["a": .switchover, "b": .excluded, "c": .excluded, "d": .excluded, "e": .excluded, "f": .excluded])
    }

    @Test func anAddressThatNamesNoGroupIsAPlanError() {
        let plan = plan(targets: ["zz"], excludes: ["yy"])
        #expect(plan.errored)
        #expect(plan.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "--target 'zz' names no declared group",
            "--exclude 'yy' names no declared group",
        ])
    }

    struct LimitCase: Sendable {
        var limit: Int
        var errored: Bool
    }

    @Test(arguments: [LimitCase(limit: 5, errored: false), LimitCase(limit: 4, errored: true), LimitCase(limit: 0, errored: true)])
    func checksMaxSwitchesPerRunWithoutDroppingGroups(_ example: LimitCase) {
        let plan = plan(policy: RunPolicy(maxSwitchesPerRun: example.limit))
        #expect(plan.summary.toSwitch == 5)  // a, b, c, d, f switch; e is in sync
        #expect(plan.errored == example.errored)
        #expect(plan.applyable == !example.errored)
        if example.errored {
            #expect(plan.diagnostics.last?.message == "5 groups need switching but policy.maxSwitchesPerRun is \(example.limit)")
        }
    }

    @Test func sameInputsGiveTheSamePlan() {
        #expect(plan() == plan())
        #expect(plan(targets: ["c"]) == plan(targets: ["c"]))
    }
}
