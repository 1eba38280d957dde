// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct APIErrorBodyParserTests {
    static func parse(_ status: Int, _ body: String, header: String? = nil) -> APIErrorDescription {
        APIErrorBodyParser.parse(httpStatus: status, requestIDHeader: header, body: Array(body.utf8))
    }

    @Test func readsTheSDRSWrappedShapeWithAnyWrapperKey() {
        let generic = Self.parse(400, #"{"error": {"message": "not allowed", "code": "SDRS.1002"}}"#, header: "req-1")
        #expect(generic.code == "SDRS.1002" && generic.message == "not allowed" && generic.requestID == "req-1")
        #expect(!generic.isServerError)
        let named = Self.parse(400, #"{"badrequest": {"message": "Protection group not found", "code": "SDRS.1013"}}"#)
        #expect(named.code == "SDRS.1013" && named.message == "Protection group not found")
        #expect(named.requestID == nil)
    }

    @Test func readsTheGatewayShapeAndTakesTheRequestIDFromTheHeaderFirst() {
        let body =
            #"{"error_code": "APIG.0301", "error_msg": "Incorrect IAM authentication information: verify aksk signature fail", "request_id": "body-id"}"#
        let fromBody = Self.parse(401, body)
        #expect(fromBody.code == "APIG.0301")
        #expect(fromBody.message == "Incorrect IAM authentication information: verify aksk signature fail")
        #expect(fromBody.requestID == "body-id")
        #expect(Self.parse(401, body, header: "header-id").requestID == "header-id")
        #expect(Self.parse(401, body, header: "").requestID == "body-id")
    }

    @Test func readsTheECSShapeWithDetails() {
        let body = #"""
            {"error": {"code": "Ecs.0611", "message": "batch failed",
                       "details": [{"code": "Ecs.0100", "message": "state"}, {"code": 7, "message": null}, "junk"]}}
            """#
        let error = Self.parse(400, body)
        #expect(error.code == "Ecs.0611" && error.message == "batch failed")
        #expect(error.details == [.init(code: "Ecs.0100", message: "state"), .init(code: "7", message: nil)])
    }

    @Test func prefersErrorCodeThenCamelCaseThenCodeAtOneLevel() {
        let all =
            #"{"code": "C", "message": "c", "errorCode": "E", "errorMsg": "e", "error_code": "U", "error_msg": "u"}"#
        #expect(Self.parse(400, all).code == "U")
        #expect(Self.parse(400, #"{"code": "C", "message": "c", "errorCode": "E", "errorMsg": "e"}"#).code == "E")
        #expect(Self.parse(400, #"{"code": "C", "message": "c"}"#).message == "c")
    }

    @Test func aMatchNeedsBothKeysOfAPair() {
        let body = #"{"error_code": "U", "code": "C", "message": "c"}"#
        let error = Self.parse(400, body)
        #expect(error.code == "C" && error.message == "c")
        let lonely = Self.parse(418, #"{"code": "C"}"#)
        #expect(lonely.code == "418" && lonely.message == #"{"code": "C"}"#)
    }

    @Test func aTopLevelMatchStopsTheSearch() {
        let body = #"{"nested": {"error_code": "N", "error_msg": "n"}, "code": "T", "message": "t"}"#
        #expect(Self.parse(400, body).code == "T")
    }

    @Test func recursesIntoObjectMembersInDocumentOrderLaterMatchesOverwrite() {
        let body =
            #"{"b": {"code": "B", "message": "b"}, "list": [{"code": "L", "message": "l"}], "a": {"x": {"code": "A", "message": "a"}}}"#
        let error = Self.parse(500, body)
        #expect(error.code == "A" && error.message == "a")
        #expect(error.isServerError)
        let reversed = #"{"a": {"x": {"code": "A", "message": "a"}}, "b": {"code": "B", "message": "b"}}"#
        #expect(Self.parse(500, reversed).code == "B")
    }

    @Test func falsyValuesFallBackToStatusAndRawBody() {
        let body = #"{"error_code": null, "error_msg": "", "error": {"code": "X", "message": "x"}}"#
        let error = Self.parse(403, body)
        #expect(error.code == "403")
        #expect(error.message == body)
        #expect(Self.parse(400, #"{"code": 0, "message": false}"#).code == "400")
    }

    @Test func nonStringValuesAreRenderedLikePythonStr() {
        let error = Self.parse(404, #"{"code": 404, "message": true}"#)
        #expect(error.code == "404" && error.message == "True")
        #expect(Self.parse(400, #"{"code": "C", "message": {"a": [1, "x"]}}"#).message == #"{"a":[1,"x"]}"#)
    }

    @Test(arguments: ["<html>Bad Gateway</html>", "[1, 2]", "\"text\"", "", "{\"code\": \"C\", \"message\": \"m\""])
    func bodiesThatAreNotJSONObjectsFallBack(body: String) {
        let error = Self.parse(502, body, header: "rid")
        #expect(error.code == "502")
        #expect(error.message == body)
        #expect(error.requestID == "rid")
        #expect(error.details.isEmpty)
    }

    @Test func invalidUTF8IsReplacedInTheRawMessage() {
        let error = APIErrorBodyParser.parse(httpStatus: 500, requestIDHeader: nil, body: [0x61, 0xFF, 0x62])
        #expect(error.message == "a\u{FFFD}b")
    }

    @Test func picksUpEncodedAuthorizationMessages() {
        let body = #"{"error_code": "IAM.0002", "error_msg": "denied", "encoded_authorization_message": "ZW5j"}"#
        #expect(Self.parse(403, body).encodedAuthorizationMessage == "ZW5j")
        #expect(Self.parse(403, #"{"error_code": "x", "error_msg": "y"}"#).encodedAuthorizationMessage == nil)
    }

    @Test func describesItselfWithoutTheBody() {
        let error = APIErrorDescription(httpStatus: 400, code: "SDRS.1002", message: "nope", requestID: "r")
        #expect(error.description == "HTTP 400 SDRS.1002: nope (request ID r)")
    }

    @Test func recognisesECSFlowControlInA2xxBody() throws {
        let body = Array(#"{"error": {"code": "Common.0024", "message": "exceeds flow over limit"}}"#.utf8)
        let error = try #require(
            APIErrorBodyParser.ecsFlowControlError(httpStatus: 202, requestIDHeader: "r", body: body))
        #expect(error.isECSFlowControl && error.httpStatus == 202 && error.requestID == "r")
        #expect(!error.isServerError)
        let success = Array(#"{"job_id": "70a599e0-31e7-49b7-b260-868f441e862b"}"#.utf8)
        #expect(APIErrorBodyParser.ecsFlowControlError(httpStatus: 200, requestIDHeader: nil, body: success) == nil)
        let other = Array(#"{"error": {"code": "Common.1503", "message": "busy"}}"#.utf8)
        #expect(APIErrorBodyParser.ecsFlowControlError(httpStatus: 202, requestIDHeader: nil, body: other) == nil)
    }
}
