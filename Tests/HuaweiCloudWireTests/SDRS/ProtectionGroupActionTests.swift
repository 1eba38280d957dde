// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct ProtectionGroupActionTests {
    @Test(arguments: [
        (
            ProtectionGroupAction.reverse(priorityStation: "target"),
            #"{"reverse-server-group":{"priority_station":"target"}}"#
        ),
        (.failover, #"{"failover-server-group":{}}"#),
        (.start, #"{"start-server-group":{}}"#),
        (.stop, #"{"stop-server-group":{}}"#),
    ])
    func encodesEachVariantExactlyAndDecodesItBack(action: ProtectionGroupAction, body: String) throws {
        #expect(try encodedText(action) == body)
        #expect(try decodeWire(ProtectionGroupAction.self, body) == action)
        #expect(body.contains(action.wireKey))
    }

    @Test func acceptsTheSDKRequestBodyWithSpacesAndIgnoresMembersOfEmptyVariants() throws {
        let sdkBody = #"{"reverse-server-group": {"priority_station": "source"}}"#
        #expect(try decodeWire(ProtectionGroupAction.self, sdkBody) == .reverse(priorityStation: "source"))
        #expect(try decodeWire(ProtectionGroupAction.self, #"{"stop-server-group": {"x": 1}}"#) == .stop)
        #expect(
            try decodeWire(ProtectionGroupAction.self, #"{"reverse-server-group": {"priority_station": "bogus"}}"#)
                == .reverse(priorityStation: "bogus"))
    }

    @Test(arguments: [
        ("{}", "no action key"),
        (#"{"start-server-group": {}, "stop-server-group": {}}"#, "several action keys"),
        (#"{"reboot-server-group": {}}"#, "unknown server-group action key(s) reboot-server-group"),
        (#"{"start-server-group": {}, "extra": 1}"#, "unknown server-group action key(s) extra"),
    ])
    func rejectsBodiesWithoutExactlyOneKnownKey(body: String, expectedMessage: String) throws {
        let error = try #require(throws: DecodingError.self) { try decodeWire(ProtectionGroupAction.self, body) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.debugDescription.contains(expectedMessage))
    }

    @Test(arguments: [
        #"{"reverse-server-group": {}}"#,
        #"{"reverse-server-group": {"priority_station": null}}"#,
        #"{"reverse-server-group": {"priority_station": 1}}"#,
        #"{"reverse-server-group": "target"}"#,
        #"{"failover-server-group": null}"#,
        #"{"start-server-group": []}"#,
        "[]",
    ])
    func rejectsMalformedVariantValues(body: String) {
        #expect(throws: DecodingError.self) { try decodeWire(ProtectionGroupAction.self, body) }
    }
}
