// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

@Suite("SignatureVerifier")
struct SignatureVerifierTests {
    static let credentials = SigningCredentials(accessKeyID: "EMULATORTESTAK000001", secretAccessKey: "emulator+secret/key=1")
    static let now = Date(timeIntervalSince1970: 1_710_490_530)  // 2024-03-15T08:15:30Z

    let verifier = SignatureVerifier { $0 == Self.credentials.accessKeyID ? Self.credentials.secretAccessKey : nil }

    /// A signed POST with a query, a JSON body and a project header, as received on the wire.
    static func receivedPOST(signedAt date: Date = now, credentials: SigningCredentials = credentials) -> ReceivedRequest {
        let request = SigningRequest(
            method: "POST",
            host: "127.0.0.1:8443",
            path: "/v1/proj/server-groups/pg-1/action",
            query: [QueryParameter(name: "name", value: "a b+c"), QueryParameter(name: "limit", value: 10)],
            headers: [
                HTTPHeaderField(name: "Content-Type", value: "application/json;charset=utf-8"),
                HTTPHeaderField(name: "X-Project-Id", value: "proj"),
            ],
            body: Array(#"{"reverse-server-group": {"priority_station": "target"}}"#.utf8)
        )
        return received(SDKSigner(credentials: credentials).sign(request, date: date), body: request.body)
    }

    @Test func acceptsUntamperedRequest() throws {
        let verified = try verifier.verify(Self.receivedPOST(), now: Self.now).get()
        #expect(verified.accessKeyID == Self.credentials.accessKeyID)
        #expect(verified.signedHeaders == ["content-type", "host", "x-project-id", "x-sdk-date"])
        #expect(verified.date == Self.now)
        #expect(verified.securityToken == nil)
    }

    @Test func rejectsTamperedBody() {
        var request = Self.receivedPOST()
        request.body = Array(#"{"reverse-server-group": {"priority_station": "source"}}"#.utf8)
        #expect(verifier.verify(request, now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func rejectsRemovedBody() {
        var request = Self.receivedPOST()
        request.body = []
        #expect(verifier.verify(request, now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func rejectsTamperedPath() {
        var request = Self.receivedPOST()
        request.rawPath = "/v1/proj/server-groups/pg-2/action"
        #expect(verifier.verify(request, now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func rejectsTamperedQueryValue() throws {
        var request = Self.receivedPOST()
        #expect(request.rawQuery == "limit=10&name=a%20b%2Bc")
        request.rawQuery = "limit=11&name=a%20b%2Bc"
        #expect(verifier.verify(request, now: Self.now) == .failure(.signatureMismatch))
        // `+` is a literal plus, not a space: decoding it as a space would change the value.
        request.rawQuery = "limit=10&name=a%20b%20c"
        #expect(verifier.verify(request, now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func acceptsReorderedAndDifferentlyEncodedQuery() throws {
        var request = Self.receivedPOST()
        request.rawQuery = "name=a%20b%2bc&limit=1%30"
        _ = try verifier.verify(request, now: Self.now).get()
    }

    @Test func rejectsTamperedSignedHeaderValue() {
        var request = Self.receivedPOST()
        request.headers = request.headers.map {
            $0.name == "X-Project-Id" ? HTTPHeaderField(name: $0.name, value: "other-project") : $0
        }
        #expect(verifier.verify(request, now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func ignoresUnsignedHeaders() throws {
        var request = Self.receivedPOST()
        request.headers.append(HTTPHeaderField(name: "User-Agent", value: "added-by-the-http-stack"))
        request.headers.append(HTTPHeaderField(name: "Content-Length", value: "56"))
        _ = try verifier.verify(request, now: Self.now).get()
    }

    @Test func rejectsWrongSecret() {
        let wrong = SigningCredentials(accessKeyID: Self.credentials.accessKeyID, secretAccessKey: "not-the-secret")
        #expect(verifier.verify(Self.receivedPOST(credentials: wrong), now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func rejectsUnknownAccessKey() {
        let stranger = SigningCredentials(accessKeyID: "UNKNOWNAK", secretAccessKey: Self.credentials.secretAccessKey)
        #expect(verifier.verify(Self.receivedPOST(credentials: stranger), now: Self.now) == .failure(.unknownAccessKey))
    }

    @Test func rejectsMissingAuthorization() {
        var request = Self.receivedPOST()
        request.headers.removeAll { $0.name == "Authorization" }
        #expect(verifier.verify(request, now: Self.now) == .failure(.missingAuthorization))
    }

    @Test func rejectsMissingDate() {
        var request = Self.receivedPOST()
        request.headers.removeAll { $0.name == "X-Sdk-Date" }
        #expect(verifier.verify(request, now: Self.now) == .failure(.missingDate))
    }

    @Test(arguments: ["2024-03-15T08:15:30Z", "20240315T081530", "20240230T081530Z", "20240315T246000Z", "20240315t081530z", ""])
    func rejectsMalformedDate(_ value: String) {
        var request = Self.receivedPOST()
        request.headers = request.headers.map { $0.name == "X-Sdk-Date" ? HTTPHeaderField(name: $0.name, value: value) : $0 }
        #expect(verifier.verify(request, now: Self.now) == .failure(.malformedDate))
    }

    @Test(arguments: [-16 * 60, 16 * 60])
    func rejectsSkewBeyondFifteenMinutes(_ offset: Int) {
        let request = Self.receivedPOST(signedAt: Self.now.addingTimeInterval(TimeInterval(offset)))
        #expect(verifier.verify(request, now: Self.now) == .failure(.dateSkewed(seconds: offset)))
    }

    @Test(arguments: [-14 * 60, 14 * 60, -15 * 60, 15 * 60])
    func acceptsSkewWithinFifteenMinutes(_ offset: Int) throws {
        let request = Self.receivedPOST(signedAt: Self.now.addingTimeInterval(TimeInterval(offset)))
        _ = try verifier.verify(request, now: Self.now).get()
    }

    /// A request captured off the wire (say, from a proxy log) cannot be replayed once its signed
    /// date is stale: the same bytes that were accepted are refused 16 minutes later.
    @Test func aCapturedRequestReplayedLaterIsRejected() throws {
        let captured = Self.receivedPOST(signedAt: Self.now)
        _ = try verifier.verify(captured, now: Self.now.addingTimeInterval(60)).get()
        #expect(verifier.verify(captured, now: Self.now.addingTimeInterval(16 * 60)) == .failure(.dateSkewed(seconds: -16 * 60)))
        // Re-dating it does not help without the secret: the date is signed.
        var redated = captured
        redated.headers = redated.headers.map { $0.name.lowercased() == "x-sdk-date" ? HTTPHeaderField(name: $0.name, value: "20240315T083000Z") : $0 }
        #expect(verifier.verify(redated, now: Self.now.addingTimeInterval(16 * 60)) == .failure(.signatureMismatch))
    }

    @Test func nilMaximumSkewDisablesSkewCheck() throws {
        let lenient = SignatureVerifier(maximumSkew: nil) { _ in Self.credentials.secretAccessKey }
        let request = Self.receivedPOST(signedAt: Self.now.addingTimeInterval(-400 * 86_400))
        _ = try lenient.verify(request, now: Self.now).get()
        #expect(verifier.verify(request, now: Self.now) == .failure(.dateSkewed(seconds: -400 * 86_400)))
    }

    @Test func customMaximumSkewIsHonoured() {
        let strict = SignatureVerifier(maximumSkew: .seconds(30)) { _ in Self.credentials.secretAccessKey }
        let request = Self.receivedPOST(signedAt: Self.now.addingTimeInterval(31))
        #expect(strict.verify(request, now: Self.now) == .failure(.dateSkewed(seconds: 31)))
    }

    @Test func headerNamesAreCaseInsensitive() throws {
        var request = Self.receivedPOST()
        request.headers = request.headers.enumerated().map { index, field in
            HTTPHeaderField(name: index.isMultiple(of: 2) ? field.name.uppercased() : field.name.lowercased(), value: field.value)
        }
        #expect(request.headers.contains { $0.name == "AUTHORIZATION" || $0.name == "authorization" })
        _ = try verifier.verify(request, now: Self.now).get()
    }

    @Test func acceptsHTTP2AuthorityInPlaceOfHost() throws {
        var request = Self.receivedPOST()
        request.headers = request.headers.map { $0.name == "Host" ? HTTPHeaderField(name: ":authority", value: $0.value) : $0 }
        _ = try verifier.verify(request, now: Self.now).get()
    }

    @Test func rejectsMissingSignedHeader() {
        var request = Self.receivedPOST()
        request.headers.removeAll { $0.name == "X-Project-Id" }
        #expect(verifier.verify(request, now: Self.now) == .failure(.missingSignedHeader("x-project-id")))
    }

    @Test func rejectsChangedHost() {
        var request = Self.receivedPOST()
        request.headers = request.headers.map { $0.name == "Host" ? HTTPHeaderField(name: "Host", value: "127.0.0.1:9999") : $0 }
        #expect(verifier.verify(request, now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func requiresDateAndHostToBeSigned() {
        let signature = String(repeating: "a", count: 64)
        func request(signedHeaders: String) -> ReceivedRequest {
            ReceivedRequest(
                method: "GET",
                rawPath: "/",
                headers: [
                    HTTPHeaderField(name: "Host", value: "h"),
                    HTTPHeaderField(name: "X-Sdk-Date", value: "20240315T081530Z"),
                    HTTPHeaderField(
                        name: "Authorization",
                        value: "SDK-HMAC-SHA256 Access=\(Self.credentials.accessKeyID), SignedHeaders=\(signedHeaders), Signature=\(signature)"
                    ),
                ]
            )
        }
        #expect(verifier.verify(request(signedHeaders: "host"), now: Self.now) == .failure(.dateNotSigned))
        #expect(verifier.verify(request(signedHeaders: "x-sdk-date"), now: Self.now) == .failure(.hostNotSigned))
        #expect(verifier.verify(request(signedHeaders: "host;x-sdk-date"), now: Self.now) == .failure(.signatureMismatch))
    }
}

/// What a server receives for a signed request: the request line and headers exactly as signed.
func received(_ signed: SignedRequest, body: [UInt8]) -> ReceivedRequest {
    ReceivedRequest(
        method: signed.method,
        rawPath: signed.path,
        rawQuery: signed.canonicalQueryString.isEmpty ? nil : signed.canonicalQueryString,
        headers: signed.headers,
        body: body
    )
}
