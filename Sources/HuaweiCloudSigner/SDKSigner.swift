// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Signs requests with the Huawei Cloud `SDK-HMAC-SHA256` AK/SK algorithm.
///
/// A pure function of (request, credentials, date): no clock, no I/O, safe to share across tasks.
/// It reproduces `huaweicloudsdkcore.signer.signer.Signer` 3.1.219 byte for byte (see the
/// known-answer vectors in the tests). Send the returned ``SignedRequest`` exactly as it is.
public struct SDKSigner: Sendable {
    /// The algorithm name that starts the `Authorization` header and the string to sign.
    public static let algorithm = "SDK-HMAC-SHA256"

    static let dateHeaderName = "X-Sdk-Date"
    static let hostHeaderName = "Host"
    static let authorizationHeaderName = "Authorization"
    static let securityTokenHeaderName = "X-Security-Token"
    static let contentSHA256HeaderName = "X-Sdk-Content-Sha256"
    static let unsignedPayload = "UNSIGNED-PAYLOAD"

    /// The credentials every request is signed with.
    public let credentials: SigningCredentials

    /// Creates a signer for one set of credentials.
    public init(credentials: SigningCredentials) {
        self.credentials = credentials
    }

    /// Signs `request` as of `date` (§8.2 steps 0–10).
    ///
    /// Header preparation, in this order:
    /// - any `Authorization` header (any case) is removed;
    /// - with a security token, `X-Security-Token` is set (an existing one, any case, is replaced);
    /// - a non-empty `Content-Type` that starts with neither `application/json` nor
    ///   `application/bson` (case-sensitive, like the SDK) adds `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`,
    ///   after which the body is not covered by the signature;
    /// - without an `X-Sdk-Date` header (any case) one is added from `date`; an existing one wins
    ///   and `date` is ignored (an unparsable existing value is signed verbatim; servers reject it);
    /// - without a `Host` header (any case) `Host: <request.host>` is added;
    /// - every value is trimmed as Python's `strip()` does, on the wire too.
    /// Then every header whose name has no `_` is signed, and `Authorization` is appended last.
    /// - Parameters:
    ///   - request: The request as it will be sent.
    ///   - date: The signing time, used only when the request has no `X-Sdk-Date` header.
    public func sign(_ request: SigningRequest, date: Date) -> SignedRequest {
        var headers = request.headers.filter { !$0.name.equalsIgnoringASCIICase(Self.authorizationHeaderName) }
        if let token = credentials.securityToken {
            headers.setValue(token, forName: Self.securityTokenHeaderName)
        }
        if let contentType = headers.first(named: "Content-Type")?.value, !contentType.isEmpty,
            !contentType.hasPrefix("application/json"), !contentType.hasPrefix("application/bson")
        {
            headers.setValue(Self.unsignedPayload, forName: Self.contentSHA256HeaderName)
        }
        let sdkDate: String
        if let existing = headers.first(named: Self.dateHeaderName) {
            let value = HeaderValueTrimming.trimmed(existing.value)
            sdkDate = SDKDate.parse(value).map(SDKDate.format) ?? value
        } else {
            sdkDate = SDKDate.format(date)
            headers.append(HTTPHeaderField(name: Self.dateHeaderName, value: sdkDate))
        }
        if headers.first(named: Self.hostHeaderName) == nil {
            headers.append(HTTPHeaderField(name: Self.hostHeaderName, value: request.host))
        }
        for index in headers.indices {
            headers[index].value = HeaderValueTrimming.trimmed(headers[index].value)
        }

        let signedHeaders = CanonicalRequest.signedHeaderNames(of: headers)
        // Like the SDK's lower-cased dict: for names repeated in another case, the last value wins.
        var valueByLowercasedName: [String: String] = [:]
        for header in headers {
            valueByLowercasedName[header.name.lowercased()] = header.value
        }
        let canonical = CanonicalRequest(
            method: request.method.uppercased(),
            uri: CanonicalRequest.canonicalURI(path: request.path),
            queryString: CanonicalRequest.canonicalQueryString(request.query),
            signedHeaders: signedHeaders,
            signedHeaderValues: signedHeaders.map { valueByLowercasedName[$0] ?? "" },
            payloadHash: CanonicalRequest.payloadHash(body: request.body, headers: headers)
        )
        let stringToSign = canonical.stringToSign(sdkDate: sdkDate)
        let signature = CanonicalRequest.signature(
            secretAccessKey: credentials.secretAccessKey,
            stringToSign: stringToSign
        )
        let signedHeaderList = signedHeaders.joined(separator: ";")
        let authorization =
            "\(Self.algorithm) Access=\(credentials.accessKeyID), SignedHeaders=\(signedHeaderList), Signature=\(signature)"
        headers.append(HTTPHeaderField(name: Self.authorizationHeaderName, value: authorization))

        return SignedRequest(
            method: request.method,
            path: request.path,
            canonicalQueryString: canonical.queryString,
            headers: headers,
            canonicalRequest: canonical.text,
            stringToSign: stringToSign,
            signedHeaders: signedHeaderList,
            authorization: authorization
        )
    }

    /// Formats `date` as an `X-Sdk-Date` value, `yyyyMMdd'T'HHmmss'Z'` in UTC (e.g.
    /// `20240315T081530Z`), truncating fractions of a second. Thread-safe; no `DateFormatter`.
    public static func formatSDKDate(_ date: Date) -> String {
        SDKDate.format(date)
    }

    /// Parses an `X-Sdk-Date` value; `nil` unless it is exactly `YYYYMMDDTHHMMSSZ` with ASCII
    /// digits and a valid UTC calendar date and time.
    public static func parseSDKDate(_ string: String) -> Date? {
        SDKDate.parse(string)
    }
}
