// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// An error answer of the emulated API: HTTP status, service code, message and body shape (§5).
struct APIError: Error, Sendable, Hashable {
    /// How the body is shaped.
    enum Shape: Sendable, Hashable {
        /// `{"<wrapper>": {"code", "message"}}`; the wrapper is `itemNotFound` for not-found codes,
        /// `badrequest` for other 4xx and `error` for 5xx.
        case sdrs
        /// `{"error_code", "error_msg", "request_id"}` (API gateway).
        case gateway
        /// `{"error": {"code", "message", "details": [...]}}`.
        case ecs
        /// `{"error": "message"}` (admin API).
        case admin
    }

    /// One `details` entry of an ECS error.
    struct Detail: Sendable, Hashable {
        var code: String
        var message: String
    }

    var status: Int
    var code: String
    var message: String
    var shape: Shape
    var details: [Detail] = []
    /// `Retry-After` header value in seconds.
    var retryAfterSeconds: Int?

    static func sdrs(_ code: String, _ message: String, status: Int = 400) -> APIError {
        APIError(status: status, code: code, message: message, shape: .sdrs)
    }

    static func ecs(_ code: String, _ message: String, status: Int = 400, details: [Detail] = []) -> APIError {
        APIError(status: status, code: code, message: message, shape: .ecs, details: details)
    }

    static func gateway(_ code: String, _ message: String, status: Int) -> APIError {
        APIError(status: status, code: code, message: message, shape: .gateway)
    }

    static func admin(_ message: String, status: Int = 400) -> APIError {
        APIError(status: status, code: "EMULATOR", message: message, shape: .admin)
    }

    /// The SDRS wrapper key for this error.
    var sdrsWrapperKey: String {
        if ["SDRS.1013", "SDRS.1320", "SDRS.1608", "SDRS.1326", "SDRS.2206"].contains(code) || status == 404 {
            return "itemNotFound"
        }
        return status >= 500 ? "error" : "badrequest"
    }
}

extension APIError {
    /// The service-appropriate shape for an operation's service.
    static func service(
        _ service: EmulatorOperation.Service, sdrsCode: String, ecsCode: String, message: String, status: Int
    ) -> APIError {
        switch service {
        case .sdrs: .sdrs(sdrsCode, message, status: status)
        case .ecs: .ecs(ecsCode, message, status: status)
        }
    }

    static func groupNotFound(_ id: String) -> APIError {
        .sdrs("SDRS.1013", "Protection group not found: \(id)")
    }

    static func pagingLimit() -> APIError {
        .sdrs("SDRS.0221", "limit value must be greater than 0 or less than 1000")
    }

    static func pagingOffset() -> APIError {
        .sdrs("SDRS.0222", "offset value cannot be negative, and must be an integer")
    }
}
