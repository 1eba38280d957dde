// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

@Suite("Secrets never appear in descriptions")
struct SigningCredentialsTests {
    static let secret = "tEsTsEcReT+k3y/For=Vectors0000000000000000"
    static let token = "temporary-security-token-value"
    static let credentials = SigningCredentials(
        accessKeyID: "HPUATESTAK0EXAMPLE00",
        secretAccessKey: secret,
        securityToken: token
    )

    static func renderings(_ value: some Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    @Test func credentialsShowOnlyAMaskedAccessKey() {
        for text in Self.renderings(Self.credentials) {
            #expect(!text.contains(Self.secret))
            #expect(!text.contains(Self.token))
            #expect(!text.contains("HPUATESTAK0EXAMPLE00"))
            #expect(!text.contains("HPUAT"))
        }
        #expect(Self.credentials.description.contains("HPUA****"))
        #expect(Self.credentials.debugDescription == Self.credentials.description)
    }

    @Test func shortAccessKeysAreNotShownWhole() {
        let short = SigningCredentials(accessKeyID: "ABCD", secretAccessKey: "s")
        #expect(!short.description.contains("ABCD"))
        #expect(short.description.contains("AB****"))
    }

    @Test func signedRequestsHideAuthorizationTokenAndCanonicalRequest() {
        let signed = SDKSigner(credentials: Self.credentials).sign(
            SigningRequest(method: "GET", host: "h", path: "/v1/p", headers: [HTTPHeaderField(name: "X-Project-Id", value: "p")]),
            date: Date(timeIntervalSince1970: 1_710_490_530)
        )
        let signature = String(signed.authorization.split(separator: "=").last ?? "")
        #expect(signature.count == 64)
        for text in Self.renderings(signed) {
            #expect(!text.contains(signature))
            #expect(!text.contains(Self.token))
            #expect(!text.contains("HPUATESTAK0EXAMPLE00"))
            #expect(text.contains("x-project-id"))
        }
        let received = received(signed, body: [])
        for text in Self.renderings(received) {
            #expect(!text.contains(signature))
            #expect(!text.contains(Self.token))
        }
    }

    @Test func verifiedRequestsMaskTheAccessKeyAndHideTheToken() throws {
        let verified = VerifiedRequest(
            accessKeyID: "HPUATESTAK0EXAMPLE00",
            signedHeaders: ["host", "x-sdk-date"],
            date: Date(timeIntervalSince1970: 1_710_490_530),
            securityToken: Self.token
        )
        for text in Self.renderings(verified) {
            #expect(!text.contains(Self.token))
            #expect(!text.contains("HPUATESTAK0EXAMPLE00"))
            #expect(text.contains("20240315T081530Z"))
        }
    }

    @Test func headerFieldsRedactCredentialValuesOnly() {
        #expect(HTTPHeaderField(name: "authorization", value: "SDK-HMAC-SHA256 x").description == "authorization: <redacted>")
        #expect(HTTPHeaderField(name: "X-Security-Token", value: Self.token).description == "X-Security-Token: <redacted>")
        #expect(HTTPHeaderField(name: "X-Auth-Token", value: Self.token).debugDescription == "X-Auth-Token: <redacted>")
        #expect(HTTPHeaderField(name: "X-Project-Id", value: "p").description == "X-Project-Id: p")
    }
}
