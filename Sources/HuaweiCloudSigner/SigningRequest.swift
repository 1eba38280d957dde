// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Everything the signer needs to know about a request that is about to be sent.
public struct SigningRequest: Sendable, Hashable {
    /// The HTTP method, e.g. `GET` or `POST`; upper-cased in the canonical request.
    public var method: String
    /// The authority exactly as in the endpoint URL, with the port only if the URL has one:
    /// `sdrs.cn-north-4.myhuaweicloud.com` or `127.0.0.1:8443`. Used for the `Host` header when
    /// ``headers`` has none; it must equal the `Host` the HTTP stack really sends.
    public var host: String
    /// The resource path as sent on the wire, already percent-encoded, without a query.
    public var path: String
    /// Raw (un-encoded) query parameters in any order; repeated names allowed.
    public var query: [QueryParameter]
    /// Headers the caller sends explicitly. Every name without `_` is signed, so leave out headers
    /// the HTTP stack may change. Never pass two names that differ only in case. Any
    /// `Authorization` header is dropped and replaced by the signer.
    public var headers: [HTTPHeaderField]
    /// The exact body bytes to send; empty means no body.
    public var body: [UInt8]

    /// Creates a request to sign.
    public init(
        method: String,
        host: String,
        path: String,
        query: [QueryParameter] = [],
        headers: [HTTPHeaderField] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.host = host
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}
