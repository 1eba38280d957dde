// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Reads error responses the way the Python SDK's `DefaultExceptionHandler` does (reference §5.1),
/// so the Swift client reports the same code and message the SDK would.
///
/// The rules, applied to a JSON object body:
/// 1. If the object has a key `encoded_authorization_message`, remember its value.
/// 2. Take the first pair present (both keys, whatever their values) in this order:
///    (`error_code`, `error_msg`), then (`errorCode`, `errorMsg`), then (`code`, `message`).
///    A match ends the search at this level.
/// 3. Otherwise apply these rules to every object-valued member, in document order; a match in a
///    later member overwrites an earlier one.
///
/// Afterwards a code that is missing or falsy in Python terms (`null`, `""`, `0`, `false`) becomes
/// the HTTP status as text, and such a message becomes the raw body text. A body that is not a JSON
/// object (invalid JSON, an array, a string) yields exactly that fallback. Non-string codes and
/// messages are rendered as Python's `str()` would (`404`, `True`).
///
/// Two deliberate additions to the SDK: the request ID falls back to the body's top-level
/// `request_id` when no header is given, and the ECS `details` list of the matched object is kept.
public enum APIErrorBodyParser {
    /// The ECS flow-control code that arrives with HTTP 202 (reference §6.5).
    public static let ecsFlowControlCode = "Common.0024"

    /// Parses an error response.
    ///
    /// - Parameters:
    ///   - httpStatus: The response status. The SDK only parses statuses ≥ 400; this function
    ///     parses whatever it is given (see `ecsFlowControlError` for 2xx bodies).
    ///   - requestIDHeader: The `X-Request-Id` (else `x-request-id`) header value, if any.
    ///   - body: The raw response body; invalid UTF-8 is replaced, as Python's `response.text` does.
    public static func parse(httpStatus: Int, requestIDHeader: String?, body: [UInt8]) -> APIErrorDescription {
        let text = String(decoding: body, as: UTF8.self)
        var match = Match()
        let root = try? WireJSONParser.parse(text)
        if let members = root?.members {
            match.search(members)
        }
        let code = match.code.flatMap { $0.isTruthy ? $0.pythonText : nil } ?? String(httpStatus)
        let message = match.message.flatMap { $0.isTruthy ? $0.pythonText : nil } ?? text
        var requestID = requestIDHeader.flatMap { $0.isEmpty ? nil : $0 }
        if requestID == nil, case .string(let bodyRequestID)? = root?["request_id"], !bodyRequestID.isEmpty {
            requestID = bodyRequestID
        }
        return APIErrorDescription(
            httpStatus: httpStatus, code: code, message: message, requestID: requestID,
            details: match.details, encodedAuthorizationMessage: match.encodedAuthorizationMessage
        )
    }

    /// Recognises ECS flow control in a *successful* response: a 2xx body (HTTP 202 in practice)
    /// that reads as an error with code `Common.0024`.
    ///
    /// - Returns: The error to report (retry later), or `nil` for an ordinary success body.
    public static func ecsFlowControlError(
        httpStatus: Int, requestIDHeader: String?, body: [UInt8]
    ) -> APIErrorDescription? {
        let description = parse(httpStatus: httpStatus, requestIDHeader: requestIDHeader, body: body)
        return description.isECSFlowControl ? description : nil
    }

    /// The state of the SDK's recursive search.
    private struct Match {
        static let pairs = [("error_code", "error_msg"), ("errorCode", "errorMsg"), ("code", "message")]

        var code: WireJSONValue?
        var message: WireJSONValue?
        var details: [APIErrorDetail] = []
        var encodedAuthorizationMessage: String?

        mutating func search(_ members: [WireJSONValue.Member]) {
            let object = WireJSONValue.object(members)
            if let value = object["encoded_authorization_message"] {
                encodedAuthorizationMessage = value.isTruthy ? value.pythonText : nil
            }
            for (codeKey, messageKey) in Self.pairs {
                if let code = object[codeKey], let message = object[messageKey] {
                    self.code = code
                    self.message = message
                    details = Self.details(in: object)
                    return
                }
            }
            for member in members {
                if let nested = member.value.members { search(nested) }
            }
        }

        static func details(in object: WireJSONValue) -> [APIErrorDetail] {
            guard case .array(let entries)? = object["details"] else { return [] }
            return entries.compactMap { entry in
                guard entry.members != nil else { return nil }
                return APIErrorDetail(
                    code: entry["code"].flatMap { $0 == .null ? nil : $0.pythonText },
                    message: entry["message"].flatMap { $0 == .null ? nil : $0.pythonText }
                )
            }
        }
    }
}
