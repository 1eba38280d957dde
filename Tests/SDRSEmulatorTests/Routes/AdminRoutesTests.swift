// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import SDRSEmulator

@Suite struct AdminRoutesTests {
    let signed = SignedRequests()

    private func post(_ client: some TestClientProtocol, _ path: String, _ json: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/__emulator/" + path, method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: json)
        )
    }

    @Test func adminRequestsNeedNoSignature() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let health = try await client.execute(uri: "/__emulator/health", method: .get)
            #expect(health.status == .ok)
            #expect(jsonObject(health.body)["project_id"] as? String == TestCloud.projectID)
        }
    }

    @Test func setsPowerOutOfBandImmediately() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            #expect(try await post(client, "servers/app-1-src/power", #"{"status": "SHUTOFF"}"#).status == .noContent)
            let server = try await signed.get(ECSServerResponse.self, client, "/cloudservers/app-1-src").server
            #expect(server?.status == .shutoff)
            #expect(server?.taskState == nil)
            #expect(try await post(client, "servers/app-1-src/power", #"{"status": "ON"}"#).status == .badRequest)
            #expect(try await post(client, "servers/ghost/power", #"{"status": "ACTIVE"}"#).status == .notFound)
        }
    }

    @Test func deletesServersOutOfBand() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let response = try await client.execute(uri: "/__emulator/servers/app-1-dst", method: .delete)
            #expect(response.status == .noContent)
            #expect(
                try await signed.execute(client, .get, signed.prefix + "/cloudservers/app-1-dst").status == .notFound)
            let instance = try await signed.get(ProtectedInstanceResponse.self, client, "/protected-instances/app-1")
            #expect(instance.protectedInstance?.status == .invalid)
        }
    }

    @Test func producesDriftBySettingPriorityStation() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let response = try await post(
                client, "groups/app/priority-station", #"{"priority_station": "target", "status": "error-reversing"}"#)
            #expect(response.status == .noContent)
            let group = try await signed.get(ProtectionGroupResponse.self, client, "/server-groups/app").serverGroup
            #expect(group?.priorityStation == .target)
            #expect(group?.status == .errorReversing)
            let instance = try await signed.get(ProtectedInstanceResponse.self, client, "/protected-instances/app-1")
            #expect(instance.protectedInstance?.priorityStation == .target)
            #expect(
                try await post(client, "groups/app/priority-station", #"{"priority_station": "middle"}"#).status
                    == .badRequest)
        }
    }

    @Test func injectsListsAndClearsFaults() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let created = try await post(
                client, "faults",
                #"{"kind": "throttled", "operation": "ListProtectionGroups", "count": 1, "retry_after_seconds": 3}"#)
            #expect(created.status == .created)
            #expect(jsonObject(created.body)["id"] as? String == "fault-1")
            let listed = try await client.execute(uri: "/__emulator/faults", method: .get)
            #expect((jsonObject(listed.body)["faults"] as? [Any])?.count == 1)
            let throttled = try await signed.execute(client, .get, signed.prefix + "/server-groups")
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.headers[.retryAfter] == "3")
            #expect(jsonObject(throttled.body)["error_code"] as? String == "APIGW.0308")
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
            #expect(try await post(client, "faults", #"{"kind": "melt-down"}"#).status == .badRequest)
            _ = try await post(client, "faults", #"{"kind": "internal-error"}"#)
            #expect(try await client.execute(uri: "/__emulator/faults/fault-9", method: .delete).status == .notFound)
            #expect(try await client.execute(uri: "/__emulator/faults", method: .delete).status == .noContent)
            #expect(try await signed.execute(client, .get, signed.prefix + "/server-groups").status == .ok)
        }
    }

    @Test func countsRequestsPerOperationAndResets() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            _ = try await signed.execute(client, .get, signed.prefix + "/server-groups")
            _ = try await signed.execute(client, .get, signed.prefix + "/server-groups/app")
            _ = try await signed.execute(
                client, .post, signed.prefix + "/cloudservers/action",
                body: #"{"os-start": {"servers": [{"id": "app-1-src"}]}}"#)
            let report = try await client.execute(uri: "/__emulator/requests", method: .get)
            let counts = try JSONDecoder().decode(RequestCountReport.self, from: Data(report.body.readableBytesView))
            #expect(counts.calls(.listProtectionGroups) == 1)
            #expect(counts.calls(.showProtectionGroup) == 1)
            #expect(counts.changingCalls == 1)
            #expect(counts.totalCalls == 3)
            #expect(counts.operations.first { $0.operation == "BatchStartServers" }?.changing == true)
            #expect(try await client.execute(uri: "/__emulator/requests", method: .delete).status == .noContent)
        }
        #expect(await store.requestCounts().totalCalls == 0)
    }

    @Test func invariantLogShowsEveryBrokenRuleWithItsRequestID() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let refused = try await signed.execute(
                client, .post, signed.prefix + "/server-groups/app/action",
                body: #"{"reverse-server-group": {"priority_station": "target"}}"#
            )
            #expect(refused.status == .badRequest)
            let log = try await client.execute(uri: "/__emulator/invariants", method: .get)
            let violations = try #require(jsonObject(log.body)["violations"] as? [[String: Any]])
            #expect(violations.count == 1)
            #expect(violations.first?["kind"] as? String == "reverse-with-running-production-server")
            #expect(violations.first?["request_id"] as? String == refused.headers[.requestID])
            #expect(violations.first?["server_ids"] as? [String] == ["app-1-src", "app-2-src"])
            #expect(violations.first?["operation"] as? String == "StartReverseProtectionGroup")
            #expect(try await client.execute(uri: "/__emulator/invariants", method: .delete).status == .noContent)
        }
        #expect(try await store.invariantLog().isEmpty)
    }

    @Test func advancesTheManualClockAndDumpsState() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let advanced = try await post(client, "clock/advance", #"{"seconds": 90}"#)
            #expect(jsonObject(advanced.body)["now"] as? String == "2023-11-14T22:14:50Z")
            #expect(try await post(client, "clock/advance", #"{"seconds": -1}"#).status == .badRequest)
            let state = try await client.execute(uri: "/__emulator/state", method: .get)
            #expect(state.status == .ok)
            #expect(String(buffer: state.body).contains("\"app-1-src\""))
        }
        #expect(try await store.now() == TestCloud.start.addingTimeInterval(90))
    }

    @Test func onlyLoopbackPeersMayUseTheAdminAPI() throws {
        #expect(AdminAccessMiddleware.allows(nil))
        #expect(AdminAccessMiddleware.allows(try SocketAddress(ipAddress: "127.0.0.1", port: 1)))
        #expect(AdminAccessMiddleware.allows(try SocketAddress(ipAddress: "::1", port: 1)))
        #expect(!AdminAccessMiddleware.allows(try SocketAddress(ipAddress: "10.1.2.3", port: 1)))
        #expect(!AdminAccessMiddleware.allows(try SocketAddress(ipAddress: "fe80::1", port: 1)))
    }
}
