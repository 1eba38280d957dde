// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

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
}
