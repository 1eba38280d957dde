// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HuaweiCloudSigner
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SDRSEmulator

/// Gateway codes, SDRS body shapes and the per-identity rate limit, as the public record has them
/// (reference §12.1).
@Suite struct GatewayFidelityTests {
    let signed = SignedRequests()

    private func app(_ behaviours: EmulatorBehaviours = .init(), fixture: EmulatorFixture = TestCloud.fixture()) throws
        -> (EmulatorStore, some ApplicationProtocol)
    {
        let configuration = TestCloud.configuration(fixture, behaviours: behaviours)
        let store = try EmulatorStore(configuration: configuration)
        return (store, try buildEmulatorApplication(configuration: configuration, store: store))
    }

    @Test func skewedSignatureIsAPIGW0301WithTheDocumentedMessage() async throws {
        try await app().1.test(.router) { client in
            let skewed = try await signed.execute(
                client, .get, signed.prefix + "/server-groups", date: Date().addingTimeInterval(-20 * 60))
            #expect(skewed.status == .unauthorized)
            let body = jsonObject(skewed.body)
            #expect(body["error_code"] as? String == "APIGW.0301")
            let message = try #require(body["error_msg"] as? String)
            let shape = #/^Incorrect IAM authentication information: calc aksk signature fail:signature expired, signature time:\d{8}T\d{6}Z,server time:\d{8}T\d{6}Z$/#
            #expect(message.wholeMatch(of: shape) != nil, "\(message)")
        }
    }

    @Test func olderAPIGPrefixIsSelectable() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.gatewayCodePrefix = .apig
        try await app(behaviours).1.test(.router) { client in
            var wrong = signed
            wrong.credential.secretAccessKey = "not-the-secret"
            let refused = try await wrong.execute(client, .get, signed.prefix + "/server-groups")
            #expect(refused.status == .unauthorized)
            #expect(jsonObject(refused.body)["error_code"] as? String == "APIG.0301")
            let unknown = try await signed.execute(client, .get, signed.prefix + "/no-such-api")
            #expect(jsonObject(unknown.body)["error_code"] as? String == "APIG.0101")
        }
    }

    @Test(arguments: [EmulatorBehaviours.SDRSErrorShape.wrapped, .flat])
    func sdrsErrorsComeInTheChosenShape(_ shape: EmulatorBehaviours.SDRSErrorShape) async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.sdrsErrorShape = shape
        try await app(behaviours).1.test(.router) { client in
            let missing = try await signed.execute(client, .get, signed.prefix + "/server-groups/no-such-group")
            let body = jsonObject(missing.body)
            switch shape {
            case .wrapped:
                #expect((body["itemNotFound"] as? [String: Any])?["code"] as? String == "SDRS.1013")
                #expect(body["error_code"] == nil)
            case .flat:
                #expect(body["error_code"] as? String == "SDRS.1013")
                #expect((body["error_msg"] as? String)?.contains("no-such-group") == true)
            }
        }
    }

    @Test func invalidTenantIsSDRS0001At400() async throws {
        try await app().1.test(.router) { client in
            var other = signed
            other.projectID = "ffffffffffffffffffffffffffffffff"
            let response = try await other.execute(client, .get, other.prefix + "/server-groups")
            #expect(response.status == .badRequest)
            #expect((jsonObject(response.body)["badrequest"] as? [String: Any])?["code"] as? String == "SDRS.0001")
        }
    }

    @Test func rateLimitRefusesTheIdentityOverItsBucketWithAPIGW0308() async throws {
        var fixture = TestCloud.fixture()
        fixture.rateLimit = EmulatorRateLimit(calls: 2, perSeconds: 60)
        let (store, application) = try app(fixture: fixture)
        try await application.test(.router) { client in
            for _ in 0..<2 {
                #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
            }
            let refused = try await signed.execute(client, .get, signed.prefix + "/server-groups")
            #expect(refused.status == .tooManyRequests)
            let body = jsonObject(refused.body)
            #expect(body["error_code"] as? String == "APIGW.0308")
            #expect(body["error_msg"] as? String == "policy user over ratelimit,limit:2,time:1 minute")
            // Another identity has its own bucket.
            let reader = SignedRequests(credential: TestCloud.readOnlyCredential)
            #expect(try await reader.execute(client, .get, reader.prefix + "/server-groups").status == .ok)
            // 30 emulated seconds refill one token of 2 per minute.
            try await store.advanceClock(by: 30)
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .tooManyRequests)
        }
        #expect(await store.rateLimitStatus().throttledCalls == 2)
    }

    @Test func rateLimitWindowScalesWithTheTimeScale() async throws {
        var limiter = RateLimiter(limit: EmulatorRateLimit(calls: 200, perSeconds: 300), timeScale: 0.01)
        let start = TestCloud.start
        let first = (0..<201).map { _ in limiter.admit(key: "ak", now: start) }
        #expect(first.filter { $0 }.count == 200 && first.last == false)
        // At time scale 0.01 the 300 s window lasts 3 real seconds: 1.5 s refill 100 tokens.
        let later = start.addingTimeInterval(1.5)
        let second = (0..<101).map { _ in limiter.admit(key: "ak", now: later) }
        #expect(second.filter { $0 }.count == 100 && second.last == false)
        #expect(limiter.throttledCalls == 2)
    }

    @Test func adminAPISetsReadsAndRemovesTheRateLimit() async throws {
        let (store, application) = try app()
        try await application.test(.router) { client in
            let put = try await client.execute(
                uri: "/__emulator/rate-limit", method: .put, body: ByteBuffer(string: #"{"calls": 1, "per_seconds": 300}"#))
            #expect(put.status == .ok)
            #expect((jsonObject(put.body)["rate_limit"] as? [String: Any])?["calls"] as? Int == 1)
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .tooManyRequests)
            let read = try await client.execute(uri: "/__emulator/rate-limit", method: .get)
            #expect(jsonObject(read.body)["throttled_calls"] as? Int == 1)
            let bad = try await client.execute(
                uri: "/__emulator/rate-limit", method: .put, body: ByteBuffer(string: #"{"calls": 0, "per_seconds": 300}"#))
            #expect(bad.status == .badRequest)
            #expect(try await client.execute(uri: "/__emulator/rate-limit", method: .delete).status == .noContent)
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
        }
        #expect(await store.rateLimitStatus().limit == nil)
    }

    @Test func fixtureRejectsAnUnusableRateLimit() {
        var fixture = TestCloud.fixture()
        fixture.rateLimit = EmulatorRateLimit(calls: 10, perSeconds: 0)
        #expect(fixture.problems().contains { $0.message.contains("per_seconds") })
    }
}
