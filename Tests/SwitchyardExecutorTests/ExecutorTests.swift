// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardExecutor
import SwitchyardTestSupport
import Testing

@Suite("Executor against FakeCloud")
struct ExecutorTests {
    typealias H = ApplyHarness

    @Test func convergesThenSecondRunChangesNothing() async throws {
        let cloud = H.cloud(["g"])
        let journal = MemoryJournal()
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g")])
        let report = try await H.executor(cloud, journal: journal, clock: clock).run(plan, header: H.header(clock))
        let group = try #require(report.groups.first)
        #expect(group.result == .converged)
        #expect(group.steps.map(\.name) == ["stop", "reverse", "start"])
        #expect(group.steps.allSatisfy { $0.endedAt != nil && $0.jobID != nil })
        #expect(group.downtime != nil && group.exceededRTO == false)
        #expect(ExitStatus(apply: report) == .success)
        let live = await cloud.groups["g"]
        #expect(live?.priorityStation == .target && live?.status == "protected")
        let servers = await cloud.servers
        #expect(servers["g-t0"]?.status == "ACTIVE" && servers["g-s0"]?.status == "SHUTOFF")
        #expect(await cloud.changingCalls.map(\.operation) == ["StopServers", "ReverseProtectionGroup", "StartServers"])
        let intents = await journal.intents, outcomes = await journal.outcomes
        #expect(intents.map(\.step) == [.stopServers, .reverse, .startServers])
        #expect(outcomes.map(\.sequence) == intents.map(\.sequence))
        #expect(outcomes.allSatisfy { $0.jobID != nil })

        let again = try await H.plan(cloud, [H.declare("g")])
        #expect(again.summary.changes == 0)
        let second = try await H.executor(cloud, journal: journal, clock: clock, runID: "run-2").run(again, header: H.header(clock, runID: "run-2"))
        #expect(second.groups.map(\.result) == [.inSync])
        #expect(await cloud.changingCalls.count == 3)
    }

    @Test func failedGroupSkipsDependantsNotUnrelatedGroups() async throws {
        let cloud = H.cloud(["a", "b", "c", "d"])
        await cloud.configure { $0.reverseFailures["a"] = ("SDRS.1029", "replication broken") }
        let plan = try await H.plan(cloud, [H.declare("a"), H.declare("b", dependsOn: ["a"]), H.declare("c"), H.declare("d", dependsOn: ["b"])], parallelism: 2)
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        let results = Dictionary(uniqueKeysWithValues: report.groups.map { ($0.address, $0) })
        #expect(results["a"]?.result == .failed)
        #expect(results["a"]?.failure?.errorCode == "SDRS.1029")
        #expect(results["c"]?.result == .converged)
        #expect(results["b"]?.result == .skipped && results["b"]?.reason?.contains("depends on a") == true)
        #expect(results["d"]?.result == .skipped && results["d"]?.reason?.contains("depends on b") == true)
        #expect(ExitStatus(apply: report) == .error)
        #expect(await cloud.changingCalls.allSatisfy { !$0.argument.contains("b-") && !$0.argument.hasPrefix("b:") })
    }

