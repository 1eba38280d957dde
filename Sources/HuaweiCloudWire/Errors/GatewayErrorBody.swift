// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The flat error body of the API gateway in front of every service (authentication,
/// throttling): `{"error_code": "APIGW.0301", "error_msg": "...", "request_id": "..."}`
/// (reference §5.1, §5.3).
///
/// Encoding writes all three keys (`null` for `nil`).
public struct GatewayErrorBody: Sendable, Hashable {
    /// Gateway error code, e.g. `APIGW.0301`.
    public var errorCode: String?
    /// Error message (`error_msg`).
    public var errorMessage: String?
    /// Request ID, repeating the `X-Request-Id` header.
    public var requestID: String?

    /// Creates an error body.
    public init(errorCode: String?, errorMessage: String?, requestID: String?) {
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.requestID = requestID
    }

    /// APIGW.0301 as the gateway sends it for a bad AK/SK signature (HTTP 401).
    public static func signatureVerificationFailed(requestID: String?) -> GatewayErrorBody {
        GatewayErrorBody(
            errorCode: "APIGW.0301",
            errorMessage: "Incorrect IAM authentication information: verify aksk signature fail",
            requestID: requestID
        )
    }

    /// APIGW.0308 as the gateway sends it when a per-minute throttling limit is hit (HTTP 429).
    public static func throttled(limitPerMinute: Int, requestID: String?) -> GatewayErrorBody {
        GatewayErrorBody(
            errorCode: "APIGW.0308",
            errorMessage: "The throttling threshold has been reached: policy user over ratelimit,limit:"
                + "\(limitPerMinute),time:1 minute",
            requestID: requestID
        )
    }
}

extension GatewayErrorBody: Codable {
    enum CodingKeys: String, CodingKey {
        case errorCode = "error_code"
        case errorMessage = "error_msg"
        case requestID = "request_id"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            errorCode: c.lenientString(.errorCode), errorMessage: c.lenientString(.errorMessage),
            requestID: c.lenientString(.requestID)
        )
    }

    /// Encodes all three keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(errorCode, forKey: .errorCode)
        try c.encode(errorMessage, forKey: .errorMessage)
        try c.encode(requestID, forKey: .requestID)
    }
}
