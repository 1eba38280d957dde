// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import SDRSEmulator

/// A bad admin request answers 400 with a sentence naming the field and what it expects, never
/// Swift's `DecodingError` text.
@Suite struct AdminBodyProblemTests {
    private func post(_ client: some TestClientProtocol, _ path: String, _ json: String) async throws -> (HTTPResponse.Status, String) {
        let response = try await client.execute(
            uri: "/__emulator/" + path, method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: json)
        )
        return (response.status, jsonObject(response.body)["error"] as? String ?? String(buffer: response.body))
    }

    private func expectReadable(_ message: String, contains parts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for part in parts { #expect(message.contains(part), "\(message)", sourceLocation: sourceLocation) }
        for raw in ["DecodingError", "CodingKeys", "codingPath", "debugDescription", "Swift."] {
            #expect(!message.contains(raw), "\(message)", sourceLocation: sourceLocation)
        }
    }

    @Test func namesTheFieldTheBadValueAndTheAllowedValuesOfAnEnumeration() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let (status, message) = try await post(client, "faults", #"{"kind": "bogus"}"#)
            #expect(status == .badRequest)
            expectReadable(message, contains: ["field 'kind'", "got 'bogus'", "one of", "throttled", "flow-control"])
            let (_, trigger) = try await post(client, "triggers", #"{"operation": "BatchStopServers", "action": "explode"}"#)
            expectReadable(trigger, contains: ["field 'action'", "power-on", "set-priority-station"])
        }
    }

    @Test func namesAMissingFieldAndAWrongType() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let (status, missing) = try await post(client, "servers/app-1-src/power", "{}")
            #expect(status == .badRequest)
            expectReadable(missing, contains: ["field 'status' is missing", "ACTIVE or SHUTOFF"])
            let (_, wrongType) = try await post(client, "clock/advance", #"{"seconds": "ten"}"#)
            expectReadable(wrongType, contains: ["field 'seconds' has the wrong type", "a number of seconds"])
            let (_, probability) = try await post(client, "faults", #"{"kind": "throttled", "probability": "high"}"#)
            expectReadable(probability, contains: ["field 'probability' has the wrong type", "a number"])
        }
    }

    @Test func saysWhenTheBodyIsNotJSONAtAll() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let (status, message) = try await post(client, "faults", "kind=throttled")
            #expect(status == .badRequest)
            expectReadable(message, contains: ["not valid JSON"])
            let (_, array) = try await post(client, "faults", "[]")
            expectReadable(array, contains: ["the body has the wrong type", "a JSON object"])
        }
    }
}
