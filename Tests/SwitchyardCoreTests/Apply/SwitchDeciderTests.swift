// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import Testing

@Suite("SwitchDecider: snapshot → action")
struct SwitchDeciderTests {
    typealias F = DeciderFixture

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var spec: SwitchSpec = F.spec()
        var snapshot: GroupSnapshot
        var memory = GroupMemory()
        var minutesLater = 0.0
        var expected: SwitchAction
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "group gone → refuse", snapshot: GroupSnapshot(group: nil, instances: [], servers: []),
             expected: .refuse("protection group g was not found")),
        Case(name: "needs switch, production running → soft stop of production only",
             snapshot: F.snapshot(), expected: .stopServers(["g-s0", "g-s1"], .soft)),
        Case(name: "shutdown hard → hard stop", spec: F.spec(shutdown: .hard),
             snapshot: F.snapshot(), expected: .stopServers(["g-s0", "g-s1"], .hard)),
        Case(name: "soft-then-hard starts soft", spec: F.spec(shutdown: .softThenHard),
             snapshot: F.snapshot(), expected: .stopServers(["g-s0", "g-s1"], .soft)),
        Case(name: "one already stopped → stop only the other",
             snapshot: F.snapshot(source: [.shutoff, .active]), expected: .stopServers(["g-s1"], .soft)),
        Case(name: "powering-off is waited for, not stopped again",
             snapshot: F.snapshot(source: [.shutoff, .poweringOff]), expected: .waitForShutdown),
        Case(name: "stop issued, still active → wait",
             snapshot: F.snapshot(), memory: GroupMemory(stopJob: F.jobID, stopIssuedAt: F.t0, stopMode: .soft), minutesLater: 5,
             expected: .waitForShutdown),
        Case(name: "soft stop timed out with soft → fail", snapshot: F.snapshot(source: [.shutoff, .poweringOff]),
             memory: GroupMemory(stopJob: F.jobID, stopIssuedAt: F.t0, stopMode: .soft), minutesLater: 10,
             expected: .fail(GroupFailure(
                reason: .shutdownTimeout, message: "production servers of g not stopped 10m after a soft stop", jobID: F.jobID,
                serverState: "1 production server(s) still running; the group was not switched",
                nextSafeAction: "shut the guests down, or use shutdown: soft-then-hard, then rerun apply"))),
        Case(name: "soft stop timed out with soft-then-hard → hard stop of the rest once", spec: F.spec(shutdown: .softThenHard),
             snapshot: F.snapshot(source: [.shutoff, .poweringOff]),
             memory: GroupMemory(stopJob: F.jobID, stopIssuedAt: F.t0, stopMode: .soft), minutesLater: 10,
             expected: .stopServers(["g-s1"], .hard)),
        Case(name: "all production stopped → reverse", snapshot: F.snapshot(source: [.shutoff, .shutoff]),
             expected: .reverse(to: .target)),
        Case(name: "error-reversing, stopped → retry the reverse", snapshot: F.snapshot(status: "error-reversing", source: [.shutoff, .shutoff]),
             expected: .reverse(to: .target)),
        Case(name: "reversing → wait, never reverse again", snapshot: F.snapshot(status: "reversing", source: [.shutoff, .shutoff]),
             expected: .waitForReverse(nil)),
        Case(name: "reversing with a journaled job → adopt it", snapshot: F.snapshot(status: "reversing", source: [.shutoff, .shutoff]),
             memory: GroupMemory(adoptedReverseJob: F.jobID), expected: .waitForReverse(F.jobID)),
        Case(name: "reversing, servers stopped at both sides → nothing is started", snapshot: F.snapshot(status: "reversing", source: [.shutoff, .shutoff]),
             memory: GroupMemory(reverseJob: F.jobID, reverseStartedAt: F.t0), minutesLater: 29, expected: .waitForReverse(F.jobID)),
        Case(name: "reversing past switchTimeout → fail, job continues", snapshot: F.snapshot(status: "reversing", source: [.shutoff, .shutoff]),
             memory: GroupMemory(reverseJob: F.jobID, reverseStartedAt: F.t0), minutesLater: 30,
             expected: .fail(GroupFailure(
                reason: .switchTimeout, message: "still reversing after 30m; the job continues in the cloud — rerun to adopt it",
                jobID: F.jobID, serverState: "no server is powered on while the group is reversing",
                nextSafeAction: "rerun apply to adopt the switchover in flight"))),
        Case(name: "reverse issued, group not yet reversing → wait for that job", snapshot: F.snapshot(source: [.shutoff, .shutoff]),
             memory: GroupMemory(reverseJob: F.jobID, reverseStartedAt: F.t0), expected: .waitForReverse(F.jobID)),
        Case(name: "status error-stopping → refuse", snapshot: F.snapshot(status: "error-stopping"),
             expected: .refuse("status of g is error-stopping: a switchover needs protected or error-reversing")),
        Case(name: "no replication → refuse", snapshot: F.snapshot(replications: 0),
             expected: .refuse("g has no replication pair: SDRS cannot switch it")),
        Case(name: "server deleted → refuse", snapshot: F.snapshot(exists: false),
             expected: .refuse("servers g-s1 of g no longer exist")),
        Case(name: "priority unknown → refuse", snapshot: F.snapshot(production: nil),
             expected: .refuse("priority_station of g is unknown (status protected)")),
        Case(name: "converged site, new production stopped → start only the new production",
             snapshot: F.snapshot(production: .target, source: [.shutoff, .shutoff], target: [.shutoff, .shutoff]),
             memory: GroupMemory(changed: true), expected: .startServers(["g-t0", "g-t1"])),
        Case(name: "start not wanted → done", spec: F.spec(start: false),
             snapshot: F.snapshot(production: .target, source: [.shutoff, .shutoff], target: [.shutoff, .shutoff]),
             memory: GroupMemory(changed: true), expected: .done(.converged)),
        Case(name: "start issued, still SHUTOFF → wait, not start again",
             snapshot: F.snapshot(production: .target, source: [.shutoff, .shutoff], target: [.shutoff, .shutoff]),
             memory: GroupMemory(startJob: F.jobID, startIssuedAt: F.t0, changed: true), expected: .waitForStart),
        Case(name: "powering-on → wait",
             snapshot: F.snapshot(production: .target, source: [.shutoff, .shutoff], target: [.active, .poweringOn]),
             expected: .waitForStart),
        Case(name: "already at desired site and running → already converged",
             snapshot: F.snapshot(production: .target, source: [.shutoff, .shutoff], target: [.active, .active]),
             expected: .done(.alreadyConverged)),
        Case(name: "started by this run → converged",
             snapshot: F.snapshot(production: .target, source: [.shutoff, .shutoff], target: [.active, .active]),
             memory: GroupMemory(changed: true), expected: .done(.converged)),
        Case(name: "at desired site but error-reversing → refuse",
             snapshot: F.snapshot(production: .target, status: "error-reversing", source: [.shutoff, .shutoff], target: [.shutoff, .shutoff]),
             expected: .refuse("g is at target but its status is error-reversing; nothing will be changed")),
        Case(name: "restart-original after failed reverse → start the original production",
             spec: F.spec(onFailure: .restartOriginal), snapshot: F.snapshot(status: "error-reversing", source: [.shutoff, .shutoff]),
             memory: GroupMemory(originalSite: .source, reverseJob: F.jobID, reverseResult: F.job(.failed, code: "SDRS.1029")),
             expected: .startServers(["g-s0", "g-s1"])),
        Case(name: "restart-original when the site changed → leave stopped",
             spec: F.spec(onFailure: .restartOriginal),
             snapshot: F.snapshot(production: .target, status: "error-reversing", source: [.shutoff, .shutoff], target: [.shutoff, .shutoff]),
             memory: GroupMemory(originalSite: .source, reverseJob: F.jobID, reverseResult: F.job(.failed, code: "SDRS.1029")),
             expected: .fail(GroupFailure(
                reason: .reverseFailed, message: "switchover of g to target failed (job sdrs:j1); status is error-reversing",
                errorCode: "SDRS.1029", failReason: "failed: SDRS.1029", jobID: F.jobID,
                serverState: "2 of 2 production server(s) at target stopped; left as they are (restart-original not applied: the group changed site or its original site is unknown)",
                nextSafeAction: "fix the cause, then rerun apply (SDRS allows retrying a reverse from error-reversing)"))),
    ]

    @Test(arguments: cases)
    func decides(_ testCase: Case) {
        let now = F.t0.addingTimeInterval(testCase.minutesLater * 60)
        let action = SwitchDecider.decide(spec: testCase.spec, observation: testCase.snapshot, memory: testCase.memory, now: now)
        #expect(action == testCase.expected)
    }

    @Test func failedReverseLeavesStoppedAndReportsTheJobError() throws {
        let memory = GroupMemory(originalSite: .source, reverseJob: F.jobID, reverseResult: F.job(.failed, code: "SDRS.1029"))
        let action = SwitchDecider.decide(spec: F.spec(), observation: F.snapshot(status: "error-reversing", source: [.shutoff, .shutoff]), memory: memory, now: F.t0)
        guard case .fail(let failure) = action else { Issue.record("expected fail, got \(action)"); return }
        #expect(failure.reason == .reverseFailed)
        #expect(failure.errorCode == "SDRS.1029")
        #expect(failure.serverState?.contains("2 of 2 production server(s) at source stopped") == true)
        #expect(failure.nextSafeAction.contains("rerun apply"))
    }

    @Test func escalatedHardStopThatTimesOutFails() {
        let memory = GroupMemory(stopJob: F.jobID, stopIssuedAt: F.t0, stopMode: .hard, escalatedToHard: true)
        let action = SwitchDecider.decide(spec: F.spec(shutdown: .softThenHard), observation: F.snapshot(source: [.active, .shutoff]), memory: memory, now: F.t0.addingTimeInterval(600))
        guard case .fail(let failure) = action else { Issue.record("expected fail, got \(action)"); return }
        #expect(failure.reason == .shutdownTimeout)
    }

    @Test func failedHardStopFails() {
        let memory = GroupMemory(stopJob: F.jobID, stopIssuedAt: F.t0, stopMode: .hard, stopFailure: F.job(.failed, code: "Ecs.0001", service: .ecs))
        let action = SwitchDecider.decide(spec: F.spec(shutdown: .hard), observation: F.snapshot(), memory: memory, now: F.t0)
        guard case .fail(let failure) = action else { Issue.record("expected fail, got \(action)"); return }
        #expect(failure.reason == .stopFailed && failure.errorCode == "Ecs.0001")
    }

    @Test func succeededReverseThatDidNotFlipFails() {
        let memory = GroupMemory(reverseJob: F.jobID, reverseResult: F.job(.succeeded))
        let action = SwitchDecider.decide(spec: F.spec(), observation: F.snapshot(source: [.shutoff, .shutoff]), memory: memory, now: F.t0)
        guard case .fail(let failure) = action else { Issue.record("expected fail, got \(action)"); return }
        #expect(failure.reason == .reverseNotEffective)
    }

    @Test func failedStartFails() {
        let memory = GroupMemory(startJob: F.jobID, startIssuedAt: F.t0, startFailure: F.job(.failed, code: "Ecs.0100", service: .ecs), changed: true)
        let snapshot = F.snapshot(production: .target, source: [.shutoff, .shutoff], target: [.shutoff, .shutoff])
        let action = SwitchDecider.decide(spec: F.spec(), observation: snapshot, memory: memory, now: F.t0)
        guard case .fail(let failure) = action else { Issue.record("expected fail, got \(action)"); return }
        #expect(failure.reason == .startFailed && failure.errorCode == "Ecs.0100")
    }

    @Test func restartOriginalFinishesAsFailureOnceRunning() {
        let memory = GroupMemory(originalSite: .source, reverseJob: F.jobID, reverseResult: F.job(.failed, code: "SDRS.1029"), restartedOriginal: true)
        let action = SwitchDecider.decide(spec: F.spec(onFailure: .restartOriginal), observation: F.snapshot(status: "error-reversing"), memory: memory, now: F.t0)
        guard case .fail(let failure) = action else { Issue.record("expected fail, got \(action)"); return }
        #expect(failure.serverState?.contains("restarted") == true)
    }
}
