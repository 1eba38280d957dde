// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A failure talking to the cloud: HTTP status, service error code and request ID, never
/// credentials, signatures or request bodies.
///
/// Whether it is worth retrying is decided in exactly one place, `RetryPolicy`.
public struct CloudError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, coarsely; callers switch on this.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// 429, APIGW.0308 (APIG.0308), ECS Common.0024 (202) or Common.1503: slow down and retry.
        case throttled
        /// 5xx other than throttling.
        case serverError
        /// 401/403, APIGW.0301/0303 (APIG.), SDRS.0001-0005, ECS Pdp.0001: credentials or
        /// permissions are wrong. Never retried.
        case authentication
        /// 404, SDRS.1013/1320, Ecs.0114: the resource does not exist.
        case notFound
        /// Other 4xx: the request was refused (business rule, bad parameter).
        case rejected
        /// The connection failed or was dropped before a response arrived.
        case connection
        /// No response within the request timeout.
        case timeout
        /// A response arrived that could not be understood.
        case invalidResponse
        /// The TLS handshake failed: the server's certificate is not trusted or does not name the
        /// host. Never retried: sending again cannot make an untrusted server trusted.
        case untrustedServer = "untrusted-server"
    }

    public var kind: Kind
    /// The operation, e.g. `ListProtectionGroups`, `StartReverseProtectionGroup`.
    public var operation: String
    public var httpStatus: Int?
    /// Service error code, e.g. `SDRS.1319`, `APIG.0308`.
    public var code: String?
    public var message: String
    /// `X-Request-Id` of the failed call, for support tickets.
    public var requestID: String?
    /// From a `Retry-After` header, when the server sent one.
    public var retryAfter: Duration?

    public init(
        kind: Kind,
        operation: String,
        httpStatus: Int? = nil,
        code: String? = nil,
        message: String,
        requestID: String? = nil,
        retryAfter: Duration? = nil
    ) {
        self.kind = kind
        self.operation = operation
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.requestID = requestID
        self.retryAfter = retryAfter
    }

    /// `ListProtectionGroups failed: HTTP 400 SDRS.1002: <message> (request d7796611...)`, then
    /// the `hint` when there is one.
    public var description: String {
        var text = "\(operation) failed:"
        if let httpStatus { text += " HTTP \(httpStatus)" }
        if let code { text += " \(code)" }
        text += ": \(message)"
        if let requestID { text += " (request \(requestID))" }
        if let hint { text += ". \(hint)" }
        return text
    }

    /// What the user can do about this error, for the codes where that is known.
    public var hint: String? {
        switch code {
        case "APIGW.0301", "APIG.0301":
            "Check the access key ID and secret access key (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK) and that this "
                + "machine's clock is right: the gateway refuses a wrong key and a signature more than 15 minutes off its time."
        case "Pdp.0001":
            "The identity's IAM policy does not allow the action named above; grant it (ECS CommonOperations covers "
                + "stop, start and reads). `switchyard permissions` lists what each command needs."
        default:
            nil
        }
    }
}
