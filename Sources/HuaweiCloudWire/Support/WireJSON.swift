// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The JSON settings every producer and consumer of wire bodies shares.
///
/// The emulator encodes responses and decodes requests, the HTTP client encodes requests and
/// decodes responses; both build their coders here so that a body one side writes is read by the
/// other with identical settings. Slashes are never escaped (`/dev/vda` stays as is, like the
/// real API and Python's `json.dumps`). No key or date strategies are used: every wire type
/// spells its JSON keys explicitly and keeps timestamps as strings (see `WireTimestamp`).
public enum WireJSON {
    /// Returns a new encoder with the shared settings.
    ///
    /// - Parameters:
    ///   - sortedKeys: Sort object keys, for deterministic output (golden files, signatures).
    ///   - prettyPrinted: Indent the output; meant for humans and golden files only.
    public static func makeEncoder(sortedKeys: Bool = false, prettyPrinted: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        var formatting: JSONEncoder.OutputFormatting = [.withoutEscapingSlashes]
        if sortedKeys { formatting.insert(.sortedKeys) }
        if prettyPrinted { formatting.insert(.prettyPrinted) }
        encoder.outputFormatting = formatting
        return encoder
    }

    /// Returns a new decoder with the shared settings.
    ///
    /// Tolerance (unknown keys, `null`, type leniency) lives in the wire types themselves, not
    /// in the decoder, so any plain `JSONDecoder` would behave the same; use this one anyway.
    public static func makeDecoder() -> JSONDecoder {
        JSONDecoder()
    }

    /// Encodes `value` to UTF-8 JSON bytes with the shared settings.
    ///
    /// - Throws: `EncodingError` if the value cannot be encoded.
    public static func encode<Value: Encodable>(_ value: Value, sortedKeys: Bool = false) throws -> [UInt8] {
        Array(try makeEncoder(sortedKeys: sortedKeys).encode(value))
    }

    /// Decodes a value of `type` from UTF-8 JSON bytes with the shared settings.
    ///
    /// - Throws: `DecodingError` if the bytes are not JSON or the top level has the wrong shape.
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try makeDecoder().decode(type, from: Data(bytes))
    }
}
