// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

/// The three encodable error shapes, checked against their documented JSON and against the parser.
struct ErrorBodyTests {
    static func parse<Body: Encodable>(_ status: Int, _ body: Body) throws -> APIErrorDescription {
        APIErrorBodyParser.parse(httpStatus: status, requestIDHeader: nil, body: try WireJSON.encode(body))
    }

    @Test(arguments: ["error", "badrequest", "itemNotFound"])
    func sdrsBodyUsesTheConfiguredWrapperKey(wrapperKey: String) throws {
        let body = SDRSErrorBody(wrapperKey: wrapperKey, code: "SDRS.1316", message: "Server not stopped")
        #expect(try encodedText(body) == #"{"\#(wrapperKey)":{"code":"SDRS.1316","message":"Server not stopped"}}"#)
        #expect(try roundTrip(body) == body)
        let parsed = try Self.parse(400, body)
        #expect(parsed.code == "SDRS.1316" && parsed.message == "Server not stopped")
    }

    @Test func sdrsBodyWritesNullsAndDecodesOnlyCodeMessageObjects() throws {
        #expect(try encodedText(SDRSErrorBody(code: nil, message: nil)) == #"{"error":{"code":null,"message":null}}"#)
        let mixed = try decodeWire(
            SDRSErrorBody.self, #"{"aaa": {"x": 1}, "zzz": {"code": "SDRS.0201", "message": "m"}, "error": 5}"#)
        #expect(mixed == SDRSErrorBody(wrapperKey: "zzz", code: "SDRS.0201", message: "m"))
        #expect(throws: DecodingError.self) { try decodeWire(SDRSErrorBody.self, #"{"error": {"code": "x"}}"#) }
    }

    @Test func gatewayBodyIsFlatAndParses() throws {
        let body = GatewayErrorBody.signatureVerificationFailed(requestID: "d7796611318416bc8ffb2948a47fede8")
        #expect(
            try encodedText(body)
                == #"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"d7796611318416bc8ffb2948a47fede8"}"#
        )
        #expect(try roundTrip(body) == body)
        let parsed = try Self.parse(401, body)
        #expect(parsed.code == "APIGW.0301" && parsed.requestID == "d7796611318416bc8ffb2948a47fede8")
        let throttled = GatewayErrorBody.throttled(limitPerMinute: 60, requestID: nil)
        #expect(
            throttled.errorMessage
                == "The throttling threshold has been reached: policy user over ratelimit,limit:60,time:1 minute")
        #expect(nullKeys(try encodedObject(throttled)) == ["request_id"])
    }

    @Test func ecsBodyWritesDetailsOnlyWhenSet() throws {
        let plain = ECSErrorBody(code: "Ecs.0114", message: "The ECS does not exist")
        #expect(try encodedText(plain) == #"{"error":{"code":"Ecs.0114","message":"The ECS does not exist"}}"#)
        let batch = ECSErrorBody(code: "Ecs.0611", message: "batch", details: [.init(code: "Ecs.0100", message: nil)])
        #expect(
            try encodedText(batch)
                == #"{"error":{"code":"Ecs.0611","details":[{"code":"Ecs.0100","message":null}],"message":"batch"}}"#)
        #expect(try roundTrip(plain) == plain)
        #expect(try roundTrip(batch) == batch)
        let parsed = try Self.parse(400, batch)
        #expect(parsed.code == "Ecs.0611" && parsed.details == [.init(code: "Ecs.0100", message: nil)])
        #expect(
            try decodeWire(
                ECSErrorBody.self, #"{"error": {"code": "c", "message": "m", "details": [1, {"code": "d"}]}}"#
            ).details == [.init(code: "d")])
        #expect(throws: DecodingError.self) { try decodeWire(ECSErrorBody.self, #"{"code": "c", "message": "m"}"#) }
    }
}
