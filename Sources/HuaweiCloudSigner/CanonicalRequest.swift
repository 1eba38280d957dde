// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Crypto

/// The canonical request of SDK-HMAC-SHA256 (§8.2 steps 1–9), shared by signing and verifying.
///
/// The signer builds one from the request it is about to send; the verifier builds one from what
/// it received. Every canonicalisation rule lives here so the two can never drift apart.
struct CanonicalRequest {
    /// SHA-256 of zero bytes: the payload hash of a request without a body.
    static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// The method, upper-cased.
    var method: String
    /// The canonical URI (always ends in `/`).
    var uri: String
    /// The canonical query string.
    var queryString: String
    /// Signed header names, in the order they are listed.
    var signedHeaders: [String]
    /// One trimmed value per entry of ``signedHeaders``.
    var signedHeaderValues: [String]
    /// The payload hash line.
    var payloadHash: String

    /// The exact text that is hashed: six parts joined with `\n`, no trailing newline.
    var text: String {
        let headerBlock =
            zip(signedHeaders, signedHeaderValues).map { "\($0):\($1)" }.joined(separator: "\n") + "\n"
        return [method, uri, queryString, headerBlock, signedHeaders.joined(separator: ";"), payloadHash]
            .joined(separator: "\n")
    }

    /// `SDK-HMAC-SHA256\n<sdkDate>\n<hex SHA-256 of text>`.
    func stringToSign(sdkDate: String) -> String {
        "\(SDKSigner.algorithm)\n\(sdkDate)\n\(Self.hexSHA256(Array(text.utf8)))"
    }

    /// Lower-case hex HMAC-SHA256 of `stringToSign`, keyed with the UTF-8 bytes of the secret.
    static func signature(secretAccessKey: String, stringToSign: String) -> String {
        let key = SymmetricKey(data: Array(secretAccessKey.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key)
        return hex(mac)
    }

    // MARK: - Parts

    /// Step 3: decode the whole path, split on `/`, encode each segment, ensure a trailing `/`.
    static func canonicalURI(path: String) -> String {
        let decoded = SigningPercentEncoding.decode(path)
        let encoded = decoded.split(separator: "/", omittingEmptySubsequences: false)
            .map { SigningPercentEncoding.encode(String($0)) }
            .joined(separator: "/")
        return encoded.hasSuffix("/") ? encoded : encoded + "/"
    }

    /// Step 5: sort raw pairs by (name, value) in UTF-8 byte order, encode both sides, join.
    static func canonicalQueryString(_ parameters: [QueryParameter]) -> String {
        parameters
            .sorted { lhs, rhs in
                // Byte-wise, not `==`: Swift equates canonically equivalent strings, Python does not.
                if !lhs.name.utf8.elementsEqual(rhs.name.utf8) { return precedesInUTF8(lhs.name, rhs.name) }
                return precedesInUTF8(lhs.value, rhs.value)
            }
            .map { SigningPercentEncoding.encode($0.name) + "=" + SigningPercentEncoding.encode($0.value) }
            .joined(separator: "&")
    }

    /// Step 1: every header name without `_`, lower-cased, sorted in byte order.
    static func signedHeaderNames(of headers: [HTTPHeaderField]) -> [String] {
        headers.map(\.name).filter { !$0.contains("_") }.map { $0.lowercased() }.sorted(by: precedesInUTF8)
    }

    /// Step 6: the empty hash for no body, else a non-empty `X-Sdk-Content-Sha256` value
    /// verbatim, else the hex SHA-256 of the body.
    static func payloadHash(body: [UInt8], headers: [HTTPHeaderField]) -> String {
        if body.isEmpty { return emptyPayloadHash }
        if let declared = headers.first(named: SDKSigner.contentSHA256HeaderName), !declared.value.isEmpty {
            return declared.value
        }
        return hexSHA256(body)
    }

    static func hexSHA256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func precedesInUTF8(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static let lowerHexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(64)
        for byte in bytes {
            output.append(lowerHexDigits[Int(byte >> 4)])
            output.append(lowerHexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension CanonicalRequest {
    /// Step 5 on the server side (§8.5): split a raw query on `&`, each item at its first `=`,
    /// and percent-decode both sides without turning `+` into a space. Empty items are skipped;
    /// an item without `=` has an empty value.
    static func parameters(rawQuery: String) -> [QueryParameter] {
        rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { item in
            guard let equals = item.firstIndex(of: "=") else {
                return QueryParameter(name: SigningPercentEncoding.decode(String(item)), value: "")
            }
            return QueryParameter(
                name: SigningPercentEncoding.decode(String(item[..<equals])),
                value: SigningPercentEncoding.decode(String(item[item.index(after: equals)...]))
            )
        }
    }
}
