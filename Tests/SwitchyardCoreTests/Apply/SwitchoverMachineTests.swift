// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// Every transition of the apply state machine, driven with values only: no cloud, no clock, no I/O.
@Suite("SwitchoverMachine transitions")
struct SwitchoverMachineTests {
    /// One row: a group as planned, then events fed at given (monotonic) seconds, and the action
    /// expected after the last one, written as `SwitchoverMachineTests.describe` spells it.
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var expected: String
        var run: @Sendable () -> String

        var testDescription: String { name }
    }

    static let job = CloudJobID(service: .ecs, id: "j1")
    static let reverseJob = CloudJobID(service: .sdrs, id: "r1")

    static let rows: [Row] = [
        Row(name: "running production is stopped with the planned mode", expected: "call stop-servers soft g-s0,g-s1") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot()), at: .zero))
        },
        Row(name: "a stop that returned a job is waited for by reading the job", expected: "wait wait-for-shutdown ecs:j1 poll 1") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            _ = m.handle(.observed(MachineFixture.snapshot()), at: .zero)
            return describe(m.handle(.callSucceeded(job), at: .seconds(1)))
        },
        Row(name: "a running job is read again", expected: "wait wait-for-shutdown ecs:j1 poll 2") {
            var m = MachineFixture.stopIssued()
            return describe(m.handle(.jobRead(CloudJob(id: job, status: .running)), at: .seconds(5)))
        },
        Row(name: "a finished job leads to a fresh observation", expected: "observe") {
            var m = MachineFixture.stopIssued()
            return describe(m.handle(.jobRead(CloudJob(id: job, status: .succeeded)), at: .seconds(5)))
        },
        Row(name: "a job still running past the shutdown deadline leads to an observation", expected: "observe") {
            var m = MachineFixture.stopIssued()
            return describe(m.handle(.jobRead(CloudJob(id: job, status: .running)), at: .seconds(601)))
        },
        Row(name: "every planned server shut down: reverse", expected: "call reverse target") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(stopped: MachineFixture.allStopped)), at: .zero))
        },
        Row(name: "servers powering off from elsewhere are waited for, not stopped again", expected: "wait wait-for-shutdown - poll 1") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(tasks: ["g-s0": "powering-off", "g-s1": "powering-off"])), at: .zero))
        },
        Row(name: "soft-then-hard escalates after the timeout, counted from the first observation", expected: "call stop-servers hard g-s0") {
            var m = MachineFixture.switching(shutdown: .softThenHard)
            _ = m.start(at: .zero)
            let hanging = MachineFixture.snapshot(stopped: ["g-s1", "g-t0", "g-t1"], tasks: ["g-s0": "powering-off"])
            _ = m.handle(.observed(hanging), at: .seconds(100))
            return describe(m.handle(.observed(hanging), at: .seconds(700)))
        },
        Row(name: "soft fails at the timeout without a reverse", expected: "finish failed shutdown-timeout") {
            var m = MachineFixture.switching(shutdown: .soft)
            _ = m.start(at: .zero)
            let hanging = MachineFixture.snapshot(stopped: ["g-s1", "g-t0", "g-t1"], tasks: ["g-s0": "powering-off"])
            _ = m.handle(.observed(hanging), at: .seconds(100))
            return describe(m.handle(.observed(hanging), at: .seconds(700)))
        },
        Row(name: "a server the plan saw stopped but runs now is not stopped: refused", expected: "finish refused") {
            var m = MachineFixture.switching(plannedStopped: ["g-s1"])
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot()), at: .zero))
        },
        Row(name: "reversing towards the desired site is waited for", expected: "wait wait-for-switch - poll 1") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(status: "reversing", stopped: MachineFixture.allStopped)), at: .zero))
        },
        Row(name: "reversing away from the desired site is refused", expected: "finish refused") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(status: "reversing", production: .target)), at: .zero))
        },
        Row(name: "reversing past the switch timeout fails", expected: "finish failed switch-timeout") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            let reversing = MachineFixture.snapshot(status: "reversing", stopped: MachineFixture.allStopped)
            _ = m.handle(.observed(reversing), at: .zero)
            return describe(m.handle(.observed(reversing), at: .seconds(1801)))
        },
        Row(name: "at the desired site with production down and the other site shut down: start", expected: "call start-servers g-t0,g-t1") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s0", "g-s1", "g-t0", "g-t1"])), at: .zero))
        },
        Row(name: "never start production while the other site runs", expected: "finish failed both-sites-would-run") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s1", "g-t0", "g-t1"])), at: .zero))
        },
        Row(name: "already as desired: nothing changed", expected: "finish already-converged") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s0", "g-s1"])), at: .zero))
        },
        Row(name: "a status that forbids switching is refused before any change", expected: "finish refused") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(status: "error-stopping")), at: .zero))
        },
        Row(name: "the same after this run stopped servers fails midway", expected: "finish failed blocked-midway") {
            var m = MachineFixture.stopIssued()
            _ = m.handle(.jobRead(CloudJob(id: job, status: .succeeded)), at: .seconds(5))
            return describe(m.handle(.observed(MachineFixture.snapshot(status: "error-stopping", stopped: MachineFixture.allStopped)), at: .seconds(6)))
        },
        Row(name: "a vanished group is refused", expected: "finish refused") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(GroupSnapshot(group: nil, servers: [])), at: .zero))
        },
        Row(name: "a failed switchover with leave-stopped fails and starts nothing", expected: "finish failed reverse-failed") {
            var m = MachineFixture.reverseIssued(onFailure: .leaveStopped)
            _ = m.handle(.jobRead(CloudJob(id: reverseJob, status: .failed, errorCode: "SDRS.1029")), at: .seconds(10))
            return describe(m.handle(.observed(MachineFixture.snapshot(status: "error-reversing", stopped: MachineFixture.allStopped)), at: .seconds(11)))
        },
        Row(name: "a failed switchover with restart-original restarts the original production", expected: "call restart g-s0,g-s1") {
            var m = MachineFixture.reverseIssued(onFailure: .restartOriginal)
            _ = m.handle(.jobRead(CloudJob(id: reverseJob, status: .failed, errorCode: "SDRS.1029")), at: .seconds(10))
            return describe(m.handle(.observed(MachineFixture.snapshot(status: "error-reversing", stopped: MachineFixture.allStopped)), at: .seconds(11)))
        },
        Row(name: "a reverse sent by this run is never sent twice while the group does not show it", expected: "wait wait-for-switch sdrs:r1 poll 2") {
            var m = MachineFixture.reverseIssued(onFailure: .leaveStopped)
            return describe(m.handle(.observed(MachineFixture.snapshot(stopped: MachineFixture.allStopped)), at: .seconds(3)))
        },
        Row(name: "a refused call asked again with the same live state fails", expected: "finish failed cloud-error") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            let stopped = MachineFixture.snapshot(stopped: MachineFixture.allStopped)
            _ = m.handle(.observed(stopped), at: .zero)
            _ = m.handle(.callFailed(CloudError(kind: .rejected, operation: "reverse", httpStatus: 400, code: "SDRS.1002", message: "no")), at: .seconds(1))
            return describe(m.handle(.observed(stopped), at: .seconds(3)))
        },
        Row(name: "a transient call failure re-observes after a pause", expected: "wait reverse - poll 1") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            _ = m.handle(.observed(MachineFixture.snapshot(stopped: MachineFixture.allStopped)), at: .zero)
            return describe(m.handle(.callFailed(CloudError(kind: .serverError, operation: "reverse", httpStatus: 503, message: "busy")), at: .seconds(1)))
        },
        Row(name: "more transient failures than allowed fail the group", expected: "finish failed cloud-error") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            let stopped = MachineFixture.snapshot(stopped: MachineFixture.allStopped)
            var last = ""
            for attempt in 0...SwitchoverMachine.maximumFailedCalls {
                _ = m.handle(.observed(stopped), at: .seconds(Int64(attempt * 10)))
                last = describe(m.handle(.callFailed(CloudError(kind: .connection, operation: "reverse", message: "reset")), at: .seconds(Int64(attempt * 10 + 1))))
            }
            return last
        },
        Row(name: "complete: a switchover in flight is waited for, then production started", expected: "call start-servers g-t0,g-t1") {
            var m = SwitchoverMachine(plan: MachineFixture.plan(MachineFixture.state(status: "reversing", stopped: MachineFixture.allStopped)))
            _ = m.start(at: .zero)
            _ = m.handle(.observed(MachineFixture.snapshot(status: "reversing", stopped: MachineFixture.allStopped)), at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s0", "g-s1", "g-t0", "g-t1"])), at: .seconds(30)))
        },
        Row(name: "complete: a switchover in flight that fails ends the group failed", expected: "finish failed reverse-failed") {
            var m = SwitchoverMachine(plan: MachineFixture.plan(MachineFixture.state(status: "reversing", stopped: MachineFixture.allStopped)))
            _ = m.start(at: .zero)
            _ = m.handle(.observed(MachineFixture.snapshot(status: "reversing", stopped: MachineFixture.allStopped)), at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(status: "error-reversing", stopped: MachineFixture.allStopped)), at: .seconds(30)))
        },
        Row(name: "start: production moved away since the plan is refused", expected: "finish refused") {
            var m = SwitchoverMachine(plan: MachineFixture.plan(MachineFixture.state(production: .target, stopped: ["g-s0", "g-s1", "g-t0", "g-t1"])))
            _ = m.start(at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot(stopped: ["g-t0", "g-t1"])), at: .zero))
        },
        Row(name: "start: servers found running after the start finish the group converged", expected: "finish converged") {
            var m = SwitchoverMachine(plan: MachineFixture.plan(MachineFixture.state(production: .target, stopped: ["g-s0", "g-s1", "g-t0", "g-t1"])))
            _ = m.start(at: .zero)
            _ = m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s0", "g-s1", "g-t0", "g-t1"])), at: .zero)
            _ = m.handle(.callSucceeded(job), at: .seconds(1))
            _ = m.handle(.jobRead(CloudJob(id: job, status: .succeeded)), at: .seconds(20))
            return describe(m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s0", "g-s1"])), at: .seconds(21)))
        },
        Row(name: "a plan without steps finishes at once", expected: "finish refused") {
            var m = SwitchoverMachine(plan: MachineFixture.plan(MachineFixture.state(production: .target, stopped: ["g-s0", "g-s1"])))
            return describe(m.start(at: .zero))
        },
        Row(name: "no event changes a finished machine", expected: "finish refused") {
            var m = MachineFixture.switching()
            _ = m.start(at: .zero)
            _ = m.handle(.observed(GroupSnapshot(group: nil, servers: [])), at: .zero)
            return describe(m.handle(.observed(MachineFixture.snapshot()), at: .seconds(1)))
        },
    ]

    @Test(arguments: rows)
    func transition(_ row: Row) {
        #expect(row.run() == row.expected)
    }

    @Test func reportRecordsOneBarPerChangeAndSkippedSteps() {
        var m = MachineFixture.switching()
        _ = m.start(at: .zero)
        _ = m.handle(.observed(MachineFixture.snapshot(stopped: MachineFixture.allStopped)), at: .zero)
        _ = m.handle(.callSucceeded(Self.reverseJob), at: .seconds(1))
        _ = m.handle(.jobRead(CloudJob(id: Self.reverseJob, status: .succeeded)), at: .seconds(60))
        _ = m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s0", "g-s1", "g-t0", "g-t1"])), at: .seconds(61))
        _ = m.handle(.callSucceeded(Self.job), at: .seconds(62))
        _ = m.handle(.jobRead(CloudJob(id: Self.job, status: .succeeded)), at: .seconds(80))
        let end = m.handle(.observed(MachineFixture.snapshot(production: .target, stopped: ["g-s0", "g-s1"])), at: .seconds(81))
        #expect(Self.describe(end) == "finish converged")
        #expect(m.steps.map(\.kind) == [.reverse, .startServers])
        #expect(m.steps.allSatisfy { $0.endedAt != nil })
        #expect(m.satisfiedSteps == [.stopServers])
        #expect(m.downtimeEnd == .seconds(81))
    }

    /// `call stop-servers soft a,b`, `wait wait-for-shutdown ecs:j1 poll 2`, `finish failed reason`.
    static func describe(_ action: SwitchoverMachine.Action) -> String {
        switch action {
        case .observe: "observe"
        case .call(.stopServers(let ids, let mode)): "call stop-servers \(mode.rawValue) \(ids.joined(separator: ","))"
        case .call(.reverse(let site)): "call reverse \(site.rawValue)"
        case .call(.startServers(let ids, let restarts)): "call \(restarts ? "restart" : "start-servers") \(ids.joined(separator: ","))"
        case .call(.failover(let site)): "call failover \(site.rawValue)"
        case .call(let call): "call \(call.step.rawValue)"
        case .wait(let wait): "wait \(wait.step.rawValue) \(wait.job?.description ?? "-") poll \(wait.poll)"
        case .finish(let outcome):
            "finish \(outcome.result.rawValue)" + (outcome.failure.map { " \($0.reason.rawValue)" } ?? "")
        }
    }
}

