// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The ECS error body of task-type APIs:
/// `{"error": {"code": "Ecs.0114", "message": "...", "details": [{"code": ..., "message": ...}]}}`
/// (reference §6.1).
///
/// Also the shape of ECS flow control (`Common.0024`), which arrives with HTTP 202. Encoding writes
/// `code` and `message` (`null` for `nil`) and `details` only when set, since the service sends it
/// only for batch failures.
public struct ECSErrorBody: Sendable, Hashable {
    /// ECS error code, e.g. `Ecs.0114`.
    public var code: String?
    /// Error message.
    public var message: String?
    /// Per-item errors of a batch operation.
    public var details: [APIErrorDetail]?

    /// Creates an error body.
    public init(code: String?, message: String?, details: [APIErrorDetail]? = nil) {
        self.code = code
        self.message = message
        self.details = details
    }
}

extension ECSErrorBody: Codable {
    private enum BodyKeys: String, CodingKey {
        case error
    }

    private enum ErrorKeys: String, CodingKey {
        case code, message, details
    }

    private enum DetailKeys: String, CodingKey {
        case code, message
    }

    /// Decodes the `error` object tolerantly.
    ///
    /// - Throws: `DecodingError` if the body has no `error` object.
    public init(from decoder: any Decoder) throws {
        let body = try decoder.container(keyedBy: BodyKeys.self)
        let error = try body.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
        var details: [APIErrorDetail]?
        if error.hasValue(.details), var list = try? error.nestedUnkeyedContainer(forKey: .details) {
            var entries: [APIErrorDetail] = []
            while !list.isAtEnd {
                guard let entry = try? list.nestedContainer(keyedBy: DetailKeys.self) else {
                    _ = try? list.decode(LenientElement<Bool>.self)
                    continue
                }
                entries.append(APIErrorDetail(code: entry.lenientString(.code), message: entry.lenientString(.message)))
            }
            details = entries
        }
        self.init(code: error.lenientString(.code), message: error.lenientString(.message), details: details)
    }

    /// Encodes `{"error": {...}}`; `details` only when set.
    public func encode(to encoder: any Encoder) throws {
        var body = encoder.container(keyedBy: BodyKeys.self)
        var error = body.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
        try error.encode(code, forKey: .code)
        try error.encode(message, forKey: .message)
        if let details {
            var list = error.nestedUnkeyedContainer(forKey: .details)
            for detail in details {
                var entry = list.nestedContainer(keyedBy: DetailKeys.self)
                try entry.encode(detail.code, forKey: .code)
                try entry.encode(detail.message, forKey: .message)
            }
        }
    }
}
