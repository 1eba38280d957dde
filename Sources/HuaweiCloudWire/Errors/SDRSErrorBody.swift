// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The SDRS error body: `{"<wrapper>": {"code": "SDRS.1002", "message": "..."}}` (reference §5.1).
///
/// The wrapper key is generic: `error` in most documentation, but named wrappers such as
/// `badrequest` or `itemNotFound` occur, so it is configurable. Encoding writes both inner keys
/// (`null` for `nil`). Clients should read error responses with `APIErrorBodyParser`; decoding
/// this type is for tests and tools.
public struct SDRSErrorBody: Sendable, Hashable {
    /// The usual wrapper key.
    public static let defaultWrapperKey = "error"

    /// The top-level key, e.g. `error`, `badrequest`, `itemNotFound`.
    public var wrapperKey: String
    /// SDRS error code, e.g. `SDRS.1002`.
    public var code: String?
    /// Error message.
    public var message: String?

    /// Creates an error body.
    public init(wrapperKey: String = SDRSErrorBody.defaultWrapperKey, code: String?, message: String?) {
        self.wrapperKey = wrapperKey
        self.code = code
        self.message = message
    }
}

extension SDRSErrorBody: Codable {
    private enum InnerKeys: String, CodingKey {
        case code, message
    }

    /// Decodes the first top-level key (`error` preferred, then alphabetical) whose value is an
    /// object with both `code` and `message`.
    ///
    /// - Throws: `DecodingError.dataCorrupted` if no such key exists.
    public init(from decoder: any Decoder) throws {
        let body = try decoder.container(keyedBy: WireCodingKey.self)
        let keys = body.allKeys.sorted { lhs, rhs in
            if (lhs.stringValue == Self.defaultWrapperKey) != (rhs.stringValue == Self.defaultWrapperKey) {
                return lhs.stringValue == Self.defaultWrapperKey
            }
            return lhs.stringValue < rhs.stringValue
        }
        for key in keys {
            guard body.hasValue(key), let inner = try? body.nestedContainer(keyedBy: InnerKeys.self, forKey: key),
                inner.contains(.code), inner.contains(.message)
            else { continue }
            self.init(
                wrapperKey: key.stringValue, code: inner.lenientString(.code), message: inner.lenientString(.message))
            return
        }
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath,
                debugDescription: "no top-level key holds an object with \"code\" and \"message\""
            ))
    }

    /// Encodes `{"<wrapperKey>": {"code": ..., "message": ...}}`.
    public func encode(to encoder: any Encoder) throws {
        var body = encoder.container(keyedBy: WireCodingKey.self)
        var inner = body.nestedContainer(keyedBy: InnerKeys.self, forKey: WireCodingKey(wrapperKey))
        try inner.encode(code, forKey: .code)
        try inner.encode(message, forKey: .message)
    }
}
