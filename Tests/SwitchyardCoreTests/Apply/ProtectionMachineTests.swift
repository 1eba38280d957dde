// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// Failover, re-protect and protection changes through the same pure machine: each row feeds
/// observations and call results and checks the action the machine asks for.
@Suite("SwitchoverMachine: failover and protection")
struct ProtectionMachineTests {
    static let job = CloudJobID(service: .sdrs, id: "j-group")
    static let startJob = CloudJobID(service: .ecs, id: "j-start")

    static func plan(_ live: LiveState, failover: Bool = false, protection: ProtectionWish = .unmanaged) -> GroupPlan {
        let desired = DesiredState(file: "d.yaml", groups: [DesiredGroup(
            selector: GroupSelector(id: "g"), activeSite: .target, protection: protection,
            failover: failover ? FailoverDeclaration(reason: "INC-1", location: SourceLocation(file: "d.yaml", line: 2, column: 5)) : nil,
            location: SourceLocation(file: "d.yaml", line: 1, column: 1)
        )])
        return Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired)).groups[0]
    }

    /// The source site's servers unreachable (its AZ down).
    static func sourceDown(_ state: LiveState) -> LiveState {
        var state = state
        state.servers = state.servers.map { server in
            var server = server
            if server.id.hasPrefix("g-s") { server.status = "UNKNOWN" }
            return server
        }
        return state
    }

    static func snapshot(_ state: LiveState) -> GroupSnapshot { GroupSnapshot(group: state.groups.first, servers: state.servers) }

    @Test func aDeclaredFailoverSkipsUnreachableServersFailsOverOnceAndStartsProduction() {
        let live = Self.sourceDown(MachineFixture.state())
        let plan = Self.plan(live, failover: true)
        #expect(plan.action == .failover)
        #expect(plan.steps.map(\.kind) == [.failover, .waitForFailover, .startServers])
        var machine = SwitchoverMachine(plan: plan)
        #expect(machine.start(at: .zero) == .observe)
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(live)), at: .zero)) == "call failover target")
        #expect(SwitchoverMachineTests.describe(machine.handle(.callSucceeded(Self.job), at: .seconds(1))) == "wait wait-for-failover sdrs:j-group poll 1")
        // Still failing over: wait on, never a second failover.
        let failing = Self.sourceDown(MachineFixture.state(status: "failing-over"))
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(failing)), at: .seconds(5))).hasPrefix("wait wait-for-failover"))
        _ = machine.handle(.jobRead(CloudJob(id: Self.job, status: .succeeded)), at: .seconds(9))
        let failedOver = Self.sourceDown(MachineFixture.state(status: "failed-over", production: .target, stopped: MachineFixture.allStopped))
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(failedOver)), at: .seconds(10))) == "call start-servers g-t0,g-t1")
        _ = machine.handle(.callSucceeded(Self.startJob), at: .seconds(11))
        _ = machine.handle(.jobRead(CloudJob(id: Self.startJob, status: .succeeded)), at: .seconds(20))
        let serving = Self.sourceDown(MachineFixture.state(status: "failed-over", production: .target, stopped: []))
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(serving)), at: .seconds(21))) == "finish converged")
    }

    @Test func aFailoverNeverStartsProductionWhileAnOldSiteServerRuns() {
        let live = Self.sourceDown(MachineFixture.state())
        var machine = SwitchoverMachine(plan: Self.plan(live, failover: true))
        _ = machine.start(at: .zero)
        _ = machine.handle(.observed(Self.snapshot(live)), at: .zero)
        _ = machine.handle(.callSucceeded(Self.job), at: .seconds(1))
        _ = machine.handle(.jobRead(CloudJob(id: Self.job, status: .succeeded)), at: .seconds(2))
        // The old zone came back with a server running (g-s0 ACTIVE).
        var back = MachineFixture.state(status: "failed-over", production: .target, stopped: ["g-s1", "g-t0", "g-t1"])
        back.servers = back.servers.map { var s = $0; if s.id == "g-s1" { s.status = "UNKNOWN" }; return s }
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(back)), at: .seconds(3))) == "finish failed both-sites-would-run")
    }

    @Test func aFailedFailoverJobFailsTheGroupWithItsCode() {
        let live = Self.sourceDown(MachineFixture.state())
        var machine = SwitchoverMachine(plan: Self.plan(live, failover: true))
        _ = machine.start(at: .zero)
        _ = machine.handle(.observed(Self.snapshot(live)), at: .zero)
        _ = machine.handle(.callSucceeded(Self.job), at: .seconds(1))
        _ = machine.handle(.jobRead(CloudJob(id: Self.job, status: .failed, errorCode: "SDRS.1030")), at: .seconds(2))
        let end = machine.handle(.observed(Self.snapshot(Self.sourceDown(MachineFixture.state(status: "error-failing-over")))), at: .seconds(3))
        #expect(SwitchoverMachineTests.describe(end) == "finish failed failover-failed")
        #expect(machine.outcome?.failure?.errorCode == "SDRS.1030")
    }

    @Test func reprotectStopsTheOtherSiteFirstThenSendsOneCall() {
        // Failed over to target; the old production g-s0 runs again.
        let live = MachineFixture.state(status: "failed-over", production: .target, stopped: ["g-s1"])
        let plan = Self.plan(live, protection: .enabled)
        #expect(plan.action == .reprotect)
        var machine = SwitchoverMachine(plan: plan)
        _ = machine.start(at: .zero)
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(live)), at: .zero)) == "call stop-servers soft g-s0")
        _ = machine.handle(.callSucceeded(CloudJobID(service: .ecs, id: "j-stop")), at: .seconds(1))
        _ = machine.handle(.jobRead(CloudJob(id: CloudJobID(service: .ecs, id: "j-stop"), status: .succeeded)), at: .seconds(2))
        let stopped = MachineFixture.state(status: "failed-over", production: .target, stopped: ["g-s0", "g-s1"])
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(stopped)), at: .seconds(3))) == "call reprotect")
        _ = machine.handle(.callSucceeded(Self.job), at: .seconds(4))
        let reprotecting = MachineFixture.state(status: "reprotecting", production: .target, stopped: ["g-s0", "g-s1"])
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(reprotecting)), at: .seconds(5))).hasPrefix("wait wait-for-protection"))
        _ = machine.handle(.jobRead(CloudJob(id: Self.job, status: .succeeded)), at: .seconds(6))
        let protected = MachineFixture.state(status: "protected", production: .target, stopped: ["g-s0", "g-s1"])
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(protected)), at: .seconds(7))) == "finish converged")
    }

    @Test func protectionAlreadyAsDeclaredChangesNothing() {
        let live = MachineFixture.state(status: "available", production: .target, stopped: ["g-s0", "g-s1"])
        let plan = Self.plan(live, protection: .enabled)
        #expect(plan.action == .enableProtection)
        var machine = SwitchoverMachine(plan: plan)
        _ = machine.start(at: .zero)
        // Someone enabled it since the plan.
        let protected = MachineFixture.state(status: "protected", production: .target, stopped: ["g-s0", "g-s1"])
        #expect(SwitchoverMachineTests.describe(machine.handle(.observed(Self.snapshot(protected)), at: .zero)) == "finish already-converged")
        #expect(!machine.changed)
    }

    @Test func withoutTheDeclarationAnUnreachableProductionSiteBlocksAndNamesFailover() {
        let plan = Self.plan(Self.sourceDown(MachineFixture.state()))
        #expect(plan.action == .blocked)
        #expect(plan.reasons.contains { $0.code == .productionSiteDown && $0.message.contains("failover:") })
    }
}
