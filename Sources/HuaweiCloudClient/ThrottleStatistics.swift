// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Synchronization

/// How often the gateway throttled a client's calls and how long the client waited before
/// retrying them, shared by every copy of one `HuaweiCloudClient`.
public final class ThrottleStatistics: Sendable {
    /// A reading of the counters.
    public struct Summary: Sendable, Hashable {
        /// Throttling answers received (429 `APIGW.0308`, ECS `Common.0024`, …), retried or not.
        public var throttledCalls: Int
        /// Total back-off slept after throttling answers.
        public var waited: Duration
        /// Requests sent (every attempt counts).
        public var calls: Int = 0
        /// Requests the client's own pacing (`CallPacer`) held back, and for how long in all.
        public var pacedCalls: Int = 0
        public var paced: Duration = .zero
    }

    private let counters = Mutex(Summary(throttledCalls: 0, waited: .zero))

    /// Starts at zero.
    public init() {}

    /// The counts so far.
    public var summary: Summary {
        counters.withLock { $0 }
    }

    /// Counts one request sent.
    func recordCall() {
        counters.withLock { $0.calls += 1 }
    }

    /// Counts one request held back by the client's pacing for `delay`.
    func recordPaced(_ delay: Duration) {
        counters.withLock {
            $0.pacedCalls += 1
            $0.paced += delay
        }
    }

    /// Counts one throttling answer and the wait (zero when not retried) that follows it.
    func record(waited: Duration) {
        counters.withLock {
            $0.throttledCalls += 1
            $0.waited += waited
        }
    }
}
