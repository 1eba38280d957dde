// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudClient
import SDRSEmulator
import SwitchyardCore
import SwitchyardExecutor
import SwitchyardLiveTestSupport
import SwitchyardTestSupport
import Testing

/// Apply through the real client against the in-process emulator running 1000× faster.
@Suite("Apply against the emulator")
struct EmulatorApplyTests {
    /// Emulated time: monotonic real time since the start, scaled by 1000 like the emulator.
    static func scaledElapsed() -> @Sendable () -> Duration {
        let start = ContinuousClock.now
        return { start.duration(to: .now) * 1000 }
    }

    static func executor(_ client: HuaweiCloudClient, journal: any JournalWriter, runID: String) -> Executor {
        Executor(
            cloud: client, journal: journal, clock: ContinuousClock(), elapsed: scaledElapsed(), now: { Date() },
            options: ExecutorOptions(poll: PollSchedule(initial: .seconds(1), cap: .seconds(15), scale: 0.001), runID: runID),
            logger: ApplyHarness.quietLogger
        )
    }

    static func header(_ fixture: EmulatorFixture, runID: String) -> JournalHeader {
        JournalHeader(projectID: fixture.projectID, region: fixture.region, runID: runID, startedAt: Date(), switchyardVersion: "test")
    }

    /// The first `count` groups of the fixture, each declared at the site it is not at.
    static func declarations(_ fixture: EmulatorFixture, count: Int, shutdown: ShutdownMode = .soft) -> [DesiredGroup] {
        fixture.groups.prefix(count).map { group in
            DesiredGroup(
                selector: GroupSelector(id: group.id, name: group.name), activeSite: group.priorityStation == "source" ? .target : .source,
                shutdown: shutdown, switchTimeout: .minutes(60), shutdownTimeout: .minutes(10), rto: .minutes(60),
                location: SourceLocation(file: "desired.yaml", line: 1, column: 1)
            )
        }
    }

