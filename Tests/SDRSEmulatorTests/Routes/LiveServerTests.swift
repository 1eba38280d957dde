// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

@testable import SDRSEmulator

@Suite struct LiveServerTests {
    let signed = SignedRequests()

    @Test func runsOnAnEphemeralPortAndShutsDownAfterwards() async throws {
        let port = try await withRunningEmulator(TestCloud.configuration(), logger: Logger(label: "test")) { running in
            #expect(running.port > 0)
            #expect(running.baseURL.absoluteString == "http://127.0.0.1:\(running.port)")
            #expect(running.projectID == TestCloud.projectID)
            try await TestClient.withClient(host: "127.0.0.1", port: running.port) { client in
                let request = signed.sign(.get, signed.prefix + "/server-groups/app")
                let response = try await client.execute(
                    .init(request.target, method: .get, authority: "localhost", headers: request.headers)
                )
                #expect(response.status == .ok)
                #expect(response.headers[.requestID]?.count == 32)
            }
            try await running.store.advanceClock(by: 1)
            return running.port
        }
        await #expect(throws: (any Error).self) {
            try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                _ = try await client.get("/__emulator/health")
            }
        }
    }

    @Test func reportsABindFailure() async throws {
        try await withRunningEmulator(TestCloud.configuration(), logger: Logger(label: "test")) { running in
            var clash = TestCloud.configuration()
            clash.port = running.port
            await #expect(throws: (any Error).self) {
                try await withRunningEmulator(clash, logger: Logger(label: "test")) { _ in }
            }
        }
    }

    @Test func droppedConnectionIsAConnectionErrorForTheClient() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .dropConnection, operation: .showProtectionGroup, count: 1))
        try await testApplication(store).test(.live) { client in
            let error = await #expect(throws: (any Error).self) {
                try await signed.execute(client, .get, signed.prefix + "/server-groups/app")
            }
            #expect(!(error is APIError))
        }
        try await testApplication(store).test(.live) { client in
            let response = try await signed.execute(client, .get, signed.prefix + "/server-groups/app")
            #expect(response.status == .ok)
        }
        let counts = await store.requestCounts()
        #expect(counts.calls(.showProtectionGroup) == 2)
        #expect(counts.operations.first { $0.operation == "ShowProtectionGroup" }?.failures == 1)
    }

    @Test func latencyFaultDelaysTheAnswer() async throws {
        let store = try TestCloud.store()
        try await store.addFault(
            FaultRule(kind: .latency, operation: .listProtectionGroups, count: 1, latencyMilliseconds: 40))
        try await testApplication(store).test(.live) { client in
            let clock = ContinuousClock()
            let started = clock.now
            let response = try await signed.execute(client, .get, signed.prefix + "/server-groups")
            #expect(response.status == .ok)
            #expect(clock.now - started >= .milliseconds(35))
        }
    }

    @Test func flowControlIsA202WithAnErrorBody() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .flowControl, operation: .batchStopServers, count: 1))
        try await testApplication(store).test(.live) { client in
            let response = try await signed.execute(
                client, .post, signed.prefix + "/cloudservers/action",
                body: #"{"os-stop": {"servers": [{"id": "app-1-src"}]}}"#
            )
            #expect(response.status == .accepted)
            #expect((jsonObject(response.body)["error"] as? [String: Any])?["code"] as? String == "Common.0024")
        }
        #expect(await store.server("app-1-src")?.taskState == nil)
    }

    @Test func serverErrorFaultsUseServiceBodies() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .serviceUnavailable, operation: .listServersDetails, count: 1))
        try await store.addFault(FaultRule(kind: .internalError, operation: .listReplications, count: 1))
        try await testApplication(store).test(.router) { client in
            let ecs = try await signed.execute(client, .get, signed.prefix + "/cloudservers/detail")
            #expect(ecs.status == .serviceUnavailable)
            #expect((jsonObject(ecs.body)["error"] as? [String: Any])?["code"] as? String == "Common.1503")
            let sdrs = try await signed.execute(client, .get, signed.prefix + "/replications")
            #expect(sdrs.status == .internalServerError)
            #expect((jsonObject(sdrs.body)["error"] as? [String: Any])?["code"] as? String == "SDRS.0013")
        }
    }
}
