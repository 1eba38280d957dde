// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire
import Testing

/// Decodes `json` with the shared wire decoder.
func decodeWire<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try WireJSON.decode(type, from: Array(json.utf8))
}

/// Encodes `value` with the shared wire encoder and parses the result back into a Foundation
/// object, so tests can inspect keys and `NSNull`s.
func encodedObject<Value: Encodable>(_ value: Value) throws -> [String: Any] {
    let bytes = try WireJSON.encode(value, sortedKeys: true)
    let object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    return try #require(object as? [String: Any])
}

/// Encodes `value` with sorted keys and returns the text.
func encodedText<Value: Encodable>(_ value: Value) throws -> String {
    String(decoding: try WireJSON.encode(value, sortedKeys: true), as: UTF8.self)
}

/// Encodes then decodes `value`.
func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
    try WireJSON.decode(Value.self, from: try WireJSON.encode(value))
}

/// Whether `object[key]` is present and JSON `null`.
func isExplicitNull(_ object: [String: Any], _ key: String) -> Bool {
    object.keys.contains(key) && object[key] is NSNull
}

/// The keys of `object` whose value is JSON `null`.
func nullKeys(_ object: [String: Any]) -> Set<String> {
    Set(object.filter { $0.value is NSNull }.map(\.key))
}
