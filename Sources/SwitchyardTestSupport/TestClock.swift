// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// A `Clock` for tests that never really sleeps: `sleep(until:)` moves its time forward to the
/// deadline (never backwards) and returns after a yield, so waits, timeouts and back-offs run
/// instantly and deterministically. `date()` maps its time onto a fixed epoch for `now:` closures.
/// Time is shared: tasks sleeping concurrently each push it forward, so under parallelism a task
/// sees more time pass than it slept itself — give timeouts headroom in parallel tests.
///
/// `@unchecked Sendable`: all mutable state is guarded by `lock`.
public final class TestClock: Clock, @unchecked Sendable {
    /// A point on the test clock: the time since the clock was created.
    public struct Instant: InstantProtocol, Hashable, Sendable {
        public var offset: Duration

        public init(offset: Duration) { self.offset = offset }

        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let lock = NSLock()
    private var current = Instant(offset: .zero)
    private var sleepCount = 0
    /// The wall-clock time that `Instant(offset: .zero)` stands for.
    public let epoch: Date

    public init(epoch: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        self.epoch = epoch
    }

    public var now: Instant { lock.withLock { current } }
    public var minimumResolution: Duration { .nanoseconds(1) }

    /// How many times something slept on this clock.
    public var sleeps: Int { lock.withLock { sleepCount } }

    /// The current test time as a `Date` (epoch + elapsed).
    public func date() -> Date {
        let offset = now.offset.components
        return epoch.addingTimeInterval(Double(offset.seconds) + Double(offset.attoseconds) / 1e18)
    }

    /// Moves time forward by `duration` without anyone sleeping.
    public func advance(by duration: Duration) {
        lock.withLock { current = current.advanced(by: max(duration, .zero)) }
    }

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        lock.withLock {
            sleepCount += 1
            if current < deadline { current = deadline }
        }
        await Task.yield()
        try Task.checkCancellation()
    }
}
