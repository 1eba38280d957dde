// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HuaweiCloudSigner
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SDRSEmulator

@Suite struct AuthenticationTests {
    let signed = SignedRequests()

    private func gatewayCode(_ response: TestResponse) -> String? {
        jsonObject(response.body)["error_code"] as? String
    }

    private func app(_ behaviours: EmulatorBehaviours = .init(), fixture: EmulatorFixture = TestCloud.fixture()) throws
        -> (EmulatorStore, some ApplicationProtocol)
    {
        let configuration = TestCloud.configuration(fixture, behaviours: behaviours)
        let store = try EmulatorStore(configuration: configuration)
        return (store, try buildEmulatorApplication(configuration: configuration, store: store))
    }

    @Test func missingOrGarbledAuthorizationIs401APIG0301() async throws {
        try await app().1.test(.router) { client in
            let bare = try await client.execute(uri: signed.prefix + "/server-groups", method: .get)
            #expect(bare.status == .unauthorized)
            #expect(gatewayCode(bare) == "APIGW.0301")
            #expect(jsonObject(bare.body)["request_id"] as? String == bare.headers[.requestID])
            var request = signed.sign(.get, signed.prefix + "/server-groups")
            request.headers[.authorization] = "SDK-HMAC-SHA256 garbage"
            let garbled = try await client.execute(uri: request.target, method: .get, headers: request.headers)
            #expect(garbled.status == .unauthorized)
            #expect(gatewayCode(garbled) == "APIGW.0301")
        }
    }

    @Test func unknownKeyAndWrongSecretAre401() async throws {
        try await app().1.test(.router) { client in
            var stranger = signed
            stranger.credential = .init(accessKeyID: "HPUANOBODY0000000000", secretAccessKey: "x")
            let unknown = try await stranger.execute(client, .get, signed.prefix + "/server-groups")
            #expect(unknown.status == .unauthorized)
            #expect(gatewayCode(unknown) == "APIGW.0301")
            var wrong = signed
            wrong.credential.secretAccessKey = "not-the-secret"
            let mismatch = try await wrong.execute(client, .get, signed.prefix + "/server-groups")
            #expect(mismatch.status == .unauthorized)
            #expect((jsonObject(mismatch.body)["error_msg"] as? String)?.contains("verify aksk signature fail") == true)
            #expect(!String(buffer: mismatch.body).contains(TestCloud.credential.accessKeyID))
        }
    }

    @Test func aTamperedQueryFailsTheSignature() async throws {
        try await app().1.test(.router) { client in
            let request = signed.sign(
                .get, signed.prefix + "/server-groups", query: [QueryParameter(name: "limit", value: 1)])
            let tampered = request.target.replacingOccurrences(of: "limit=1", with: "limit=2")
            let response = try await client.execute(uri: tampered, method: .get, headers: request.headers)
            #expect(response.status == .unauthorized)
        }
    }

