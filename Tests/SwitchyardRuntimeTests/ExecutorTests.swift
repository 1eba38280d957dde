// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardRuntime
import SwitchyardTestSupport
import Testing

@Suite("Executor against FakeCloud")
struct ExecutorTests {
    typealias H = ApplyHarness

    @Test func convergesThenSecondRunChangesNothing() async throws {
        let cloud = H.cloud(["g"])
        let journal = MemoryJournal()
        let clock = TestClock()
        let request = ApplyRequest(specs: [H.spec("g")], waves: [["g"]])
        let report = try await H.executor(cloud, journal: journal, clock: clock).run(request, header: H.header(clock))
        let group = try #require(report.groups.first)
        #expect(group.result == .converged)
        #expect(group.steps.map(\.name) == ["stop", "reverse", "start"])
        #expect(group.steps.allSatisfy { $0.endedAt != nil && $0.jobID != nil })
        #expect(group.downtime != nil && group.exceededRTO == false)
        #expect(report.exitCode == 0)
        let live = await cloud.groups["g"]
        #expect(live?.priorityStation == .target && live?.status == "protected")
        let servers = await cloud.servers
        #expect(servers["g-t0"]?.status == "ACTIVE" && servers["g-s0"]?.status == "SHUTOFF")
        #expect(await cloud.changingCalls.map(\.operation) == ["StopServers", "ReverseProtectionGroup", "StartServers"])
        let intents = await journal.intents, outcomes = await journal.outcomes
        #expect(intents.map(\.action) == [.stop, .reverse, .start])
        #expect(outcomes.map(\.sequence) == intents.map(\.sequence))
        #expect(outcomes.allSatisfy { $0.jobID != nil })

        let again = try await H.executor(cloud, journal: journal, clock: clock, runID: "run-2").run(request, header: H.header(clock, runID: "run-2"))
        #expect(again.groups.map(\.result) == [.alreadyConverged])
        #expect(await cloud.changingCalls.count == 3)
    }

    @Test func failedGroupSkipsDependantsNotUnrelatedGroups() async throws {
        let cloud = H.cloud(["a", "b", "c", "d"])
        await cloud.configure { $0.reverseFailures["a"] = ("SDRS.1029", "replication broken") }
        let request = ApplyRequest(
            specs: [H.spec("a"), H.spec("b", dependsOn: ["a"]), H.spec("c"), H.spec("d", dependsOn: ["b"])],
            waves: [["a", "c"], ["b"], ["d"]], parallelism: 2
        )
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(request, header: H.header(clock))
        let results = Dictionary(uniqueKeysWithValues: report.groups.map { ($0.address, $0) })
        #expect(results["a"]?.result == .failed)
        #expect(results["a"]?.failure?.errorCode == "SDRS.1029")
        #expect(results["c"]?.result == .converged)
        #expect(results["b"]?.result == .skipped && results["b"]?.reason?.contains("depends on a") == true)
        #expect(results["d"]?.result == .skipped && results["d"]?.reason?.contains("depends on b") == true)
        #expect(report.exitCode == 1)
        #expect(await cloud.changingCalls.allSatisfy { !$0.argument.contains("b-") && !$0.argument.hasPrefix("b:") })
    }

