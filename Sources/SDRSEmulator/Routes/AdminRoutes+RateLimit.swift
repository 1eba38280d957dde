// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird

extension AdminRoutes {
    /// `GET/PUT/DELETE /__emulator/rate-limit`: read, set or remove the per-identity rate limit.
    ///
    /// `PUT` takes `{"calls": 200, "per_seconds": 300}`; every answer is
    /// `{"rate_limit": {...} | null, "throttled_calls": N}`.
    func registerRateLimit(on admin: RouterGroup<EmulatorRequestContext>) {
        admin.get("rate-limit") { _, _ in
            try await Self.rateLimitResponse(store)
        }
        admin.put("rate-limit") { request, context in
            var request = request
            let buffer = try await request.collectBody(upTo: context.maxUploadSize)
            let limit: EmulatorRateLimit
            do {
                limit = try JSONDecoder().decode(EmulatorRateLimit.self, from: Data(buffer.readableBytesView))
            } catch {
                throw APIError.admin("the body must be {\"calls\": N, \"per_seconds\": S}")
            }
            if let problem = limit.problem { throw APIError.admin(problem) }
            await store.setRateLimit(limit)
            return try await Self.rateLimitResponse(store)
        }
        admin.delete("rate-limit") { _, _ in
            await store.setRateLimit(nil)
            return Response(status: .noContent)
        }
    }

    private static func rateLimitResponse(_ store: EmulatorStore) async throws -> Response {
        let status = await store.rateLimitStatus()
        return try JSONResponse.make(
            RateLimitBody(rateLimit: status.limit, throttledCalls: status.throttledCalls),
            encoder: JSONResponse.adminEncoder)
    }

    private struct RateLimitBody: Encodable {
        var rateLimit: EmulatorRateLimit?
        var throttledCalls: Int

        enum CodingKeys: String, CodingKey {
            case rateLimit = "rate_limit"
            case throttledCalls = "throttled_calls"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rateLimit, forKey: .rateLimit)
            try container.encode(throttledCalls, forKey: .throttledCalls)
        }
    }
}