    /// Observes the emulator and plans, as `apply -f` does.
    static func plan(_ client: HuaweiCloudClient, _ groups: [DesiredGroup], parallelism: Int = 2) async throws -> Plan {
        let desired = DesiredState(file: "desired.yaml", policy: RunPolicy(parallelism: parallelism), groups: groups)
        let live = try await LiveStateObserver(cloud: client).observe { desired.referencedGroupIDs(in: $0) }
        return Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired))
    }

    static func changingCalls(_ running: RunningEmulator) async -> Int {
        await running.store.requestCounts().operations.filter(\.changing).reduce(0) { $0 + $1.calls }
    }

    @Test func convergesWithoutViolationsAndSecondApplyChangesNothing() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 3, instancesPerGroup: 2)
        let declared = Self.declarations(fixture, count: 3)
        try await LiveEmulator.run(fixture: fixture) { client, running in
            let journal = MemoryJournal()
            let plan = try await Self.plan(client, declared)
            let report = try await Self.executor(client, journal: journal, runID: "r1").run(plan, header: Self.header(fixture, runID: "r1"))
            #expect(report.groups.map(\.result) == [.converged, .converged, .converged], "\(report.groups.map(\.reason))")
            #expect(try await running.store.invariantLog().isEmpty)
            for group in plan.groups {
                #expect(try await client.showProtectionGroup(id: group.groupID!)?.priorityStation == group.desiredSite?.site)
            }
            let changes = await Self.changingCalls(running)
            #expect(changes > 0)
            let replan = try await Self.plan(client, declared)
            #expect(replan.summary.changes == 0)
            let again = try await Self.executor(client, journal: journal, runID: "r2").run(replan, header: Self.header(fixture, runID: "r2"))
            #expect(again.groups.allSatisfy { $0.result == .inSync })
            #expect(await Self.changingCalls(running) == changes)
        }
    }

    @Test func softStopHangEscalatesToHardAndConverges() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 2)
        let hung = fixture.protectedInstances[0].sourceServer
        try await LiveEmulator.run(fixture: fixture) { client, running in
            try await running.store.addFault(FaultRule(kind: .softStopHang, count: 1, serverID: hung))
            let plan = try await Self.plan(client, Self.declarations(fixture, count: 1, shutdown: .softThenHard))
            let report = try await Self.executor(client, journal: MemoryJournal(), runID: "r1").run(plan, header: Self.header(fixture, runID: "r1"))
            #expect(report.groups.first?.result == .converged, "\(String(describing: report.groups.first?.reason))")
            #expect(report.groups.first?.steps.map(\.name) == ["stop", "stop-hard", "reverse", "start"])
            #expect(try await running.store.invariantLog().isEmpty)
        }
    }

    @Test func reverseJobFailureIsReportedThenRerunConverges() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 2)
        let group = fixture.groups[0]
        let declared = Self.declarations(fixture, count: 1)
        try await LiveEmulator.run(fixture: fixture) { client, running in
            try await running.store.addFault(FaultRule(kind: .reverseJobFailure, count: 1, errorCode: "SDRS.1029", groupID: group.id))
            let journal = MemoryJournal()
            let plan = try await Self.plan(client, declared)
            let first = try await Self.executor(client, journal: journal, runID: "r1").run(plan, header: Self.header(fixture, runID: "r1"))
            let failure = try #require(first.groups.first?.failure)
            #expect(failure.reason == .reverseFailed && failure.errorCode == "SDRS.1029")
            let servers = try await client.listServers(ids: fixture.protectedInstances.filter { $0.group == group.id }.map(\.sourceServer))
            #expect(servers.allSatisfy { $0.isStopped })
            #expect(ExitStatus(apply: first) == .error)

            // A fresh plan (as on a fresh CI runner: the journal is never read) retries the switchover.
            let replan = try await Self.plan(client, declared)
            let second = try await Self.executor(client, journal: MemoryJournal(), runID: "r2")
                .run(replan, header: Self.header(fixture, runID: "r2"))
            #expect(second.groups.first?.result == .converged, "\(String(describing: second.groups.first?.reason))")
            #expect(try await running.store.invariantLog().isEmpty)
        }
    }

    @Test func showProtectionGroupReadsOneGroupAndNilWhenUnknown() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 2, instancesPerGroup: 1)
        let wanted = fixture.groups[1]
        try await LiveEmulator.run(fixture: fixture) { client, running in
            let group = try await client.showProtectionGroup(id: wanted.id)
            #expect(group?.id == wanted.id && group?.name == wanted.name && group?.priorityStation?.rawValue == wanted.priorityStation)
            #expect(try await client.showProtectionGroup(id: "0f0f0f0f-0000-4000-8000-000000000000") == nil)
            let calls = await LiveEmulator.calls(running)
            #expect(calls["ShowProtectionGroup"] == 2)
            #expect((calls["ListProtectionGroups"] ?? 0) == 0)
        }
    }

    @Test func failedGroupSkipsItsDependantsButNotOthersAcrossWaves() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 4, instancesPerGroup: 1)
        var declared = Self.declarations(fixture, count: 4)
        let names = declared.map(\.address)
        declared[2].dependsOn = [names[0]]
        declared[3].dependsOn = [names[2]]
        let failing = fixture.groups[0].id
        let dependant = declared[2]
        let estate = declared
        try await LiveEmulator.run(fixture: fixture) { client, running in
            try await running.store.addFault(FaultRule(kind: .reverseJobFailure, count: 1, errorCode: "SDRS.1029", groupID: failing))
            let plan = try await Self.plan(client, estate)
            #expect(plan.waves.map(\.groups.count) == [2, 1, 1])
            let report = try await Self.executor(client, journal: MemoryJournal(), runID: "r1").run(plan, header: Self.header(fixture, runID: "r1"))
            let results = Dictionary(uniqueKeysWithValues: report.groups.map { ($0.address, $0.result) })
            #expect(names.map { results[$0] } == [.failed, .converged, .skipped, .skipped])
            #expect(report.groups.first { $0.address == names[0] }?.failure?.errorCode == "SDRS.1029")
            #expect(ExitStatus(apply: report) == .error)
            #expect(try await running.store.invariantLog().isEmpty)
            let untouched = try await client.showProtectionGroup(id: dependant.selector.id!)
            #expect(untouched?.priorityStation?.rawValue == fixture.groups[2].priorityStation)
        }
    }
}