    @Test func parallelismBoundIsRespected() async throws {
        let names = (0..<6).map { "p\($0)" }
        let cloud = H.cloud(names, pollsPerJob: 4)
        let events = EventLog()
        let clock = TestClock()
        let request = ApplyRequest(specs: names.map { H.spec($0) }, waves: [names], parallelism: 2)
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock, events: events).run(request, header: H.header(clock))
        #expect(report.groups.allSatisfy { $0.result == .converged }, "\(report.groups.map(\.reason))")
        // Scheduling decides whether two groups actually overlap; the bound must hold either way.
        #expect(events.maxConcurrentGroups <= 2)
    }

    @Test func softThenHardEscalatesOnceAndConverges() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.softStopHangs = ["g-s0"] }
        let clock = TestClock()
        let request = ApplyRequest(specs: [H.spec("g", shutdown: .softThenHard)], waves: [["g"]])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(request, header: H.header(clock))
        #expect(report.groups.first?.result == .converged)
        #expect(report.groups.first?.steps.map(\.name) == ["stop", "stop-hard", "reverse", "start"])
        let stops = await cloud.changingCalls.filter { $0.operation == "StopServers" }.map(\.argument)
        #expect(stops.count == 2 && stops[1].hasPrefix("hard:"))
    }

    @Test func softStopThatHangsFailsWithoutReversing() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.softStopHangs = ["g-s0"] }
        let clock = TestClock()
        let request = ApplyRequest(specs: [H.spec("g", shutdown: .soft)], waves: [["g"]])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(request, header: H.header(clock))
        #expect(report.groups.first?.failure?.reason == .shutdownTimeout)
        #expect(await cloud.changingCalls.map(\.operation) == ["StopServers"])
    }

    @Test func failedReverseLeavesStoppedThenRerunConverges() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.reverseFailures["g"] = ("SDRS.1029", "replication broken") }
        let journal = MemoryJournal()
        let clock = TestClock()
        let request = ApplyRequest(specs: [H.spec("g")], waves: [["g"]])
        let first = try await H.executor(cloud, journal: journal, clock: clock).run(request, header: H.header(clock))
        let failure = try #require(first.groups.first?.failure)
        #expect(failure.reason == .reverseFailed && failure.errorCode == "SDRS.1029" && failure.failReason == "replication broken")
        #expect(failure.serverState?.contains("2 of 2 production server(s) at source stopped") == true)
        #expect(await cloud.servers["g-s0"]?.status == "SHUTOFF")
        #expect(await cloud.groups["g"]?.status == "error-reversing")

        let memories = JournalReplay.memories(from: await journal.records)
        let second = try await H.executor(cloud, journal: journal, clock: clock, runID: "run-2")
            .run(request, header: H.header(clock, runID: "run-2"), memories: memories)
        #expect(second.groups.first?.result == .converged)
        #expect(second.groups.first?.steps.map(\.name) == ["reverse", "start"])
    }

    @Test func restartOriginalPowersTheOriginalProductionBackOn() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.reverseFailures["g"] = ("SDRS.1029", "replication broken") }
        let clock = TestClock()
        let request = ApplyRequest(specs: [H.spec("g", onFailure: .restartOriginal)], waves: [["g"]])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(request, header: H.header(clock))
        #expect(report.groups.first?.result == .failed)
        #expect(report.groups.first?.steps.map(\.name) == ["stop", "reverse", "restart-original"])
        #expect(await cloud.servers["g-s0"]?.status == "ACTIVE")
        #expect(await cloud.servers["g-t0"]?.status == "SHUTOFF")
    }

    @Test func adoptsAnInFlightReverseFromTheJournal() async throws {
        let cloud = H.cloud(["g"], pollsPerJob: 3)
        for id in ["g-s0", "g-s1"] { await cloud.configure { $0.servers[id]?.status = "SHUTOFF" } }
        let job = try await cloud.reverseProtectionGroup(id: "g", priorityStation: .target)
        let clock = TestClock()
        let at = clock.date()
        let earlier: [JournalRecord] = [
            .header(H.header(clock, runID: "run-0")),
            .intent(JournalIntent(sequence: 1, runID: "run-0", groupID: "g", address: "g", action: .reverse, targetSite: .target, at: at)),
            .outcome(JournalOutcome(sequence: 1, runID: "run-0", groupID: "g", jobID: job, at: at)),
        ]
        let journal = MemoryJournal(records: earlier)
        let request = ApplyRequest(specs: [H.spec("g")], waves: [["g"]])
        let report = try await H.executor(cloud, journal: journal, clock: clock)
            .run(request, header: H.header(clock), memories: JournalReplay.memories(from: earlier))
        #expect(report.groups.first?.result == .converged)
        #expect(report.groups.first?.steps.first?.name == "reverse-adopted")
        #expect(report.groups.first?.steps.first?.jobID == job)
        #expect(await cloud.changingCalls.filter { $0.operation == "ReverseProtectionGroup" }.count == 1)
    }

    @Test func maybeSentReverseIsWaitedForWhileReversingNeverReissued() async throws {
        let cloud = H.cloud(["g"], pollsPerJob: 3)
        await cloud.configure { $0.advanceJobsOnObserve = true }
        for id in ["g-s0", "g-s1"] { await cloud.configure { $0.servers[id]?.status = "SHUTOFF" } }
        _ = try await cloud.reverseProtectionGroup(id: "g", priorityStation: .target)
        let clock = TestClock()
        let earlier: [JournalRecord] = [
            .header(H.header(clock, runID: "run-0")),
            .intent(JournalIntent(sequence: 1, runID: "run-0", groupID: "g", address: "g", action: .reverse, targetSite: .target, at: clock.date())),
        ]
        let memories = JournalReplay.memories(from: earlier)
        #expect(memories["g"] == nil)
        let report = try await H.executor(cloud, journal: MemoryJournal(records: earlier), clock: clock)
            .run(ApplyRequest(specs: [H.spec("g")], waves: [["g"]]), header: H.header(clock), memories: memories)
        #expect(report.groups.first?.result == .converged)
        #expect(report.groups.first?.steps.map(\.name) == ["start"])
        #expect(await cloud.changingCalls.filter { $0.operation == "ReverseProtectionGroup" }.count == 1)
    }

    @Test func noChangingCallWithoutAJournaledIntent() async throws {
        let cloud = H.cloud(["g"])
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: RefusingJournal(), clock: clock)
            .run(ApplyRequest(specs: [H.spec("g")], waves: [["g"]]), header: H.header(clock))
        #expect(report.groups.first?.result == .failed)
        #expect(report.groups.first?.failure?.message.contains("disk full") == true)
        #expect(await cloud.changingCalls.isEmpty)
    }

    @Test func groupThatBecomesUnswitchableAfterAStopFailsInsteadOfBeingRefused() async throws {
        let cloud = H.cloud(["g"])
        // The soft stop never completes, so no reverse can happen before the status changes.
        await cloud.configure { $0.softStopHangs = ["g-s0"] }
        let clock = TestClock()
        let executor = H.executor(cloud, journal: MemoryJournal(), clock: clock)
        let header = H.header(clock)
        let task = Task { try await executor.run(ApplyRequest(specs: [H.spec("g")], waves: [["g"]]), header: header) }
        // Someone else puts the group into a state that forbids switching while we stop its servers.
        while await !cloud.changingCalls.contains(where: { $0.operation == "StopServers" }) { await Task.yield() }
        await cloud.configure { $0.groups["g"]?.status = "error-stopping" }
        let report = try await task.value
        let group = try #require(report.groups.first)
        #expect(group.result == .failed)
        #expect(group.failure?.reason == .blockedMidway)
        #expect(await cloud.changingCalls.map(\.operation) == ["StopServers"])
    }

    @Test func maxSwitchesPerRunRefusesBeforeAnyChange() async throws {
        let cloud = H.cloud(["a", "b", "c"])
        let clock = TestClock()
        let request = ApplyRequest(specs: ["a", "b", "c"].map { H.spec($0) }, waves: [["a", "b", "c"]], maxSwitchesPerRun: 2)
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(request, header: H.header(clock))
        #expect(report.refusal?.contains("3 groups need a switchover") == true)
        #expect(report.groups.allSatisfy { $0.result == .refused })
        #expect(report.exitCode == 3)
        #expect(await cloud.changingCalls.isEmpty)
    }

    @Test func cancellationLetsTheInFlightCallFinishAndJournalsIt() async throws {
        let cloud = H.cloud(["g"], pollsPerJob: 3)
        let journal = MemoryJournal()
        let clock = TestClock()
        let holder = TaskHolder()
        await cloud.configure { $0.onCall = { operation in if operation == "ReverseProtectionGroup" { holder.cancel() } } }
        let request = ApplyRequest(specs: [H.spec("g")], waves: [["g"]])
        let executor = H.executor(cloud, journal: journal, clock: clock)
        let header = H.header(clock)
        let task = Task { try await executor.run(request, header: header) }
        holder.set(task)
        let report = try await task.value
        #expect(report.interrupted)
        #expect(report.exitCode == 1)
        let group = try #require(report.groups.first)
        #expect(group.result == .interrupted)
        #expect(group.reason?.contains("rerun to adopt") == true)
        #expect(await journal.intents.map(\.action) == [.stop, .reverse])
        #expect(await journal.outcomes.last?.jobID != nil)
        #expect(await cloud.changingCalls.filter { $0.operation == "StartServers" }.isEmpty)
    }
}

/// Accepts the header, refuses every intent (a full disk).
actor RefusingJournal: JournalWriter {
    func append(_ record: JournalRecord) async throws {
        if case .header = record { return }
        throw JournalError.unwritable(path: "j.jsonl", reason: "disk full")
    }
}

/// Lets a FakeCloud hook cancel the task under test. `@unchecked Sendable`: `lock` guards `task`.
final class TaskHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var task: Task<ApplyReport, any Error>?
    private var cancelRequested = false

    func set(_ task: Task<ApplyReport, any Error>) {
        let cancelNow = lock.withLock { () -> Bool in
            self.task = task
            return cancelRequested
        }
        if cancelNow { task.cancel() }
    }

    func cancel() {
        let task = lock.withLock { () -> Task<ApplyReport, any Error>? in
            cancelRequested = true
            return self.task
        }
        task?.cancel()
    }
}
