// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

@Suite("SDKSigner header preparation and canonical parts")
struct SDKSignerTests {
    static let credentials = SigningCredentials(accessKeyID: "HPUATESTAK0EXAMPLE00", secretAccessKey: "tEsTsEcReT+k3y/For=Vectors0000000000000000")
    static let date = Date(timeIntervalSince1970: 1_710_490_530)
    let signer = SDKSigner(credentials: Self.credentials)

    func sign(_ request: SigningRequest, with credentials: SigningCredentials = credentials, at date: Date = date) -> SignedRequest {
        SDKSigner(credentials: credentials).sign(request, date: date)
    }

    /// The third and sixth lines of the canonical request.
    func queryAndPayloadLines(_ signed: SignedRequest) -> (uri: String, query: String, payload: String) {
        let lines = signed.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (lines[1], lines[2], lines.last ?? "")
    }

    @Test func addsDateFromParameterThenHostThenAuthorizationAtTheEnd() {
        let signed = sign(SigningRequest(method: "GET", host: "127.0.0.1:8443", path: "/", headers: [HTTPHeaderField(name: "X-Project-Id", value: "p")]))
        #expect(signed.headers.map(\.name) == ["X-Project-Id", "X-Sdk-Date", "Host", "Authorization"])
        #expect(signed.headers[1].value == "20240315T081530Z")
        #expect(signed.headers[2].value == "127.0.0.1:8443")
        #expect(signed.headers[3].value == signed.authorization)
        #expect(signed.stringToSign.hasPrefix("SDK-HMAC-SHA256\n20240315T081530Z\n"))
        #expect(signed.signedHeaders == "host;x-project-id;x-sdk-date")
    }

    @Test func existingDateHeaderWinsOverTheDateParameter() {
        let request = SigningRequest(method: "GET", host: "h", path: "/", headers: [HTTPHeaderField(name: "x-sdk-date", value: "20200101T000000Z")])
        let signed = sign(request, at: Self.date)
        #expect(signed.headers.filter { $0.name.lowercased() == "x-sdk-date" }.map(\.value) == ["20200101T000000Z"])
        #expect(signed.stringToSign.contains("\n20200101T000000Z\n"))
        #expect(sign(request, at: Date(timeIntervalSince1970: 0)).authorization == signed.authorization)
    }

    @Test func differentDatesGiveDifferentSignatures() {
        let request = SigningRequest(method: "GET", host: "h", path: "/")
        #expect(sign(request, at: Self.date).authorization != sign(request, at: Self.date.addingTimeInterval(1)).authorization)
    }

    @Test func securityTokenFromCredentialsIsSentAndSignedLikeTheVector() throws {
        let file = try SigningVectorFile.load()
        let vector = try #require(file.vectors.first { $0.name == "header_rules_underscore_trim_case_token" })
        var request = try SigningVectorTests.signingRequest(for: vector)
        let token = try #require(request.headers.first { $0.name == "X-Security-Token" }?.value)
        request.headers.removeAll { $0.name == "X-Security-Token" }
        let withToken = SigningCredentials(accessKeyID: file.credentials.ak, secretAccessKey: file.credentials.sk, securityToken: token)
        let signed = sign(request, with: withToken, at: try file.date)
        #expect(signed.authorization == vector.authorization)
        #expect(signed.headers.contains(HTTPHeaderField(name: "X-Security-Token", value: token)))
    }

    @Test func securityTokenReplacesAnExistingTokenHeader() {
        let request = SigningRequest(method: "GET", host: "h", path: "/", headers: [HTTPHeaderField(name: "x-security-token", value: "stale")])
        let signed = sign(request, with: SigningCredentials(accessKeyID: "a", secretAccessKey: "s", securityToken: "fresh"))
        #expect(signed.headers.filter { $0.name.lowercased() == "x-security-token" }.map(\.value) == ["fresh"])
    }

    @Test func existingAuthorizationIsReplacedNotSigned() {
        let plain = SigningRequest(method: "GET", host: "h", path: "/")
        var withStale = plain
        withStale.headers = [HTTPHeaderField(name: "authorization", value: "SDK-HMAC-SHA256 stale")]
        let signed = sign(withStale)
        #expect(signed.signedHeaders == "host;x-sdk-date")
        #expect(signed.headers.filter { $0.name.lowercased() == "authorization" }.count == 1)
        #expect(signed.authorization == sign(plain).authorization)
    }

