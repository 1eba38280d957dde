// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Decides, purely, whether a failed cloud call is retried and after how long.
///
/// This is the one place that classifies a `CloudError` as retryable or terminal (as soto-core's
/// `RetryPolicy` and controller-runtime's `TerminalError` do). Reads are retried on throttling,
/// 5xx, dropped connections and timeouts with capped exponential backoff and jitter, honouring
/// `Retry-After`. Changing calls are never retried here: the first attempt may have created a job,
/// so the caller re-observes the cloud instead.
public struct RetryPolicy: Sendable, Hashable {
    /// What to do after a failure.
    public enum Decision: Sendable, Hashable {
        case retry(after: Duration)
        case stop
    }

    /// Attempts in total, the first included (so 1 means "never retry").
    public var maxAttempts: Int
    /// Attempts in total after throttling answers (never fewer than `maxAttempts`). A gateway limit
    /// such as 200 calls per 5 minutes per identity (reference §12.1) empties for minutes, so
    /// throttled calls get a longer budget than other transient failures.
    public var maxThrottledAttempts: Int
    /// Backoff before the second attempt; doubles each time.
    public var baseDelay: Duration
    /// No single wait is longer than this, `Retry-After` included.
    public var maxDelay: Duration

    /// - Parameter maxThrottledAttempts: `nil` gives 60 (1 when `maxAttempts` is 1: never retry):
    ///   with waits capped at `maxDelay` (30 s) that is up to about half an hour for one call,
    ///   enough for a hundred calls competing for a 200-per-5-minutes bucket.
    public init(
        maxAttempts: Int = 6, maxThrottledAttempts: Int? = nil, baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(30)
    ) {
        precondition(maxAttempts >= 1)
        self.maxAttempts = maxAttempts
        self.maxThrottledAttempts = max(maxAttempts, maxThrottledAttempts ?? (maxAttempts == 1 ? 1 : 60))
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The same policy with every wait multiplied by `factor` (in `0...1`): for a client talking
    /// to an emulator whose clock runs `factor` times real time, so that back-off spans the same
    /// emulated time as it would against the real cloud.
    public func scaled(by factor: Double) -> RetryPolicy {
        let factor = min(max(factor, 0), 1)
        var policy = self
        policy.baseDelay = baseDelay * factor
        policy.maxDelay = maxDelay * factor
        return policy
    }

    /// Whether an error of this kind can succeed when simply sent again.
    public static func isTransient(_ error: CloudError) -> Bool {
        switch error.kind {
        case .throttled, .serverError, .connection, .timeout: true
        case .authentication, .notFound, .rejected, .invalidResponse, .untrustedServer: false
        }
    }

    /// Decides what happens after `attempt` (1-based) failed with `error`.
    ///
    /// - Parameters:
    ///   - isIdempotent: `false` for calls that change the cloud; those are only retried when the
    ///     server certainly did not act on them: throttling answers (429 / Common.0024 / APIG.0308
    ///     are refusals before any work is done).
    ///   - jitter: a number in `0..<1` from the caller's random source; the wait is
    ///     `delay/2 + jitter * delay/2` ("equal jitter"), so tests pass a fixed value.
    public func decide(after error: CloudError, attempt: Int, isIdempotent: Bool, jitter: Double) -> Decision {
        let budget = error.kind == .throttled ? maxThrottledAttempts : maxAttempts
        guard attempt < budget, Self.isTransient(error) else { return .stop }
        if !isIdempotent && error.kind != .throttled { return .stop }
        if let retryAfter = error.retryAfter {
            return .retry(after: min(max(retryAfter, .zero), maxDelay))
        }
        let exponent = min(attempt - 1, 20)
        let full = min(baseDelay * (1 << exponent), maxDelay)
        let clampedJitter = min(max(jitter, 0), 0.999_999)
        return .retry(after: full / 2 + full / 2 * clampedJitter)
    }
}
