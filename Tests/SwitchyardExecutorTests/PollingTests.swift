// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardExecutor
import SwitchyardTestSupport
import Testing

@Suite("Executor polling")
struct PollingTests {
    typealias H = ApplyHarness

    /// Seconds a wait of `polls` polls takes under `schedule` without jitter.
    static func waitSeconds(polls: Int, schedule: PollSchedule) -> Double {
        var waited = Duration.zero
        for poll in 1...polls { waited += schedule.nominalDelay(beforePoll: poll, waited: waited) }
        let parts = waited.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    @Test func longWaitsPollInProportionToTheTimeAlreadyWaited() async throws {
        // Each job ends on its 30th read: the stop step lasts exactly 30 polls of the schedule.
        let cloud = H.cloud(["g"], pollsPerJob: 30)
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g")])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        let group = try #require(report.groups.first)
        #expect(group.result == .converged)
        let stop = try #require(group.steps.first)
        #expect(stop.name == "stop" && stop.polls == 30)
        let expected = Self.waitSeconds(polls: 30, schedule: PollSchedule(jitterFraction: 0))
        // 7 one-second polls, then 15 % more each time: far fewer seconds than 30 × 15 s, far more than 30 × 1 s.
        #expect(abs((stop.duration ?? 0) - expected) < 0.001, "stop took \(stop.duration ?? 0) s, schedule says \(expected) s")
        #expect(expected > 60 && expected < 200)
        // The delay grows from the time waited in this step only: the reverse starts again at 1 s.
        let reverse = try #require(group.steps.dropFirst().first)
        #expect(abs((reverse.duration ?? 0) - expected) < 0.001)
    }

    @Test func doublingScheduleIsStillAvailable() async throws {
        let cloud = H.cloud(["g"], pollsPerJob: 6)
        let clock = TestClock()
        let executor = Executor(
            cloud: cloud, journal: MemoryJournal(), clock: clock, elapsed: { clock.now.offset }, now: { clock.date() },
            options: ExecutorOptions(poll: PollSchedule(jitterFraction: 0, fraction: 0), runID: "run-1"),
            logger: H.quietLogger, jitter: { 0.5 }
        )
        let plan = try await H.plan(cloud, [H.declare("g")])
        let report = try await executor.run(plan, header: H.header(clock))
        let stop = try #require(report.groups.first?.steps.first)
        #expect(stop.polls == 6)
        #expect(abs((stop.duration ?? 0) - (1 + 2 + 4 + 8 + 15 + 15)) < 0.001)
    }

    @Test func whileAnECSJobRunsOnlyTheJobIsReadAndASwitchoverIsFollowedThroughTheGroup() async throws {
        let cloud = H.cloud(["g"], pollsPerJob: 5)
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g")])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        #expect(report.groups.first?.result == .converged)
        #expect(report.groups.first?.steps.map(\.polls) == [5, 5, 5])
        let operations = await cloud.calls.map(\.operation)
        // One observation first. The stop and the start: the call, five reads of the ECS job, one
        // observation when it ended. The reverse: the call, then the group observed five times (its
        // status says when the switchover ended; the SDRS job is never read).
        #expect(operations.filter { $0 == "Job" }.count == 10)
        #expect(operations.filter { $0 == "ShowProtectionGroup" }.count == 8)
        // One more server list: the plan's own observation.
        #expect(operations.filter { $0 == "ListServers" }.count == 9)
    }

    @Test func aTimeoutIsStillNoticedWhileTheJobRunsAndActedOnAfterAFreshObservation() async throws {
        // The soft stop hangs: its job never ends, yet the shutdown timeout escalates to a hard stop.
        let cloud = H.cloud(["g"])
        await cloud.configure { $0.softStopHangs = ["g-s0"] }
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare("g", shutdown: .softThenHard)])
        let report = try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
        let group = try #require(report.groups.first)
        #expect(group.result == .converged)
        #expect(group.steps.map(\.name) == ["stop", "stop-hard", "reverse", "start"])
        // The hanging stop's wait re-read only its job for 10 minutes of polls: 2 observations in all.
        let stopPolls = group.steps[0].polls
        #expect(stopPolls > 20)
        let calls = await cloud.calls
        let hardStop = try #require(calls.firstIndex { $0.operation == "StopServers" && $0.argument.hasPrefix("hard:") })
        let observationsBefore = calls[..<hardStop].filter { $0.operation == "ShowProtectionGroup" }.count
        #expect(observationsBefore == 2)
    }
}
