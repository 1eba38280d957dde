// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Synchronization

/// A client-side token bucket: at most `calls` API calls in any `period`, spaced evenly, so a run
/// slows down *before* the gateway answers 429 (`APIGW.0308`) instead of being refused and backing
/// off. Shared by every copy of one `HuaweiCloudClient`; each call reserves the next free slot.
///
/// Pure bookkeeping over monotonic instants: `reserve(at:)` says how long the caller must wait.
public final class CallPacer: Sendable {
    /// The allowed rate, e.g. 200 calls per 300 s (the limit seen in cn-north-4).
    public struct Rate: Sendable, Hashable, CustomStringConvertible {
        public var calls: Int
        public var period: Duration

        public init(calls: Int, period: Duration) {
            self.calls = max(1, calls)
            self.period = period > .zero ? period : .seconds(1)
        }

        /// Parses `CALLS/SECONDS`, e.g. `200/300`; `nil` when malformed or not positive.
        public init?(parsing text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let calls = Int(parts[0]), let seconds = Double(parts[1]), calls > 0, seconds > 0, seconds <= 86_400 else {
                return nil
            }
            self.init(calls: calls, period: .milliseconds(Int64(seconds * 1000)))
        }

        public var description: String {
            let seconds = Double(period.components.seconds) + Double(period.components.attoseconds) / 1e18
            return "\(calls) calls per \(seconds) s"
        }
    }

    struct State: Sendable {
        /// Tokens left at `updated`.
        var tokens: Double
        var updated: Duration
    }

    public let rate: Rate
    private let state: Mutex<State>

    /// A full bucket at `start`.
    public init(rate: Rate, start: Duration) {
        self.rate = rate
        self.state = Mutex(State(tokens: Double(rate.calls), updated: start))
    }

    /// Takes one token at `now` and returns how long to wait before sending (zero when one was
    /// available). Waiting callers queue: each later caller waits for the next token after theirs.
    public func reserve(at now: Duration) -> Duration {
        let perToken = rate.period / rate.calls
        return state.withLock { state in
            let elapsed = max(now - state.updated, .zero)
            let refill = elapsed / perToken
            state.tokens = min(Double(rate.calls), state.tokens + refill)
            state.updated = now
            state.tokens -= 1
            guard state.tokens < 0 else { return .zero }
            return perToken * (-state.tokens)
        }
    }
}
