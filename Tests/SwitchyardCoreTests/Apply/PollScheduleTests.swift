// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import Testing

@Suite struct PollScheduleTests {
    @Test func backsOffToTheCapWithoutJitter() {
        let schedule = PollSchedule(jitterFraction: 0)
        let delays = (1...7).map { schedule.delay(beforePoll: $0, jitter: 0.9) }
        #expect(delays == [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(15), .seconds(15), .seconds(15)])
    }

    @Test func jitterStaysWithinItsFraction() {
        let schedule = PollSchedule(jitterFraction: 0.2)
        #expect(schedule.delay(beforePoll: 1, jitter: 0) == .milliseconds(900))
        #expect(schedule.delay(beforePoll: 1, jitter: 0.5) == .seconds(1))
        #expect(schedule.delay(beforePoll: 1, jitter: 1) == .milliseconds(1100))
    }

    @Test func scaleShrinksEveryDelay() {
        let schedule = PollSchedule(jitterFraction: 0, scale: 0.001)
        #expect(schedule.delay(beforePoll: 1, jitter: 0) == .milliseconds(1))
        #expect(schedule.delay(beforePoll: 100, jitter: 0) == .milliseconds(15))
    }

    @Test func proportionalDelayIsAFractionOfTheTimeWaitedBetweenInitialAndCap() {
        let schedule = PollSchedule(jitterFraction: 0)
        #expect(schedule.delay(beforePoll: 1, waited: .zero, jitter: 0.5) == .seconds(1))
        #expect(schedule.delay(beforePoll: 5, waited: .seconds(4), jitter: 0.5) == .seconds(1))
        #expect(schedule.delay(beforePoll: 9, waited: .seconds(20), jitter: 0.5) == .seconds(3))
        #expect(schedule.delay(beforePoll: 30, waited: .seconds(1000), jitter: 0.5) == .seconds(15))
        #expect(PollSchedule(jitterFraction: 0, scale: 0.02).delay(beforePoll: 9, waited: .seconds(20), jitter: 0.5) == .milliseconds(60))
    }

    @Test func zeroFractionKeepsTheDoublingSchedule() {
        let schedule = PollSchedule(jitterFraction: 0, fraction: 0)
        let delays = (1...6).map { schedule.delay(beforePoll: $0, waited: .seconds(100), jitter: 0.5) }
        #expect(delays == [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(15), .seconds(15)])
    }

    /// Polls a job of `duration` with the worst jitter; returns when it is noticed and the polls made.
    static func notice(_ duration: Double, schedule: PollSchedule) -> (lag: Double, polls: Int) {
        var waited = Duration.zero
        var elapsed = 0.0
        var poll = 0
        while elapsed < duration {
            poll += 1
            elapsed += schedule.delay(beforePoll: poll, waited: waited, jitter: 1).seconds
            waited += schedule.nominalDelay(beforePoll: poll, waited: waited)
        }
        return (elapsed - duration, poll)
    }

    @Test(arguments: [20.0, 30.0, 60.0, 100.0, 600.0])
    func standardScheduleNoticesAJobWithinAFifthOfItsDuration(duration: Double) {
        // Worst case: the job ends just after a poll. Try end times across the whole last interval.
        var worst = 0.0
        var polls = 0
        for step in 0..<200 {
            let end = duration * (0.9 + 0.1 * Double(step) / 200)
            let noticed = Self.notice(end, schedule: .standard)
            worst = max(worst, noticed.lag / end)
            polls = max(polls, noticed.polls)
        }
        #expect(worst < 0.2, "lag \(worst) of a \(duration) s job")
        // Logarithmic until the cap: 7 two-second polls, then +15 % each, then every 15 s.
        #expect(polls <= 8 + Int((log(min(duration, 100) / 14) / log(1.15)).rounded(.up)) + Int(max(0, duration - 100) / 13.5) + 1)
    }

    @Test func shortJobsAreNoticedWithinTheInitialDelay() {
        for end in stride(from: 0.1, through: 13.0, by: 0.1) {
            #expect(Self.notice(end, schedule: .standard).lag <= 2.2 + 1e-9)
        }
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