    @Test(arguments: [
        ("application/octet-stream", true), ("text/plain", true), ("Application/JSON", true),
        ("application/json", false), ("application/json;charset=utf-8", false), ("application/bson", false), ("", false),
    ])
    func nonJSONContentTypeSendsUnsignedPayload(_ contentType: String, _ unsigned: Bool) {
        let body = Array("payload".utf8)
        let signed = sign(SigningRequest(method: "POST", host: "h", path: "/", headers: [HTTPHeaderField(name: "Content-Type", value: contentType)], body: body))
        #expect(signed.headers.contains(HTTPHeaderField(name: "X-Sdk-Content-Sha256", value: "UNSIGNED-PAYLOAD")) == unsigned)
        #expect(signed.signedHeaders.contains("x-sdk-content-sha256") == unsigned)
        let expectedHash = unsigned ? "UNSIGNED-PAYLOAD" : "239f59ed55e737c77147cf55ad0c1b030b6d7ee748a7426952f9b852d5a935e5"
        #expect(queryAndPayloadLines(signed).payload == expectedHash)
    }

    @Test func emptyBodyHashesToSHA256OfNothingEvenWhenUnsigned() {
        let signed = sign(SigningRequest(method: "GET", host: "h", path: "/", headers: [HTTPHeaderField(name: "Content-Type", value: "text/plain")]))
        #expect(queryAndPayloadLines(signed).payload == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func valuesAreTrimmedLikePythonStripOnTheWireToo() {
        let signed = sign(SigningRequest(method: "GET", host: "h", path: "/", headers: [
            HTTPHeaderField(name: "X-A", value: " \t\u{1C}in  side\u{3000}\r\n"),
            HTTPHeaderField(name: "X_Under", value: "  sent but not signed  "),
        ]))
        #expect(signed.headers[0].value == "in  side")
        #expect(signed.headers[1].value == "sent but not signed")
        #expect(signed.canonicalRequest.contains("\nx-a:in  side\n"))
        #expect(!signed.signedHeaders.contains("x_under"))
    }

    @Test(arguments: [
        ("/", "/"), ("", "/"), ("/v1/p/server-groups/", "/v1/p/server-groups/"), ("/v1/p/x", "/v1/p/x/"),
        ("/a%2Fb", "/a/b/"), ("/env%3aprod%20a", "/env%3Aprod%20a/"), ("/caf%C3%A9/+", "/caf%C3%A9/%2B/"),
        ("/%zz%4", "/%25zz%254/"), ("/ü", "/%C3%BC/"), ("//double", "//double/"),
    ])
    func canonicalURIDecodesSplitsReencodesAndEndsInSlash(_ path: String, _ expected: String) {
        let signed = sign(SigningRequest(method: "get", host: "h", path: path))
        #expect(queryAndPayloadLines(signed).uri == expected)
        #expect(signed.path == path)
        #expect(signed.method == "get")
        #expect(signed.canonicalRequest.hasPrefix("GET\n"))
    }

    @Test func queryIsSortedByNameThenValueInUTF8ByteOrderAndSentAsSigned() {
        let query = [
            QueryParameter(name: "limit", value: 100), QueryParameter(name: "Zeta", value: "z"),
            QueryParameter(name: "tag", value: "b"), QueryParameter(name: "tag", value: "a b"),
            QueryParameter(name: "ü", value: "1"), QueryParameter(name: "z", value: "1"),
            QueryParameter(name: "flag", value: false), QueryParameter(name: "empty", value: ""),
            QueryParameter(name: "e\u{301}", value: "2"), QueryParameter(name: "\u{E9}", value: "1"),
        ]
        let signed = sign(SigningRequest(method: "GET", host: "h", path: "/x", query: query))
        let expected = "Zeta=z&empty=&e%CC%81=2&flag=false&limit=100&tag=a%20b&tag=b&z=1&%C3%A9=1&%C3%BC=1"
        #expect(signed.canonicalQueryString == expected)
        #expect(queryAndPayloadLines(signed).query == expected)
        #expect(signed.requestTarget == "/x?" + expected)
    }

    @Test func noQueryMeansNoQuestionMark() {
        let signed = sign(SigningRequest(method: "GET", host: "h", path: "/x"))
        #expect(signed.canonicalQueryString.isEmpty)
        #expect(signed.requestTarget == "/x")
    }

    @Test func explicitHostHeaderInAnyCaseIsKept() {
        let signed = sign(SigningRequest(method: "GET", host: "ignored", path: "/", headers: [HTTPHeaderField(name: "HOST", value: "custom:1")]))
        #expect(signed.headers.map(\.name) == ["HOST", "X-Sdk-Date", "Authorization"])
        #expect(signed.canonicalRequest.contains("\nhost:custom:1\n"))
    }
}
