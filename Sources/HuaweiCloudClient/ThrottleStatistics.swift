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
    }

    private let counters = Mutex(Summary(throttledCalls: 0, waited: .zero))

    /// Starts at zero.
    public init() {}

    /// The counts so far.
    public var summary: Summary {
        counters.withLock { $0 }
    }

    /// Counts one throttling answer and the wait (zero when not retried) that follows it.
    func record(waited: Duration) {
        counters.withLock {
            $0.throttledCalls += 1
            $0.waited += waited
        }
    }
}
