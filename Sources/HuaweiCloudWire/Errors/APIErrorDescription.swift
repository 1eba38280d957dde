// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What an SDRS, ECS or gateway error response says, as `APIErrorBodyParser` reads it.
///
/// `code` and `message` are never empty: when the body names no code the HTTP status stands in
/// (`"404"`), and when it names no message the raw body text does, exactly as the Python SDK's
/// `DefaultExceptionHandler` reports them. The description never contains credentials; it may
/// contain server-supplied text.
public struct APIErrorDescription: Sendable, Hashable, Codable, CustomStringConvertible {
    /// HTTP status of the response.
    public var httpStatus: Int
    /// Service error code (`SDRS.1002`, `Ecs.0114`, `APIG.0301`, …) or the status as text.
    public var code: String
    /// Service error message, or the raw body text.
    public var message: String
    /// Request ID from the `X-Request-Id` header, else from the body's `request_id`.
    public var requestID: String?
    /// ECS per-item `details` of the matched error object (batch failures); empty otherwise.
    public var details: [APIErrorDetail]
    /// A top-level `encoded_authorization_message` (IAM policy denials), if any.
    public var encodedAuthorizationMessage: String?

    /// Creates a description.
    public init(
        httpStatus: Int, code: String, message: String, requestID: String? = nil,
        details: [APIErrorDetail] = [], encodedAuthorizationMessage: String? = nil
    ) {
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.requestID = requestID
        self.details = details
        self.encodedAuthorizationMessage = encodedAuthorizationMessage
    }

    /// Whether the SDK would raise `ServerResponseException` (status ≥ 500) rather than
    /// `ClientRequestException`.
    public var isServerError: Bool { httpStatus >= 500 }

    /// Whether this is ECS request-rate flow control (`Common.0024`), which arrives with HTTP 202.
    public var isECSFlowControl: Bool { code == APIErrorBodyParser.ecsFlowControlCode }

    /// `HTTP 400 SDRS.1002: message (request ID …)`.
    public var description: String {
        var text = "HTTP \(httpStatus) \(code): \(message)"
        if let requestID { text += " (request ID \(requestID))" }
        return text
    }
}

/// One entry of an ECS error's `details` list: `{"code": "...", "message": "..."}`.
public struct APIErrorDetail: Sendable, Hashable, Codable {
    /// Per-item error code, as text.
    public var code: String?
    /// Per-item message.
    public var message: String?

    /// Creates a detail.
    public init(code: String? = nil, message: String? = nil) {
        self.code = code
        self.message = message
    }
}
