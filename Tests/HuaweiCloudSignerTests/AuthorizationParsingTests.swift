// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

@Suite("Authorization header parsing and failure messages")
struct AuthorizationParsingTests {
    static let accessKeyID = "EMULATORTESTAK000001"
    static let signature = String(repeating: "0", count: 64)
    let verifier = SignatureVerifier { $0 == Self.accessKeyID ? "secret" : nil }

    func verify(authorization: String) -> Result<VerifiedRequest, SignatureFailure> {
        let request = ReceivedRequest(
            method: "GET",
            rawPath: "/",
            headers: [
                HTTPHeaderField(name: "Host", value: "h"),
                HTTPHeaderField(name: "X-Sdk-Date", value: "20240315T081530Z"),
                HTTPHeaderField(name: "Authorization", value: authorization),
            ]
        )
        return verifier.verify(request, now: Date(timeIntervalSince1970: 1_710_490_530))
    }

    @Test func wellFormedHeaderReachesSignatureCheck() {
        let value = "SDK-HMAC-SHA256 Access=\(Self.accessKeyID), SignedHeaders=host;x-sdk-date, Signature=\(Self.signature)"
        #expect(verify(authorization: value) == .failure(.signatureMismatch))
    }

    @Test func reportsOtherAlgorithmsByName() {
        #expect(verify(authorization: "SDK-HMAC-SM3 Access=a, SignedHeaders=host, Signature=b") == .failure(.unsupportedAlgorithm("SDK-HMAC-SM3")))
        #expect(verify(authorization: "Bearer abc") == .failure(.unsupportedAlgorithm("Bearer")))
    }

    @Test(arguments: [
        "a-token-pasted-without-any-scheme",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), Signature=\(signature)",
        "SDK-HMAC-SHA256 Access=, SignedHeaders=host;x-sdk-date, Signature=\(signature)",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), SignedHeaders=host;x-sdk-date",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), SignedHeaders=host;x-sdk-date, Signature=ABC",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), SignedHeaders=host;x-sdk-date, Signature=\(String(repeating: "A", count: 64))",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), SignedHeaders=host;;x-sdk-date, Signature=\(signature)",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), SignedHeaders=host x;x-sdk-date, Signature=\(signature)",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), Access=\(accessKeyID), SignedHeaders=host;x-sdk-date, Signature=\(signature)",
        "SDK-HMAC-SHA256 Access=\(accessKeyID), SignedHeaders=host;x-sdk-date, Signature=\(signature), Extra=1",
        "SDK-HMAC-SHA256 Access=\(accessKeyID) SignedHeaders=host;x-sdk-date Signature=\(signature)",
    ])
    func rejectsMalformedHeader(_ value: String) {
        guard case .failure(.malformedAuthorization(let reason)) = verify(authorization: value) else {
            Issue.record("expected malformedAuthorization for \(value)")
            return
        }
        #expect(!reason.contains(Self.accessKeyID))
        #expect(!reason.contains("a-token-pasted"))
    }

    @Test func failureDescriptionsNeverLeakSecretsOrSignatures() {
        let failures: [SignatureFailure] = [
            .missingAuthorization, .malformedAuthorization("Access is missing or empty"), .unsupportedAlgorithm("Bearer"),
            .unknownAccessKey, .missingDate, .malformedDate, .dateSkewed(seconds: -960), .dateSkewed(seconds: 960),
            .missingSignedHeader("x-project-id"), .dateNotSigned, .hostNotSigned, .signatureMismatch,
        ]
        for failure in failures {
            #expect(failure.description.hasPrefix("Incorrect IAM authentication information: "))
            #expect(!failure.description.contains(Self.signature))
        }
        #expect(SignatureFailure.signatureMismatch.description.contains("verify aksk signature fail"))
        #expect(SignatureFailure.dateSkewed(seconds: 960).description.contains("960 seconds ahead of"))
        #expect(SignatureFailure.dateSkewed(seconds: -960).description.contains("960 seconds behind"))
    }
}
