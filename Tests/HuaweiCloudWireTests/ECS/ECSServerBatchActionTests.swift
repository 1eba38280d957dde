// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct ECSServerBatchActionTests {
    @Test(arguments: [
        (
            ECSServerBatchAction.stop(type: .soft, serverIDs: ["a", "b"]),
            #"{"os-stop":{"servers":[{"id":"a"},{"id":"b"}],"type":"SOFT"}}"#
        ),
        (.stop(type: .hard, serverIDs: ["a"]), #"{"os-stop":{"servers":[{"id":"a"}],"type":"HARD"}}"#),
        (.stop(type: nil, serverIDs: ["a"]), #"{"os-stop":{"servers":[{"id":"a"}]}}"#),
        (.start(serverIDs: ["a", "b"]), #"{"os-start":{"servers":[{"id":"a"},{"id":"b"}]}}"#),
    ])
    func encodesEachVariantExactlyAndDecodesItBack(action: ECSServerBatchAction, body: String) throws {
        #expect(try encodedText(action) == body)
        #expect(try decodeWire(ECSServerBatchAction.self, body) == action)
        #expect(body.contains(action.wireKey))
    }

    @Test func decodesTheSDKBodies() throws {
        let stop = #"{"os-stop": {"servers": [{"id": "s-1"}, {"id": "s-2"}], "type": "SOFT"}}"#
        #expect(try decodeWire(ECSServerBatchAction.self, stop) == .stop(type: .soft, serverIDs: ["s-1", "s-2"]))
        let start = #"{"os-start": {"servers": [{"id": "s-1", "extra": true}]}}"#
        let action = try decodeWire(ECSServerBatchAction.self, start)
        #expect(action == .start(serverIDs: ["s-1"]))
        #expect(action.serverIDs == ["s-1"])
        #expect(try decodeWire(ECSServerBatchAction.self, #"{"os-start": {"servers": []}}"#).serverIDs.isEmpty)
    }

    @Test(arguments: [
        "{}",
        #"{"os-stop": {"servers": []}, "os-start": {"servers": []}}"#,
        #"{"reboot": {"servers": [{"id": "a"}]}}"#,
        #"{"os-stop": {"type": "SOFT"}}"#,
        #"{"os-stop": {"servers": [{"id": "a"}], "type": "GENTLE"}}"#,
        #"{"os-start": {"servers": [{"name": "a"}]}}"#,
        #"{"os-start": {"servers": [{"id": 5}]}}"#,
        #"{"os-start": {"servers": "a"}}"#,
        #"{"os-start": null}"#,
    ])
    func rejectsMalformedBodies(body: String) {
        #expect(throws: DecodingError.self) { try decodeWire(ECSServerBatchAction.self, body) }
    }

    @Test func namesTheProblemForWrongKeys() throws {
        let error = try #require(throws: DecodingError.self) {
            try decodeWire(ECSServerBatchAction.self, #"{"reboot": {}}"#)
        }
        #expect(String(describing: error).contains("key(s) reboot; expected exactly one of os-stop or os-start"))
    }
}
