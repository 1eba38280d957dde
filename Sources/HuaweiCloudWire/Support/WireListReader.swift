// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Reads the four list bodies the client pages through (protection groups, protected instances,
/// replication pairs, servers) straight from bytes, without `Codable`.
///
/// The result is always the value `WireJSON.decode` gives for the same bytes, and the bytes that
/// make `WireJSON.decode` throw make this throw too: the same JSON grammar (`WireJSONScanner`),
/// the same tolerant field readers (`WireJSONScanner+Lenient.swift`), the same rules for
/// duplicate keys (the first counts) and for dropping list items (anything that is not an
/// object with valid string keys). Only the error values differ. A body in UTF-16 or UTF-32
/// (which `JSONDecoder` detects from its first bytes) is passed to `WireJSON.decode` itself.
enum WireListReader {
    static func read<Body: WireJSONObjectReadable & Decodable>(_ type: Body.Type, from bytes: [UInt8]) throws -> Body {
        guard let start = utf8Start(of: bytes) else { return try WireJSON.decode(type, from: bytes) }
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = WireJSONScanner(bytes: buffer, start: start)
            do {
                let token = try scanner.nextValue()
                let body = token.kind == .objectStart ? try scanner.readObject(type) : nil
                if token.kind != .objectStart { try scanner.skip(token) }
                try scanner.expectEnd()
                guard let body else {
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: [], debugDescription: "The body is not a JSON object with string keys."
                    ))
                }
                return body
            } catch let error as WireJSONScanner.SyntaxError {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: [], debugDescription: "The given data was not valid JSON (at byte \(error.offset))."
                ))
            }
        }
    }

    /// Where the UTF-8 text starts (after a byte-order mark), or `nil` if `JSONDecoder` would
    /// read the bytes as UTF-16 or UTF-32 (RFC 4627 §3 detection, as in swift-foundation).
    static func utf8Start(of bytes: [UInt8]) -> Int? {
        let b = (0..<4).map { $0 < bytes.count ? Int(bytes[$0]) : -1 }  // -1: no such byte.
        switch (b[0], b[1], b[2], b[3]) {
        case (0xEF, 0xBB, 0xBF, _): return 3
        case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _), (0, 0, 0xFE, 0xFF): return nil
        case (0, 0, 0, 1...), (0, 1..., 0, 1...), (1..., 0, 0, 0), (1..., 0, 1..., 0): return nil
        case (0, 1..., -1, -1), (1..., 0, -1, -1): return nil
        default: return 0
        }
    }
}

extension ProtectionGroupListResponse: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(serverGroups: nil, count: nil)
    }

    /// Reads a `GET .../server-groups` body without `Codable`; the same value and the same
    /// success or failure as `WireJSON.decode(ProtectionGroupListResponse.self, from:)`.
    ///
    /// - Throws: `DecodingError` if the bytes are not JSON or not a JSON object.
    public init(jsonBytes: [UInt8]) throws {
        self = try WireListReader.read(Self.self, from: jsonBytes)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .serverGroups: serverGroups = try scanner.lenientObjectArray(ProtectionGroup.self, token)
        case .count: count = try scanner.lenientInt(token)
        }
    }
}

extension ProtectedInstanceListResponse: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(protectedInstances: nil, count: nil)
    }

    /// Reads a `GET .../protected-instances` body without `Codable`; the same value and the same
    /// success or failure as `WireJSON.decode(ProtectedInstanceListResponse.self, from:)`.
    ///
    /// - Throws: `DecodingError` if the bytes are not JSON or not a JSON object.
    public init(jsonBytes: [UInt8]) throws {
        self = try WireListReader.read(Self.self, from: jsonBytes)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .protectedInstances: protectedInstances = try scanner.lenientObjectArray(ProtectedInstance.self, token)
        case .count: count = try scanner.lenientInt(token)
        }
    }
}

extension ReplicationPairListResponse: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(replications: nil, count: nil)
    }

    /// Reads a `GET .../replications` body without `Codable`; the same value and the same
    /// success or failure as `WireJSON.decode(ReplicationPairListResponse.self, from:)`.
    ///
    /// - Throws: `DecodingError` if the bytes are not JSON or not a JSON object.
    public init(jsonBytes: [UInt8]) throws {
        self = try WireListReader.read(Self.self, from: jsonBytes)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .replications: replications = try scanner.lenientObjectArray(ReplicationPair.self, token)
        case .count: count = try scanner.lenientInt(token)
        }
    }
}