    @Test func skewedOrMissingDateIs401WithTheConfiguredCode() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.signatureDateErrorCode = "APIG.0303"
        try await app(behaviours).1.test(.router) { client in
            let skewed = try await signed.execute(
                client, .get, signed.prefix + "/server-groups", date: Date().addingTimeInterval(-20 * 60))
            #expect(skewed.status == .unauthorized)
            #expect(gatewayCode(skewed) == "APIG.0303")
            var request = signed.sign(.get, signed.prefix + "/server-groups")
            request.headers[HTTPField.Name("X-Sdk-Date")!] = nil
            let missing = try await client.execute(uri: request.target, method: .get, headers: request.headers)
            #expect(missing.status == .unauthorized)
            #expect(gatewayCode(missing) == "APIG.0303")
            let fine = try await signed.execute(
                client, .get, signed.prefix + "/server-groups", date: Date().addingTimeInterval(-10 * 60))
            #expect(fine.status == .ok)
        }
    }

    @Test func skewCheckCanBeSwitchedOff() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.enforceClockSkew = false
        try await app(behaviours).1.test(.router) { client in
            let old = try await signed.execute(
                client, .get, signed.prefix + "/server-groups", date: Date().addingTimeInterval(-86_400))
            #expect(old.status == .ok)
        }
    }

    @Test func otherProjectInPathOrHeaderIsForbiddenWithServiceCodes() async throws {
        try await app().1.test(.router) { client in
            var other = signed
            other.projectID = "ffffffffffffffffffffffffffffffff"
            let sdrs = try await other.execute(client, .get, other.prefix + "/server-groups")
            #expect(sdrs.status == .badRequest)
            #expect((jsonObject(sdrs.body)["badrequest"] as? [String: Any])?["code"] as? String == "SDRS.0001")
            let ecs = try await other.execute(client, .get, other.prefix + "/cloudservers/detail")
            #expect(ecs.status == .forbidden)
            #expect((jsonObject(ecs.body)["error"] as? [String: Any])?["code"] as? String == "Ecs.0003")
            let header = try await signed.execute(
                client, .get, signed.prefix + "/server-groups",
                headers: [HTTPHeaderField(name: "X-Project-Id", value: "ffffffffffffffffffffffffffffffff")]
            )
            #expect(header.status == .badRequest)
        }
    }

    @Test func projectMismatchCanBeA401() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.projectMismatch = .unauthorized
        try await app(behaviours).1.test(.router) { client in
            var other = signed
            other.projectID = "ffffffffffffffffffffffffffffffff"
            let response = try await other.execute(client, .get, other.prefix + "/server-groups")
            #expect(response.status == .unauthorized)
            #expect(gatewayCode(response) == "APIGW.0301")
        }
    }

    @Test func readOnlyCredentialsMayReadButNotChange() async throws {
        let (store, application) = try app()
        let reader = SignedRequests(credential: TestCloud.readOnlyCredential)
        try await application.test(.router) { client in
            #expect(try await reader.execute(client, .get, reader.prefix + "/server-groups").status == .ok)
            let reverse = try await reader.execute(
                client, .post, reader.prefix + "/server-groups/app/action",
                body: #"{"reverse-server-group": {"priority_station": "target"}}"#
            )
            #expect(reverse.status == .badRequest)
            #expect((jsonObject(reverse.body)["badrequest"] as? [String: Any])?["code"] as? String == "SDRS.0004")
            let stop = try await reader.execute(
                client, .post, reader.prefix + "/cloudservers/action",
                body: #"{"os-stop": {"servers": [{"id": "app-1-src"}]}}"#
            )
            #expect(stop.status == .forbidden)
            let refusal = jsonObject(stop.body)["error"] as? [String: Any]
            #expect(refusal?["code"] as? String == "Pdp.0001")
            #expect(refusal?["message"] as? String == "Policy doesn't allow ecs:cloudServers:stop to be performed.")
        }
        #expect(await store.server("app-1-src")?.taskState == nil)
        let counts = await store.requestCounts()
        #expect(counts.changingCalls == 2)
        #expect(counts.operations.first { $0.operation == "BatchStopServers" }?.failures == 1)
    }

    @Test func temporaryCredentialsNeedTheirToken() async throws {
        var fixture = TestCloud.fixture()
        fixture.credentials[0].securityToken = "token-123"
        try await app(fixture: fixture).1.test(.router) { client in
            var withToken = signed
            withToken.credential.securityToken = "token-123"
            #expect(try await withToken.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
            let without = try await signed.execute(client, .get, signed.prefix + "/server-groups")
            #expect(without.status == .unauthorized)
        }
    }

    @Test func accessKeyLocksAfterMoreThanFiveFailuresWhenSwitchedOn() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.lockAccessKeyAfterFailures = true
        let (store, application) = try app(behaviours)
        var credential = TestCloud.credential
        credential.secretAccessKey = "wrong"
        let wrong = SignedRequests(credential: credential)
        try await application.test(.router) { client in
            for _ in 0..<6 {
                #expect(try await wrong.execute(client, .get, signed.prefix + "/server-groups").status == .unauthorized)
            }
            let locked = try await signed.execute(client, .get, signed.prefix + "/server-groups")
            #expect(locked.status == .unauthorized)
            #expect((jsonObject(locked.body)["error_msg"] as? String)?.contains("limit") == true)
            try await store.advanceClock(by: 301)
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
        }
    }

    @Test func signaturesCanBeSwitchedOff() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.verifySignatures = false
        try await app(behaviours).1.test(.router) { client in
            let response = try await client.execute(uri: signed.prefix + "/server-groups", method: .get)
            #expect(response.status == .ok)
        }
    }
}
