// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A request as a server saw it on the wire, the input of ``SignatureVerifier``.
public struct ReceivedRequest: Sendable, Hashable {
    /// The HTTP method from the request line.
    public var method: String
    /// The path from the request line, still percent-encoded, without `?` and query.
    public var rawPath: String
    /// The raw query from the request line, without the `?`; `nil` or empty when there is none.
    public var rawQuery: String?
    /// The received headers, names in any case (looked up case-insensitively). A `:authority`
    /// pseudo-header stands in for `Host` when there is no `Host`.
    public var headers: [HTTPHeaderField]
    /// The exact body bytes received; empty when there is none.
    public var body: [UInt8]

    /// Creates a received request.
    public init(
        method: String,
        rawPath: String,
        rawQuery: String? = nil,
        headers: [HTTPHeaderField],
        body: [UInt8] = []
    ) {
        self.method = method
        self.rawPath = rawPath
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
    }
}