    @Test func dependantStartsWhenItsOwnDependencyConvergedNotTheWholeWave() async throws {
        // `slow` is in wave 1 with `a`; `b` depends only on `a` and must not wait for `slow`.
        let cloud = H.cloud(["a", "slow", "b"], pollsPerJob: 2)
        await cloud.configure { $0.pollsPerJobByGroup["slow"] = 40 }
        let events = EventLog()
        let plan = try await H.plan(cloud, [H.declare("a"), H.declare("slow"), H.declare("b", dependsOn: ["a"])])
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock, events: events).run(plan, header: H.header(clock))
        #expect(report.groups.allSatisfy { $0.result == .converged })
        let finished = events.events.filter { $0.kind == .groupFinished }.map(\.address)
        #expect(finished.firstIndex(of: "b")! < finished.firstIndex(of: "slow")!, "\(finished)")
    }

    @Test func groupsThatWaitOnEachOtherAreNeverStartedAndTheRunEnds() async throws {
        // A hand-edited plan with a dependency cycle (the saved-plan checks refuse it; the executor
        // must not wait forever either).
        let cloud = H.cloud(["a", "b"])
        var plan = try await H.plan(cloud, [H.declare("a"), H.declare("b")])
        plan.groups[0].dependsOn = ["b"]
        plan.groups[1].dependsOn = ["a"]
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.map(\.result) == [.skipped, .skipped])
        #expect(report.groups.allSatisfy { $0.reason?.contains("a dependency cycle") == true })
        #expect(await cloud.changingCalls.isEmpty)
    }

    @Test func parallelismBoundIsRespected() async throws {
        let names = (0..<6).map { "p\($0)" }
        let cloud = H.cloud(names, pollsPerJob: 4)
        let events = EventLog()
        let clock = TestClock()
        let plan = try await H.plan(cloud, names.map { H.declare($0) }, parallelism: 2)
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock, events: events).run(plan, header: H.header(clock))
        #expect(report.groups.allSatisfy { $0.result == .converged }, "\(report.groups.map(\.reason))")
        // Scheduling decides whether two groups actually overlap; the bound must hold either way.
        #expect(events.maxConcurrentGroups <= 2)
    }

    @Test func softThenHardEscalatesOnceAndConverges() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.softStopHangs = ["g-s0"] }
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g", shutdown: .softThenHard)])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .converged)
        #expect(report.groups.first?.steps.map(\.name) == ["stop", "stop-hard", "reverse", "start"])
        let stops = await cloud.changingCalls.filter { $0.operation == "StopServers" }.map(\.argument)
        #expect(stops.count == 2 && stops[1].hasPrefix("hard:"))
    }

    @Test func softStopThatHangsFailsWithoutReversing() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.softStopHangs = ["g-s0"] }
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g", shutdown: .soft)])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.failure?.reason == .shutdownTimeout)
        #expect(await cloud.changingCalls.map(\.operation) == ["StopServers"])
    }

    @Test func wallClockStepsNeitherFireTimeoutsNorStretchDurations() async throws {
        // The wall clock jumps 300 s ahead at every read after the first; timeouts and durations
        // follow the monotonic clock only, so the 10 min soft-stop window is not cut short.
        let cloud = H.cloud(["g"])
        let clock = TestClock()
        let reads = Counter()
        let wall: @Sendable () -> Date = { clock.date().addingTimeInterval(300 * Double(reads.next())) }
        let plan = try await H.plan(cloud, [H.declare("g", shutdown: .softThenHard)])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock, wall: wall).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .converged)
        #expect(await cloud.changingCalls.filter { $0.operation == "StopServers" }.count == 1)
        let duration = try #require(report.endedAt.timeIntervalSince(report.startedAt) as Double?)
        #expect(duration < 300, "the run took \(duration) s of monotonic time")
    }

    @Test func failedReverseLeavesStoppedThenAFreshPlanRetriesIt() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.reverseFailures["g"] = ("SDRS.1029", "replication broken") }
        let journal = MemoryJournal()
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g")])
        let first = try await H.executor(cloud, journal: journal, clock: clock).run(plan, header: H.header(clock))
        let failure = try #require(first.groups.first?.failure)
        #expect(failure.reason == .reverseFailed && failure.errorCode == "SDRS.1029" && failure.failReason == "replication broken")
        #expect(failure.serverState?.contains("2 of 2 server(s) at source shut down") == true)
        #expect(await cloud.servers["g-s0"]?.status == "SHUTOFF")
        #expect(await cloud.groups["g"]?.status == "error-reversing")

        let again = try await H.plan(cloud, [H.declare("g")])
        let second = try await H.executor(cloud, journal: journal, clock: clock, runID: "run-2").run(again, header: H.header(clock, runID: "run-2"))
        #expect(second.groups.first?.result == .converged)
        #expect(second.groups.first?.steps.map(\.name) == ["reverse", "start"])
        #expect(second.groups.first?.satisfiedSteps == [])
    }

    @Test func restartOriginalPowersTheOriginalProductionBackOn() async throws {
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.reverseFailures["g"] = ("SDRS.1029", "replication broken") }
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g", onFailure: .restartOriginal)])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .failed)
        #expect(report.groups.first?.steps.map(\.name) == ["stop", "reverse", "restart-original"])
        #expect(await cloud.servers["g-s0"]?.status == "ACTIVE")
        #expect(await cloud.servers["g-t0"]?.status == "SHUTOFF")
    }

    @Test func aSwitchoverInFlightIsCompletedWithoutASecondReverse() async throws {
        // An earlier run (or a person) stopped the servers and sent the reverse, then died: a fresh
        // plan shows "complete", and apply waits for that switchover and starts the servers.
        let cloud = H.cloud(["g"], pollsPerJob: 3)
        await cloud.configure { $0.advanceJobsOnObserve = true }
        for id in ["g-s0", "g-s1"] { await cloud.configure { $0.servers[id]?.status = "SHUTOFF" } }
        _ = try await cloud.reverseProtectionGroup(id: "g", priorityStation: .target)
        let plan = try await H.plan(cloud, [H.declare("g")])
        #expect(plan.groups.first?.action == .completeSwitchover)
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .converged)
        #expect(report.groups.first?.steps.map(\.name) == ["wait-for-switch", "start"])
        #expect(await cloud.changingCalls.filter { $0.operation == "ReverseProtectionGroup" }.count == 1)
    }

    @Test func productionFoundDownIsStartedAndNothingElse() async throws {
        let cloud = H.cloud(["g"], production: .target)
        for id in ["g-t0", "g-t1"] { await cloud.configure { $0.servers[id]?.status = "SHUTOFF" } }
        let plan = try await H.plan(cloud, [H.declare("g")])
        #expect(plan.groups.first?.action == .startServers)
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .converged)
        #expect(await cloud.changingCalls.map(\.operation) == ["StartServers"])
        let unmanaged = try await H.plan(cloud, [H.declare("g", startAfterSwitch: false)])
        #expect(unmanaged.groups.first?.action == .inSync)
    }

    @Test func neverStartsProductionWhileTheOtherSiteRuns() async throws {
        // Production at target is down, and someone powered an old source server on after planning.
        let cloud = H.cloud(["g"], production: .target)
        for id in ["g-t0", "g-t1", "g-s0", "g-s1"] { await cloud.configure { $0.servers[id]?.status = "SHUTOFF" } }
        let plan = try await H.plan(cloud, [H.declare("g")])
        #expect(plan.groups.first?.action == .startServers)
        await cloud.configure { $0.servers["g-s0"]?.status = "ACTIVE" }
        let clock = TestClock()
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .failed)
        #expect(report.groups.first?.failure?.reason == .bothSitesWouldRun)
        #expect(await cloud.changingCalls.isEmpty)
    }

    @Test func noChangingCallWithoutAJournaledIntent() async throws {
        let cloud = H.cloud(["g"])
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g")])
        let report = try await H.executor(cloud, journal: RefusingJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .failed)
        #expect(report.groups.first?.failure?.message.contains("journal") == true)
        #expect(await cloud.changingCalls.isEmpty)
    }

    @Test func groupThatBecomesUnswitchableAfterAStopFailsInsteadOfBeingRefused() async throws {
        let cloud = H.cloud(["g"])
        // The soft stop never completes, so no reverse can happen before the status changes.
        await cloud.configure { $0.softStopHangs = ["g-s0"] }
        let clock = TestClock()
        let executor = H.executor(cloud, journal: MemoryJournal(), clock: clock)
        let header = H.header(clock)
        let plan = try await H.plan(cloud, [H.declare("g")])
        let task = Task { try await executor.run(plan, header: header) }
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
        var plan = try await H.plan(cloud, ["a", "b", "c"].map { H.declare($0) })
        plan.policy.maxSwitchesPerRun = 2
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.refusal?.contains("3 groups need a switchover") == true)
        #expect(report.groups.allSatisfy { $0.result == .refused })
        #expect(ExitStatus(apply: report) == .blocked)
        #expect(await cloud.changingCalls.isEmpty)
    }

    @Test func cancellationLetsTheInFlightCallFinishAndJournalsIt() async throws {
        let cloud = H.cloud(["g"], pollsPerJob: 3)
        let journal = MemoryJournal()
        let clock = TestClock()
        let holder = TaskHolder()
        await cloud.configure { $0.onCall = { operation in if operation == "ReverseProtectionGroup" { holder.cancel() } } }
        let plan = try await H.plan(cloud, [H.declare("g")])
        let executor = H.executor(cloud, journal: journal, clock: clock)
        let header = H.header(clock)
        let task = Task { try await executor.run(plan, header: header) }
        holder.set(task)
        let report = try await task.value
        #expect(report.interrupted)
        #expect(ExitStatus(apply: report) == .error)
        let group = try #require(report.groups.first)
        #expect(group.result == .interrupted)
        #expect(group.reason?.contains("may still run in the cloud") == true)
        #expect(await journal.intents.map(\.step) == [.stopServers, .reverse])
        #expect(await journal.outcomes.last?.jobID != nil)
        #expect(await cloud.changingCalls.filter { $0.operation == "StartServers" }.isEmpty)
    }

    @Test func everyOutcomeAnswersItsOwnIntentWithTwentyGroupsInOneWave() async throws {
        // A journal writer that yields between writes invites actor reentrancy: numbers taken after
        // the write would be handed to other groups' outcomes.
        let names = (0..<24).map { "w\($0)" }
        let cloud = H.cloud(names, pollsPerJob: 2)
        let journal = YieldingJournal()
        let clock = TestClock()
        let plan = try await H.plan(cloud, names.map { H.declare($0) }, maxSwitchesPerRun: 30, parallelism: 24)
        let report = try await H.executor(cloud, journal: journal, clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.allSatisfy { $0.result == .converged })
        let records = await journal.records
        var intents: [Int: JournalIntent] = [:]
        var answered = 0
        for record in records {
            switch record {
            case .intent(let intent):
                #expect(intents[intent.sequence] == nil, "sequence \(intent.sequence) used twice")
                intents[intent.sequence] = intent
            case .outcome(let outcome):
                let intent = try #require(intents[outcome.sequence])
                #expect(intent.groupID == outcome.groupID, "outcome \(outcome.sequence) answers \(intent.groupID)'s intent for \(outcome.groupID)")
                answered += 1
            case .header: continue
            }
        }
        #expect(answered == names.count * 3)
    }
}

/// A journal that suspends between receiving a record and storing it.
actor YieldingJournal: JournalWriter {
    private(set) var records: [JournalRecord] = []

    func append(_ record: JournalRecord) async throws {
        for _ in 0..<3 { await Task.yield() }
        try await Task.sleep(for: .microseconds(50))
        records.append(record)
    }
}

/// A thread-safe counter. `@unchecked Sendable`: `lock` guards `value`.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int { lock.withLock { defer { value += 1 }; return value } }
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
