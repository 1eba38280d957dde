// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird
import NIOCore

extension APIError {
    /// The HTTP response carrying this error in its documented body shape.
    ///
    /// - Parameter behaviours: `gatewayCodePrefix` rewrites gateway codes (`APIGW.` → `APIG.`) and
    ///   `sdrsErrorShape` picks the wrapped or the flat SDRS body.
    func response(requestID: String, behaviours: EmulatorBehaviours = .init()) -> Response {
        let body: Data
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        switch shape {
        case .sdrs where behaviours.sdrsErrorShape == .flat:
            body =
                (try? encoder.encode(GatewayBody(errorCode: code, errorMessage: message, requestID: requestID)))
                ?? Data()
        case .sdrs:
            body = (try? encoder.encode([sdrsWrapperKey: CodeAndMessage(code: code, message: message)])) ?? Data()
        case .gateway:
            let code = Self.gatewayCode(code, prefix: behaviours.gatewayCodePrefix)
            body =
                (try? encoder.encode(GatewayBody(errorCode: code, errorMessage: message, requestID: requestID)))
                ?? Data()
        case .ecs:
            let details =
                self.details.isEmpty ? nil : self.details.map { CodeAndMessage(code: $0.code, message: $0.message) }
            body = (try? encoder.encode(["error": ECSBody(code: code, message: message, details: details)])) ?? Data()
        case .admin:
            body = (try? encoder.encode(["error": message])) ?? Data()
        }
        var headers: HTTPFields = [.contentType: "application/json"]
        if let retryAfterSeconds {
            headers[.retryAfter] = String(retryAfterSeconds)
        }
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: body))
        )
    }

    /// `code` with its `APIGW.` prefix replaced by `APIG.` when `prefix` asks for the older codes.
    static func gatewayCode(_ code: String, prefix: EmulatorBehaviours.GatewayCodePrefix) -> String {
        guard prefix == .apig, code.hasPrefix("APIGW.") else { return code }
        return "APIG." + code.dropFirst("APIGW.".count)
    }

    private struct CodeAndMessage: Encodable {
        var code: String
        var message: String
    }

    private struct GatewayBody: Encodable {
        var errorCode: String
        var errorMessage: String
        var requestID: String

        enum CodingKeys: String, CodingKey {
            case errorCode = "error_code"
            case errorMessage = "error_msg"
            case requestID = "request_id"
        }
    }

    private struct ECSBody: Encodable {
        var code: String
        var message: String
        var details: [CodeAndMessage]?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encodeIfPresent(details, forKey: .details)
        }

        enum CodingKeys: String, CodingKey {
            case code, message, details
        }
    }
}

extension APIError: CustomStringConvertible {
    /// `HTTP 400 SDRS.1002: message`.
    var description: String {
        "HTTP \(status) \(code): \(message)"
    }
}
