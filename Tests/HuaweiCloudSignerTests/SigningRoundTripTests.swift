// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

/// Whatever the signer produces, the verifier accepts, and any single change is caught.
@Suite("Sign → verify round trip")
struct SigningRoundTripTests {
    static let credentials = SigningCredentials(accessKeyID: "ROUNDTRIPAK", secretAccessKey: "round/trip+secret=ü", securityToken: "tok en")
    static let verifier = SignatureVerifier { $0 == credentials.accessKeyID ? credentials.secretAccessKey : nil }

    /// SplitMix64: deterministic pseudo-random inputs, the same on every run and platform.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        mutating func string(from alphabet: [String], maxLength: Int) -> String {
            (0..<below(maxLength + 1)).map { _ in alphabet[below(alphabet.count)] }.joined()
        }
    }

    static let pathAlphabet = ["a", "Z", "0", "-", "_", ".", "~", " ", ":", "ü", "日本", "🚀", "+", "=", "&", "@", "é", "e\u{301}"]
    static let queryAlphabet = pathAlphabet + ["/", "?", "#", "%", "%41", "\u{3000}"]

    static func randomRequest(seed: UInt64) -> SigningRequest {
        var random = Generator(state: seed)
        let segments = (0..<(1 + random.below(4))).map { _ in random.string(from: pathAlphabet, maxLength: 6) }
        let path = "/" + segments.map(SigningPercentEncoding.encode).joined(separator: "/") + (random.below(2) == 0 ? "/" : "")
        let names = (0..<(1 + random.below(3))).map { _ in random.string(from: queryAlphabet, maxLength: 4) }
        let query = (0..<random.below(6)).map { _ in
            QueryParameter(name: names[random.below(names.count)], value: random.string(from: queryAlphabet, maxLength: 5))
        }
        let methods = ["GET", "POST", "PUT", "DELETE"]
        let method = methods[random.below(methods.count)]
        let body = method == "GET" ? [] : Array(random.string(from: queryAlphabet, maxLength: 40).utf8)
        var headers = [
            HTTPHeaderField(name: "Content-Type", value: random.below(4) == 0 ? "application/octet-stream" : "application/json"),
            HTTPHeaderField(name: "X-Project-Id", value: "project-\(random.below(1000))"),
        ]
        if random.below(2) == 0 { headers.append(HTTPHeaderField(name: "X-Trace_Id", value: "unsigned")) }
        return SigningRequest(method: method, host: "127.0.0.1:\(8000 + random.below(1000))", path: path, query: query, headers: headers, body: body)
    }

    static let seeds: [UInt64] = Array(1...64)
    static let now = Date(timeIntervalSince1970: 1_710_490_530)

    @Test(arguments: seeds)
    func signedRequestVerifies(_ seed: UInt64) throws {
        let request = Self.randomRequest(seed: seed)
        let signed = SDKSigner(credentials: Self.credentials).sign(request, date: Self.now)
        let verified = try Self.verifier.verify(received(signed, body: request.body), now: Self.now).get()
        #expect(verified.securityToken == "tok en")
        #expect(verified.signedHeaders.joined(separator: ";") == signed.signedHeaders)
    }

    @Test(arguments: seeds)
    func anyChangedQueryValueOrPathSegmentIsRejected(_ seed: UInt64) {
        let request = Self.randomRequest(seed: seed)
        let signed = SDKSigner(credentials: Self.credentials).sign(request, date: Self.now)
        var changedPath = received(signed, body: request.body)
        changedPath.rawPath += "x"
        #expect(Self.verifier.verify(changedPath, now: Self.now) == .failure(.signatureMismatch))

        var changedQuery = received(signed, body: request.body)
        changedQuery.rawQuery = (changedQuery.rawQuery.map { $0 + "&" } ?? "") + "extra=1"
        #expect(Self.verifier.verify(changedQuery, now: Self.now) == .failure(.signatureMismatch))
    }

    @Test func repeatedKeysAreOrderIndependent() throws {
        let parameters = [("k", "2"), ("k", "1"), ("k", "a+b"), ("k", "a b"), ("k", "ü"), ("k", "~")]
            .map { QueryParameter(name: $0.0, value: $0.1) }
        let signer = SDKSigner(credentials: Self.credentials)
        let forward = signer.sign(SigningRequest(method: "GET", host: "h", path: "/q", query: parameters), date: Self.now)
        let backward = signer.sign(SigningRequest(method: "GET", host: "h", path: "/q", query: parameters.reversed()), date: Self.now)
        #expect(forward.authorization == backward.authorization)
        #expect(forward.canonicalQueryString == "k=1&k=2&k=a%20b&k=a%2Bb&k=~&k=%C3%BC")
        _ = try Self.verifier.verify(received(forward, body: []), now: Self.now).get()
    }
}
