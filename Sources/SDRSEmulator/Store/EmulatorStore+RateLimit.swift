// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension EmulatorStore {
    /// Counts one API call against `accessKeyID`'s bucket.
    ///
    /// - Returns: The gateway's 429 `APIGW.0308` when the identity is over its limit, else `nil`.
    func throttlingError(accessKeyID: String?) -> APIError? {
        guard let limit = rateLimiter.limit else { return nil }
        guard !rateLimiter.admit(key: accessKeyID ?? "", now: clock.now) else { return nil }
        return APIError.gateway(
            "APIGW.0308", "policy user over ratelimit,limit:\(limit.calls),time:\(limit.windowText)", status: 429)
    }

    /// The current per-identity limit (`nil`: none) and the calls refused so far.
    public func rateLimitStatus() -> (limit: EmulatorRateLimit?, throttledCalls: Int) {
        (rateLimiter.limit, rateLimiter.throttledCalls)
    }

    /// Sets or (with `nil`) removes the per-identity limit; every bucket starts full.
    public func setRateLimit(_ limit: EmulatorRateLimit?) {
        rateLimiter.setLimit(limit)
    }
}
