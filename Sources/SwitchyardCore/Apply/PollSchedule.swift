// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// When to poll a job or a state again: fast first, then backing off to a cap, with jitter.
///
/// Pure: the caller passes the poll number and a jitter value in `0..<1` from its random source.
/// `scale` multiplies every delay (tests against an accelerated emulator use e.g. 0.001).
public struct PollSchedule: Sendable, Hashable, Codable {
    /// Delay before the first re-poll.
    public var initial: Duration
    /// Upper bound of one delay (before scaling).
    public var cap: Duration
    /// Fraction of each delay that is randomised (0 = none, 0.2 = ±10 %).
    public var jitterFraction: Double
    /// Multiplies every delay.
    public var scale: Double
    /// Polls of one job or wait before it counts as stuck and the group fails ("no progress").
    public var maxPolls: Int

    public init(initial: Duration = .seconds(1), cap: Duration = .seconds(15), jitterFraction: Double = 0.2, scale: Double = 1, maxPolls: Int = 500) {
        self.initial = initial
        self.cap = cap
        self.jitterFraction = min(max(jitterFraction, 0), 1)
        self.scale = max(scale, 0)
        self.maxPolls = max(1, maxPolls)
    }

    /// The default: 1 s, 2 s, 4 s, 8 s, then 15 s.
    public static let standard = PollSchedule()

    /// The wait before poll number `poll` (1-based) of the same job.
    public func delay(beforePoll poll: Int, jitter: Double) -> Duration {
        let exponent = min(max(poll - 1, 0), 30)
        let base = min(initial * (1 << exponent), cap)
        let clamped = min(max(jitter, 0), 1)
        let factor = 1 + jitterFraction * (clamped - 0.5)
        let components = base.components
        let nanoseconds = Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9
        return .nanoseconds(Int64((nanoseconds * factor * scale).rounded()))
    }
}
