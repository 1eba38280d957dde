// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SDRSEmulator
import SwitchyardBench
import SwitchyardCore
import Testing

@Suite struct BenchWorkloadTests {
    @Test(arguments: [1, 9, 10, 100])
    func applyWorkloadDeclaresExactlyThatManyGroupsStillAtTheirSource(groups: Int) {
        let workload = BenchWorkload.apply(groups: groups, instancesPerGroup: 2)
        #expect(workload.declared.count == groups)
        #expect(workload.declared.allSatisfy { $0.priorityStation == "source" })
        #expect(Set(workload.declared.map(\.id)).count == groups)
        #expect(workload.groupIDList().split(separator: "\n").map(String.init) == workload.declared.map(\.id))
    }

    @Test func planWorkloadDeclaresEveryGroup() {
        let workload = BenchWorkload.plan(groups: 30, instancesPerGroup: 4)
        #expect(workload.declared.count == 30)
        #expect(workload.fixture.protectedInstances.count == 120)
        #expect(workload.declared.filter { $0.priorityStation == "target" }.count == 3)
    }

    @Test func desiredStateParsesWithEveryGroupAtTargetAndRoomToSwitchThemAll() throws {
        let workload = BenchWorkload.apply(groups: 150, instancesPerGroup: 1)
        let result = DesiredStateParser.parse(text: workload.desiredStateYAML(), file: "desired.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let state = try #require(result.state)
        #expect(state.groups.map(\.selector.name) == workload.declared.map(\.name))
        #expect(state.groups.allSatisfy { $0.activeSite == .target })
        #expect(state.policy.maxSwitchesPerRun == 150 && state.policy.parallelism == 150)
        #expect(state.cloud?.projectID == workload.fixture.projectID)
    }

    @Test func criticalPathIsStopReverseAndStartOfTheEmulatorTimings() {
        let workload = BenchWorkload.apply(groups: 1, instancesPerGroup: 4)
        #expect(workload.criticalPathSeconds == 20 + 60 + 30)
    }

    @Test func thePacedBoundAddsTheQueueingOfECSsPaceOnlyBeyondAMinutesWorthOfServers() {
        // 100 groups × 4 servers fit in one minute's 1,000: the bound is the critical path (110 s).
        #expect(BenchWorkload.apply(groups: 100, instancesPerGroup: 4).pacedBoundSeconds == 110)
        // 1,000 × 4: the last stop and the last start each wait (4,000 − 1,000) × 60 / 1,000 = 180 s.
        #expect(BenchWorkload.apply(groups: 1_000, instancesPerGroup: 4).pacedBoundSeconds == 470)
        var unpaced = BenchWorkload.apply(groups: 1_000, instancesPerGroup: 4)
        unpaced.fixture.timings.powerActionsPerMinute = 0
        #expect(unpaced.pacedBoundSeconds == unpaced.criticalPathSeconds)
    }
}
