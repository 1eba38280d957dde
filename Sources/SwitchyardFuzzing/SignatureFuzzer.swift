// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner

/// Bytes read as an HTTP request → `SignatureVerifier.verify`, as the emulator checks every call;
/// and the same request signed by `SDKSigner` must verify.
///
/// The bytes are read as: a request line `METHOD TARGET` (target = path, optionally `?query`),
/// header lines `Name: value` up to an empty line, then the body. The access key of the signing
/// vectors is known to the verifier, so a corpus of real signed requests reaches the comparison.
enum SignatureFuzzer {
    static let credentials = SigningCredentials(
        accessKeyID: "HPUATESTAK0EXAMPLE00", secretAccessKey: "tEsTsEcReT+k3y/For=Vectors0000000000000000")
    /// The `X-Sdk-Date` of the signing vectors, 2024-03-15T08:15:30Z.
    static let now = Date(timeIntervalSince1970: 1_710_490_530)

    static func run(_ data: Data) {
        let request = parse(data)
        let key = credentials
        let verifier = SignatureVerifier { $0 == key.accessKeyID ? key.secretAccessKey : nil }
        if case .failure(let failure) = verifier.verify(request, now: now) {
            precondition(!failure.description.contains(key.secretAccessKey), "a failure never shows the secret")
        }
        checkSignerAgreement(request)
    }

    /// Whatever the signer signs (within what an HTTP stack can send) the verifier accepts.
    static func checkSignerAgreement(_ request: ReceivedRequest) {
        var seen = Set<String>()
        let headers = request.headers.filter { field in
            isToken(field.name) && !field.name.equalsIgnoringCase("Authorization") && seen.insert(field.name.lowercased()).inserted
        }
        if let date = headers.first(where: { $0.name.equalsIgnoringCase("X-Sdk-Date") }),
            SDKDateProbe.isMalformed(date.value)
        {
            return  // signed verbatim and rightly refused as malformed by the verifier
        }
        let query = (request.rawQuery ?? "").split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return QueryParameter(name: String(parts[0]), value: parts.count > 1 ? String(parts[1]) : "")
        }
        let signing = SigningRequest(
            method: request.method, host: "fuzz.example:8443", path: request.rawPath, query: query, headers: headers,
            body: request.body)
        let signed = SDKSigner(credentials: credentials).sign(signing, date: now)
        let received = ReceivedRequest(
            method: signed.method, rawPath: signed.path,
            rawQuery: signed.canonicalQueryString.isEmpty ? nil : signed.canonicalQueryString,
            headers: signed.headers, body: request.body)
        let key = credentials
        let verifier = SignatureVerifier(maximumSkew: nil) { $0 == key.accessKeyID ? key.secretAccessKey : nil }
        let result = verifier.verify(received, now: now)
        if case .failure(let failure) = result {
            preconditionFailure("a request the signer signed is refused: \(failure)")
        }
    }

    /// Reads the request; any bytes give some request (invalid UTF-8 is replaced).
    static func parse(_ data: Data) -> ReceivedRequest {
        let bytes = [UInt8](data)
        let separator: [UInt8] = [0x0A, 0x0A]
        var headEnd = bytes.count
        var bodyStart = bytes.count
        if let index = (0..<max(0, bytes.count - 1)).first(where: { bytes[$0] == separator[0] && bytes[$0 + 1] == separator[1] }) {
            headEnd = index
            bodyStart = index + 2
        }
        let head = String(decoding: bytes[0..<headEnd], as: UTF8.self)
        var lines = head.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let requestLine = lines.isEmpty ? "" : lines.removeFirst()
        let parts = requestLine.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let method = parts.first ?? ""
        let target = parts.count > 1 ? parts[1] : "/"
        let pathAndQuery = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let headers = lines.compactMap { line -> HTTPHeaderField? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return HTTPHeaderField(name: String(line[..<colon]), value: String(line[line.index(after: colon)...]))
        }
        return ReceivedRequest(
            method: method, rawPath: pathAndQuery.first ?? "", rawQuery: pathAndQuery.count > 1 ? pathAndQuery[1] : nil,
            headers: headers, body: Array(bytes[bodyStart...]))
    }

    /// RFC 9110 `token`: what an HTTP stack accepts as a header name.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty
            && name.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
            }
    }
}

/// Whether the verifier will call an `X-Sdk-Date` value malformed: it signs a request with only
/// that header and checks for `.malformedDate`.
enum SDKDateProbe {
    static func isMalformed(_ value: String) -> Bool {
        let signed = SDKSigner(credentials: SignatureFuzzer.credentials).sign(
            SigningRequest(method: "GET", host: "probe", path: "/", query: [], headers: [HTTPHeaderField(name: "X-Sdk-Date", value: value)]),
            date: SignatureFuzzer.now)
        let key = SignatureFuzzer.credentials
        let verifier = SignatureVerifier(maximumSkew: nil) { $0 == key.accessKeyID ? key.secretAccessKey : nil }
        let received = ReceivedRequest(method: "GET", rawPath: "/", headers: signed.headers)
        return verifier.verify(received, now: SignatureFuzzer.now) == .failure(.malformedDate)
    }
}

extension String {
    fileprivate func equalsIgnoringCase(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
