// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// An access key pair (AK/SK), optionally with the security token of temporary (STS) credentials.
///
/// The secret and the token never appear in `description`, `debugDescription`, `dump` or
/// `String(reflecting:)`; the access key ID is shown as at most its first four characters
/// followed by `****`.
public struct SigningCredentials: Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// The access key ID (AK), sent in clear in the `Authorization` header's `Access=` field.
    public var accessKeyID: String
    /// The secret access key (SK); its UTF-8 bytes are the HMAC key. Never sent.
    public var secretAccessKey: String
    /// The security token of temporary credentials; when set, the signer sends and signs it as
    /// `X-Security-Token`.
    public var securityToken: String?

    /// Creates credentials.
    /// - Parameters:
    ///   - accessKeyID: The AK.
    ///   - secretAccessKey: The SK.
    ///   - securityToken: The STS security token, or `nil` for permanent credentials.
    public init(accessKeyID: String, secretAccessKey: String, securityToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.securityToken = securityToken
    }

    /// A redacted rendering: masked AK, no secret, no token.
    public var description: String {
        let token = securityToken == nil ? "none" : "<redacted>"
        return "SigningCredentials(accessKeyID: \(Redaction.maskedAccessKeyID(accessKeyID)), "
            + "secretAccessKey: <redacted>, securityToken: \(token))"
    }

    /// The same redacted rendering as ``description``.
    public var debugDescription: String { description }

    /// A mirror whose children are redacted, so `dump(_:)` does not reveal secrets either.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyID": Redaction.maskedAccessKeyID(accessKeyID),
                "secretAccessKey": "<redacted>",
                "securityToken": securityToken == nil ? "none" : "<redacted>",
            ],
            displayStyle: .struct
        )
    }
}

/// Masking rules shared by every redacted description in this module.
enum Redaction {
    /// Header names whose values are credentials or signatures (compared case-insensitively).
    static let sensitiveHeaderNames: Set<String> = ["authorization", "x-security-token", "x-auth-token"]

    /// At most the first four characters of an access key ID (fewer for short keys) plus `****`.
    static func maskedAccessKeyID(_ accessKeyID: String) -> String {
        String(accessKeyID.prefix(min(4, accessKeyID.count / 2))) + "****"
    }

    /// `true` when a header's value must not be shown.
    static func isSensitiveHeader(_ name: String) -> Bool {
        sensitiveHeaderNames.contains(name.lowercased())
    }
}
