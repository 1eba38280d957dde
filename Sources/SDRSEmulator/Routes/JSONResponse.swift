// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird
import NIOCore

/// Builds JSON responses.
enum JSONResponse {
    /// `value` encoded with `encoder` as an `application/json` response.
    static func make<Value: Encodable>(
        _ value: Value, status: HTTPResponse.Status = .ok, encoder: JSONEncoder
    ) throws -> Response {
        make(bytes: Array(try encoder.encode(value)), status: status)
    }

    /// `bytes`, already JSON, as an `application/json` response.
    static func make(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The encoder of admin answers: sorted keys, ISO 8601 dates.
    static var adminEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
