// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The parsed value of an `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` header.
struct AuthorizationHeader: Hashable {
    var accessKeyID: String
    /// Signed header names exactly as listed (the SDK lists them lower-cased).
    var signedHeaders: [String]
    /// 64 lower-case hex digits.
    var signature: String

    /// Parses a received header value. Failure payloads describe the problem without echoing the
    /// value, so they are safe to return to the client and to log.
    static func parse(_ rawValue: String) -> Result<Self, SignatureFailure> {
        let value = HeaderValueTrimming.trimmed(rawValue)
        guard let space = value.firstIndex(of: " ") else {
            return .failure(.malformedAuthorization("expected '\(SDKSigner.algorithm) Access=…' but found no credentials"))
        }
        let scheme = String(value[..<space])
        guard scheme.utf8.elementsEqual(SDKSigner.algorithm.utf8) else {
            guard scheme.utf8.count <= 32, scheme.utf8.allSatisfy(isTokenByte) else {
                return .failure(.malformedAuthorization("the algorithm name is not recognisable"))
            }
            return .failure(.unsupportedAlgorithm(scheme))
        }
        var fields: [String: String] = [:]
        for part in value[value.index(after: space)...].split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingASCIISpaces()
            guard let equals = item.firstIndex(of: "=") else {
                return .failure(.malformedAuthorization("each part must be 'Name=value'"))
            }
            let name = item[..<equals]
            guard let key = ["Access", "SignedHeaders", "Signature"].first(where: { $0.utf8.elementsEqual(name.utf8) })
            else {
                return .failure(.malformedAuthorization("only Access, SignedHeaders and Signature are allowed"))
            }
            guard fields[key] == nil else {
                return .failure(.malformedAuthorization("\(key) appears more than once"))
            }
            fields[key] = String(item[item.index(after: equals)...])
        }
        guard let accessKeyID = fields["Access"], !accessKeyID.isEmpty else {
            return .failure(.malformedAuthorization("Access is missing or empty"))
        }
        guard let signedHeaderList = fields["SignedHeaders"] else {
            return .failure(.malformedAuthorization("SignedHeaders is missing"))
        }
        let signedHeaders = signedHeaderList.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard signedHeaders.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isTokenByte) }) else {
            return .failure(.malformedAuthorization("SignedHeaders must be header names separated by ';'"))
        }
        guard let signature = fields["Signature"], signature.utf8.count == 64,
            signature.utf8.allSatisfy(isLowerHexByte)
        else {
            return .failure(.malformedAuthorization("Signature must be 64 lower-case hexadecimal digits"))
        }
        return .success(AuthorizationHeader(accessKeyID: accessKeyID, signedHeaders: signedHeaders, signature: signature))
    }

    /// RFC 9110 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    private static func isLowerHexByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}

extension Substring {
    fileprivate func trimmingASCIISpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }
}
