// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

/// Known-answer tests against every vector recorded from the official Python SDK.
@Suite("SDK signing vectors")
struct SigningVectorTests {
    static let file: SigningVectorFile = {
        do {
            return try SigningVectorFile.load()
        } catch {
            fatalError("cannot load Fixtures/signing-vectors.json: \(error)")
        }
    }()

    @Test func fixtureHoldsAllVectorsOfBothKinds() {
        let kinds = Dictionary(grouping: Self.file.vectors, by: \.kind).mapValues(\.count)
        #expect(kinds == ["signer": 12, "client_pipeline": 9])
    }

    @Test(arguments: Self.file.vectors)
    func signerReproducesVector(_ vector: SigningVector) throws {
        let request = try Self.signingRequest(for: vector)
        let signed = SDKSigner(credentials: Self.file.signingCredentials).sign(request, date: try Self.file.date)

        #expect(signed.canonicalRequest == vector.canonicalRequest)
        #expect(signed.stringToSign == vector.stringToSign)
        #expect(signed.signedHeaders == vector.signedHeaders)
        #expect(signed.authorization == vector.authorization)
        #expect(sortedHeaderLines(signed.headers) == sortedHeaderLines(vector.headersSent))

        // The wire request line equals the recorded URL: path unchanged, query = canonical query.
        let components = try vector.urlComponents
        #expect(signed.path == components.percentEncodedPath)
        #expect(signed.canonicalQueryString == (components.percentEncodedQuery ?? ""))
        #expect(signed.method == vector.input.method)
    }

    @Test(arguments: Self.file.vectors)
    func verifierAcceptsVectorAsSent(_ vector: SigningVector) throws {
        let verifier = SignatureVerifier { [file = Self.file] in $0 == file.credentials.ak ? file.credentials.sk : nil }
        let date = try Self.file.date
        let result = verifier.verify(try vector.receivedRequest, now: date)
        let verified = try result.get()
        #expect(verified.accessKeyID == Self.file.credentials.ak)
        #expect(verified.date == date)
        #expect(verified.signedHeaders.joined(separator: ";") == vector.signedHeaders)
        #expect(verified.securityToken == vector.headersSent["X-Security-Token"])
    }

    /// `kind: signer` → the exact `Signer.sign()` input; `kind: client_pipeline` → rebuilt from
    /// the URL, the headers sent minus `Authorization`, and the body.
    static func signingRequest(for vector: SigningVector) throws -> SigningRequest {
        if vector.kind == "signer" {
            return SigningRequest(
                method: vector.input.method,
                host: try #require(vector.input.host),
                path: try #require(vector.input.resourcePath),
                query: try SigningVector.expand(vector.input.queryParams),
                headers: (vector.input.headers ?? [:]).map { HTTPHeaderField(name: $0.key, value: $0.value) },
                body: vector.bodyBytes
            )
        }
        let components = try vector.urlComponents
        let host = try #require(components.host) + (components.port.map { ":\($0)" } ?? "")
        return SigningRequest(
            method: vector.input.method,
            host: host,
            path: components.percentEncodedPath,
            query: (components.queryItems ?? []).map { QueryParameter(name: $0.name, value: $0.value ?? "") },
            headers: vector.headersSent.filter { $0.key != "Authorization" }
                .map { HTTPHeaderField(name: $0.key, value: $0.value) },
            body: vector.bodyBytes
        )
    }
}
