// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Token buckets per access key under one `EmulatorRateLimit`; a pure value the store owns.
///
/// Buckets live in memory only: a restarted emulator starts every identity with a full bucket.
struct RateLimiter: Sendable {
    /// One identity's bucket: tokens left and when they were counted.
    struct Bucket: Sendable {
        var tokens: Double
        var updated: Date
    }

    /// `nil` = no limit.
    private(set) var limit: EmulatorRateLimit?
    /// Real seconds per emulated second.
    let timeScale: Double
    private var buckets: [String: Bucket] = [:]
    /// Calls refused so far.
    private(set) var throttledCalls = 0

    init(limit: EmulatorRateLimit?, timeScale: Double) {
        self.limit = limit
        self.timeScale = timeScale
    }

    /// Replaces the limit; every bucket starts full again.
    mutating func setLimit(_ limit: EmulatorRateLimit?) {
        self.limit = limit
        buckets = [:]
    }

    /// Takes a token for `key` at virtual time `now`; `false` when the bucket is empty.
    mutating func admit(key: String, now: Date) -> Bool {
        guard let limit else { return true }
        let capacity = Double(limit.calls)
        let refillPerSecond = capacity / max(limit.perSeconds * timeScale, 1e-9)
        var bucket = buckets[key] ?? Bucket(tokens: capacity, updated: now)
        let elapsed = max(0, now.timeIntervalSince(bucket.updated))
        bucket.tokens = min(capacity, bucket.tokens + elapsed * refillPerSecond)
        bucket.updated = max(bucket.updated, now)
        let admitted = bucket.tokens >= 1
        if admitted {
            bucket.tokens -= 1
        } else {
            throttledCalls += 1
        }
        buckets[key] = bucket
        return admitted
    }
}
