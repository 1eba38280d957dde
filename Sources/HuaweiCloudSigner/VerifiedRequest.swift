// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// What a successful verification established about a request.
///
/// The description masks the access key ID and hides the security token.
public struct VerifiedRequest: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The access key ID from the `Authorization` header, known to the verifier's lookup.
    public var accessKeyID: String
    /// The signed header names as listed in `SignedHeaders`, lower-cased, in their listed order.
    public var signedHeaders: [String]
    /// The parsed `X-Sdk-Date`.
    public var date: Date
    /// The `X-Security-Token` header value (trimmed) if the request carried one.
    public var securityToken: String?

    /// Creates a verification result; normally only ``SignatureVerifier`` does this.
    public init(accessKeyID: String, signedHeaders: [String], date: Date, securityToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.signedHeaders = signedHeaders
        self.date = date
        self.securityToken = securityToken
    }

    /// A redacted rendering.
    public var description: String {
        "VerifiedRequest(accessKeyID: \(Redaction.maskedAccessKeyID(accessKeyID)), "
            + "signedHeaders: \(signedHeaders.joined(separator: ";")), date: \(SDKDate.format(date)), "
            + "securityToken: \(securityToken == nil ? "none" : "<redacted>"))"
    }

    /// The same redacted rendering as ``description``.
    public var debugDescription: String { description }

    /// A mirror with the same redactions as ``description``.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyID": Redaction.maskedAccessKeyID(accessKeyID),
                "signedHeaders": signedHeaders,
                "date": SDKDate.format(date),
                "securityToken": securityToken == nil ? "none" : "<redacted>",
            ],
            displayStyle: .struct
        )
    }
}
