// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// When to poll a job or a state again, with jitter.
///
/// Each wait is a fixed fraction of the time already waited (`fraction`), at least `initial`
/// and at most `cap`: a job that ends just after a poll is then noticed within `fraction` of its
/// duration (plus jitter), whatever that duration is — 20 s stops and 10 min switchovers alike —
/// with a number of polls that grows only logarithmically with the duration until the cap. With
/// `fraction` 0 the delays double from `initial` to `cap` instead (the schedule switchyard used before polling in proportion to the time waited).
///
/// Pure: the caller passes the poll number, the time waited so far and a jitter value in `0..<1`.
/// `scale` multiplies every delay (runs against an accelerated emulator pass its time scale).
public struct PollSchedule: Sendable, Hashable, Codable {
    /// Delay before the first re-poll, and the smallest delay.
    public var initial: Duration
    /// Upper bound of one delay (before scaling).
    public var cap: Duration
    /// Fraction of each delay that is randomised (0 = none, 0.2 = ±10 %).
    public var jitterFraction: Double
    /// Multiplies every delay.
    public var scale: Double
    /// Polls of one job or wait before it counts as stuck and the group fails ("no progress").
    public var maxPolls: Int
    /// Each delay as a fraction of the (unscaled) time waited so far; 0 = doubling delays.
    public var fraction: Double

    public init(
        initial: Duration = .seconds(1), cap: Duration = .seconds(15), jitterFraction: Double = 0.2, scale: Double = 1,
        maxPolls: Int = 500, fraction: Double = 0.15
    ) {
        self.initial = initial
        self.cap = cap
        self.jitterFraction = min(max(jitterFraction, 0), 1)
        self.scale = max(scale, 0)
        self.maxPolls = max(1, maxPolls)
        self.fraction = min(max(fraction, 0), 1)
    }

    /// The default: 2 s, then 15 % of the time waited, at most 15 s; with ±10 % jitter a job is
    /// noticed within 16.5 % of its duration (within 2.2 s for jobs under 13.3 s). The 2 s floor
    /// halves the polls of the first seconds, which dominate when 100 groups switch at once
    /// (rate limits), at the price of a coarser look at jobs shorter than 13 s.
    public static let standard = PollSchedule(initial: .seconds(2))

    /// The wait before poll number `poll` (1-based) of the same job, when `waited` (unscaled, the
    /// sum of the earlier delays of this wait) has passed since the wait began.
    public func delay(beforePoll poll: Int, waited: Duration, jitter: Double) -> Duration {
        let base: Duration
        if fraction > 0 {
            base = min(max(initial, waited * fraction), cap)
        } else {
            let exponent = min(max(poll - 1, 0), 30)
            base = min(initial * (1 << exponent), cap)
        }
        let clamped = min(max(jitter, 0), 1)
        let factor = 1 + jitterFraction * (clamped - 0.5)
        let components = base.components
        let nanoseconds = Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9
        return .nanoseconds(Int64((nanoseconds * factor * scale).rounded()))
    }

    /// The doubling delay before poll `poll`: `initial` × 2^(poll − 1), at most `cap`, jittered and
    /// scaled (ignores `fraction`).
    public func delay(beforePoll poll: Int, jitter: Double) -> Duration {
        var doubling = self
        doubling.fraction = 0
        return doubling.delay(beforePoll: poll, waited: .zero, jitter: jitter)
    }

    /// The unscaled, unjittered delay before poll `poll` after `waited`: what a caller adds to
    /// `waited` for the next poll.
    public func nominalDelay(beforePoll poll: Int, waited: Duration) -> Duration {
        var unscaled = self
        unscaled.scale = 1
        unscaled.jitterFraction = 0
        return unscaled.delay(beforePoll: poll, waited: waited, jitter: 0.5)
    }
}