/// Plans and snapshots of one group `g` with two instances (servers `g-s0`, `g-s1` at source in
/// `az1`; `g-t0`, `g-t1` at target in `az2`), declared at target.
enum MachineFixture {
    static let allStopped: Set<String> = ["g-s0", "g-s1", "g-t0", "g-t1"]

    static func state(status: String = "protected", production: Site = .source, stopped: Set<String> = ["g-t0", "g-t1"], tasks: [String: String] = [:]) -> LiveState {
        let parts = FakeCloud.group(id: "g", production: production)
        var group = parts.0
        group.status = status
        let servers = parts.2.map { server in
            var server = server
            server.status = stopped.contains(server.id) ? "SHUTOFF" : "ACTIVE"
            server.taskState = tasks[server.id]
            return server
        }
        return LiveState(groups: [group], instances: parts.1, servers: servers)
    }

    static func snapshot(status: String = "protected", production: Site = .source, stopped: Set<String> = ["g-t0", "g-t1"], tasks: [String: String] = [:]) -> GroupSnapshot {
        let live = state(status: status, production: production, stopped: stopped, tasks: tasks)
        return GroupSnapshot(group: live.groups.first, servers: live.servers)
    }

    static func plan(_ live: LiveState, shutdown: ShutdownMode = .soft, onFailure: FailurePolicy = .leaveStopped) -> GroupPlan {
        let desired = DesiredState(file: "d.yaml", groups: [DesiredGroup(
            selector: GroupSelector(id: "g"), activeSite: .target, shutdown: shutdown, onFailure: onFailure,
            location: SourceLocation(file: "d.yaml", line: 1, column: 1)
        )])
        return Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired)).groups[0]
    }

    static func switching(shutdown: ShutdownMode = .soft, onFailure: FailurePolicy = .leaveStopped, plannedStopped: Set<String> = []) -> SwitchoverMachine {
        SwitchoverMachine(plan: plan(state(stopped: plannedStopped.union(["g-t0", "g-t1"])), shutdown: shutdown, onFailure: onFailure))
    }

    static func stopIssued() -> SwitchoverMachine {
        var machine = switching()
        _ = machine.start(at: .zero)
        _ = machine.handle(.observed(snapshot()), at: .zero)
        _ = machine.handle(.callSucceeded(SwitchoverMachineTests.job), at: .seconds(1))
        return machine
    }

    static func reverseIssued(onFailure: FailurePolicy) -> SwitchoverMachine {
        var machine = switching(onFailure: onFailure)
        _ = machine.start(at: .zero)
        _ = machine.handle(.observed(snapshot()), at: .zero)
        _ = machine.handle(.callSucceeded(SwitchoverMachineTests.job), at: .seconds(1))
        _ = machine.handle(.jobRead(CloudJob(id: SwitchoverMachineTests.job, status: .succeeded)), at: .seconds(2))
        _ = machine.handle(.observed(snapshot(stopped: allStopped)), at: .seconds(2))
        _ = machine.handle(.callSucceeded(SwitchoverMachineTests.reverseJob), at: .seconds(3))
        return machine
    }
}
