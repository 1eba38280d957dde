// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudClient
import SDRSEmulator
import SwitchyardCore
import SwitchyardRuntime
import SwitchyardLiveTestSupport
import SwitchyardTestSupport
import Testing

/// Apply through the real client against the in-process emulator running 1000× faster.
@Suite("Apply against the emulator")
struct EmulatorApplyTests {
    /// Emulated time: real time since `start`, scaled by 1000 like the emulator.
    static func scaledNow() -> @Sendable () -> Date {
        let start = Date()
        return { start.addingTimeInterval(Date().timeIntervalSince(start) * 1000) }
    }

    static func executor(_ client: HuaweiCloudClient, journal: any JournalWriter, runID: String) -> Executor {
        Executor(
            cloud: client, journal: journal, clock: ContinuousClock(), now: scaledNow(),
            options: ExecutorOptions(poll: PollSchedule(initial: .seconds(1), cap: .seconds(15), scale: 0.001), runID: runID),
            logger: ApplyHarness.quietLogger
        )
    }

    static func header(_ fixture: EmulatorFixture, runID: String) -> JournalHeader {
        JournalHeader(projectID: fixture.projectID, region: fixture.region, runID: runID, startedAt: Date(), switchyardVersion: "test")
    }

    static func request(_ fixture: EmulatorFixture, count: Int, shutdown: ShutdownMode = .soft) -> ApplyRequest {
        let specs = fixture.groups.prefix(count).map { group in
            SwitchSpec(
                address: group.name, groupID: group.id, desiredSite: group.priorityStation == "source" ? .target : .source,
                shutdown: shutdown, switchTimeout: .minutes(60), shutdownTimeout: .minutes(10), rto: .minutes(60)
            )
        }
        return ApplyRequest(specs: specs, waves: [specs.map(\.address)], parallelism: 2)
    }

    static func changingCalls(_ running: RunningEmulator) async -> Int {
        await running.store.requestCounts().operations.filter(\.changing).reduce(0) { $0 + $1.calls }
    }

    @Test func convergesWithoutViolationsAndSecondApplyChangesNothing() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 3, instancesPerGroup: 2)
        let request = Self.request(fixture, count: 3)
        try await LiveEmulator.run(fixture: fixture) { client, running in
            let journal = MemoryJournal()
            let report = try await Self.executor(client, journal: journal, runID: "r1").run(request, header: Self.header(fixture, runID: "r1"))
            #expect(report.groups.map(\.result) == [.converged, .converged, .converged], "\(report.groups.map(\.reason))")
            #expect(try await running.store.invariantLog().isEmpty)
            for spec in request.specs {
                #expect(try await client.showProtectionGroup(id: spec.groupID)?.priorityStation == spec.desiredSite)
            }
            let changes = await Self.changingCalls(running)
            #expect(changes > 0)
            let again = try await Self.executor(client, journal: journal, runID: "r2").run(request, header: Self.header(fixture, runID: "r2"))
            #expect(again.groups.allSatisfy { $0.result == .alreadyConverged })
            #expect(await Self.changingCalls(running) == changes)
        }
    }

    @Test func softStopHangEscalatesToHardAndConverges() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 2)
        let request = Self.request(fixture, count: 1, shutdown: .softThenHard)
        let hung = fixture.protectedInstances[0].sourceServer
        try await LiveEmulator.run(fixture: fixture) { client, running in
            try await running.store.addFault(FaultRule(kind: .softStopHang, count: 1, serverID: hung))
            let report = try await Self.executor(client, journal: MemoryJournal(), runID: "r1").run(request, header: Self.header(fixture, runID: "r1"))
            #expect(report.groups.first?.result == .converged, "\(String(describing: report.groups.first?.reason))")
            #expect(report.groups.first?.steps.map(\.name) == ["stop", "stop-hard", "reverse", "start"])
            #expect(try await running.store.invariantLog().isEmpty)
        }
    }

    @Test func reverseJobFailureIsReportedThenRerunConverges() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 2)
        let request = Self.request(fixture, count: 1)
        let group = fixture.groups[0]
        try await LiveEmulator.run(fixture: fixture) { client, running in
            try await running.store.addFault(FaultRule(kind: .reverseJobFailure, count: 1, errorCode: "SDRS.1029", groupID: group.id))
            let journal = MemoryJournal()
            let first = try await Self.executor(client, journal: journal, runID: "r1").run(request, header: Self.header(fixture, runID: "r1"))
            let failure = try #require(first.groups.first?.failure)
            #expect(failure.reason == .reverseFailed && failure.errorCode == "SDRS.1029")
            let servers = try await client.listServers(ids: fixture.protectedInstances.filter { $0.group == group.id }.map(\.sourceServer))
            #expect(servers.allSatisfy { $0.isStopped })
            #expect(first.exitCode == 1)

            let memories = JournalReplay.memories(from: await journal.records)
            let second = try await Self.executor(client, journal: journal, runID: "r2")
                .run(request, header: Self.header(fixture, runID: "r2"), memories: memories)
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
        var draft = Self.request(fixture, count: 4)
        let names = draft.specs.map(\.address)
        draft.specs[2].dependsOn = [names[0]]
        draft.specs[3].dependsOn = [names[2]]
        draft.waves = [[names[0], names[1]], [names[2]], [names[3]]]
        let request = draft
        let failing = fixture.groups[0].id
        try await LiveEmulator.run(fixture: fixture) { client, running in
            try await running.store.addFault(FaultRule(kind: .reverseJobFailure, count: 1, errorCode: "SDRS.1029", groupID: failing))
            let report = try await Self.executor(client, journal: MemoryJournal(), runID: "r1").run(request, header: Self.header(fixture, runID: "r1"))
            #expect(report.groups.map(\.result) == [.failed, .converged, .skipped, .skipped])
            #expect(report.groups[0].failure?.errorCode == "SDRS.1029")
            #expect(report.exitCode == 1)
            #expect(try await running.store.invariantLog().isEmpty)
            let untouched = try await client.showProtectionGroup(id: request.specs[2].groupID)
            #expect(untouched?.priorityStation != request.specs[2].desiredSite)
        }
    }
}
