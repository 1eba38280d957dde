// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import Testing

@Suite("RetryPolicy")
struct RetryPolicyTests {
    static func error(_ kind: CloudError.Kind, retryAfter: Duration? = nil) -> CloudError {
        CloudError(kind: kind, operation: "ListProtectionGroups", message: "x", retryAfter: retryAfter)
    }

    @Test(arguments: [CloudError.Kind.throttled, .serverError, .connection, .timeout])
    func retriesTransientReadFailures(_ kind: CloudError.Kind) {
        #expect(RetryPolicy().decide(after: Self.error(kind), attempt: 1, isIdempotent: true, jitter: 0) == .retry(after: .milliseconds(250)))
    }

    @Test(arguments: [CloudError.Kind.authentication, .notFound, .rejected, .invalidResponse])
    func neverRetriesTerminalFailures(_ kind: CloudError.Kind) {
        #expect(RetryPolicy().decide(after: Self.error(kind), attempt: 1, isIdempotent: true, jitter: 0.5) == .stop)
    }

    @Test(arguments: [CloudError.Kind.serverError, .connection, .timeout])
    func neverRetriesChangingCallsThatMayHaveActed(_ kind: CloudError.Kind) {
        #expect(RetryPolicy().decide(after: Self.error(kind), attempt: 1, isIdempotent: false, jitter: 0) == .stop)
    }

    @Test func retriesThrottledChangingCallsBecauseTheyWereRefused() {
        #expect(RetryPolicy().decide(after: Self.error(.throttled), attempt: 1, isIdempotent: false, jitter: 1) != .stop)
    }

    @Test func backsOffExponentiallyWithEqualJitterAndACap() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .seconds(1), maxDelay: .seconds(8))
        let error = Self.error(.serverError)
        #expect(policy.decide(after: error, attempt: 1, isIdempotent: true, jitter: 0) == .retry(after: .milliseconds(500)))
        #expect(policy.decide(after: error, attempt: 2, isIdempotent: true, jitter: 0) == .retry(after: .seconds(1)))
        #expect(policy.decide(after: error, attempt: 3, isIdempotent: true, jitter: 0.5) == .retry(after: .seconds(3)))
        #expect(policy.decide(after: error, attempt: 9, isIdempotent: true, jitter: 0) == .retry(after: .seconds(4)))
    }

    @Test func honoursRetryAfterUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .seconds(1), maxDelay: .seconds(10))
        #expect(policy.decide(after: Self.error(.throttled, retryAfter: .seconds(3)), attempt: 1, isIdempotent: true, jitter: 0.9) == .retry(after: .seconds(3)))
        #expect(policy.decide(after: Self.error(.throttled, retryAfter: .seconds(60)), attempt: 1, isIdempotent: true, jitter: 0) == .retry(after: .seconds(10)))
    }

    @Test func stopsAfterTheLastAttempt() {
        let policy = RetryPolicy(maxAttempts: 3)
        #expect(policy.decide(after: Self.error(.serverError), attempt: 3, isIdempotent: true, jitter: 0) == .stop)
        #expect(RetryPolicy.none.decide(after: Self.error(.throttled), attempt: 1, isIdempotent: true, jitter: 0) == .stop)
    }

    @Test func throttlingGetsALongerBudgetThanOtherTransientFailures() {
        let policy = RetryPolicy(maxAttempts: 3)
        #expect(policy.maxThrottledAttempts == 60)
        #expect(policy.decide(after: Self.error(.serverError), attempt: 3, isIdempotent: true, jitter: 0) == .stop)
        #expect(policy.decide(after: Self.error(.throttled), attempt: 3, isIdempotent: false, jitter: 0) != .stop)
        #expect(policy.decide(after: Self.error(.throttled), attempt: 60, isIdempotent: true, jitter: 0) == .stop)
    }

    @Test func scalingShortensEveryWaitRetryAfterIncluded() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .seconds(1), maxDelay: .seconds(10)).scaled(by: 0.01)
        #expect(policy.decide(after: Self.error(.serverError), attempt: 1, isIdempotent: true, jitter: 0) == .retry(after: .milliseconds(5)))
        #expect(policy.decide(after: Self.error(.throttled, retryAfter: .seconds(60)), attempt: 1, isIdempotent: true, jitter: 0) == .retry(after: .milliseconds(100)))
        #expect(policy.maxAttempts == 5)
    }
}
