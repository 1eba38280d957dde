// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The result of signing: exactly what to put on the wire, plus the intermediate strings.
///
/// Send ``method``, ``requestTarget`` and ``headers`` unchanged; re-encoding the path or query or
/// touching a signed header breaks the signature. The description hides the `Authorization`
/// value, the security token and the canonical request (which contains the token).
public struct SignedRequest: Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// The HTTP method as given.
    public var method: String
    /// The request path as given, for the request line (no trailing slash is added here).
    public var path: String
    /// The query to send after `?`; empty means send no `?` at all.
    public var canonicalQueryString: String
    /// Every header to send, values trimmed, in order: the caller's headers, then any added
    /// `X-Security-Token`, `X-Sdk-Content-Sha256`, `X-Sdk-Date`, `Host`, and last `Authorization`.
    public var headers: [HTTPHeaderField]
    /// The canonical request that was hashed (lines joined by `\n`).
    public var canonicalRequest: String
    /// The string that was signed: algorithm, date and canonical-request hash.
    public var stringToSign: String
    /// The `;`-joined, sorted, lower-case names of the signed headers.
    public var signedHeaders: String
    /// The complete `Authorization` header value.
    public var authorization: String

    /// Creates a signed request; normally only ``SDKSigner`` does this.
    public init(
        method: String,
        path: String,
        canonicalQueryString: String,
        headers: [HTTPHeaderField],
        canonicalRequest: String,
        stringToSign: String,
        signedHeaders: String,
        authorization: String
    ) {
        self.method = method
        self.path = path
        self.canonicalQueryString = canonicalQueryString
        self.headers = headers
        self.canonicalRequest = canonicalRequest
        self.stringToSign = stringToSign
        self.signedHeaders = signedHeaders
        self.authorization = authorization
    }

    /// The request target for the request line: ``path``, then `?` and the query if there is one.
    public var requestTarget: String {
        canonicalQueryString.isEmpty ? path : path + "?" + canonicalQueryString
    }

    /// A redacted one-line rendering.
    public var description: String {
        "SignedRequest(\(method) \(requestTarget), signedHeaders: \(signedHeaders), headers: \(headers))"
    }

    /// The same redacted rendering as ``description``.
    public var debugDescription: String { description }

    /// A mirror without the authorization value or the canonical request.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method,
                "requestTarget": requestTarget,
                "signedHeaders": signedHeaders,
                "headers": headers,
            ],
            displayStyle: .struct
        )
    }
}
