// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import SDRSEmulator

@Suite struct TriggerTests {
    @Test func powerOnWhenTheReverseIsAcceptedDoomsThatSwitchover() async throws {
        let store = try TestCloud.store()
        try await store.addTrigger(
            EmulatorTrigger(operation: .startReverseProtectionGroup, whenGroupID: "app", action: .powerOn, serverID: "app-1-src"))
        try await store.powerOff("app-1-src", "app-2-src")
        let jobID = try await store.reverse("app", to: "target")
        // Fired inside the accepting call: the next read already sees the server running.
        #expect(await store.server("app-1-src")?.vmState == .active)
        #expect(await store.pendingTriggers().isEmpty)
        #expect(await store.firedTriggers().map(\.id) == ["trigger-1"])
        try await store.advanceClock(by: 60)
        let job = try await store.job(jobID)
        #expect(job.status == .fail)
        #expect(job.failReason?.contains("app-1-src") == true)
        // Out of band, like the console: not a client's broken rule.
        #expect(try await store.invariantLog().isEmpty)
    }

    @Test func firesOnlyForItsGroupAndOnlyOnAcceptedCalls() async throws {
        let store = try TestCloud.store()
        try await store.addTrigger(
            EmulatorTrigger(
                operation: .batchStopServers, whenGroupID: "moved", action: .setPriorityStation, priorityStation: "source",
                status: "protected"))
        // A stop of another group's servers does not fire it.
        _ = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["app-1-src"]), request: TestCloud.request(.batchStopServers))
        #expect(await store.firedTriggers().isEmpty)
        // A refused call (unknown server) does not fire it either.
        let refused = await apiError {
            try await store.performServerAction(
                .stop(hard: false, serverIDs: ["moved-1-dst", "nope"]), request: TestCloud.request(.batchStopServers))
        }
        #expect(refused?.code == "Ecs.0114")
        #expect(await store.firedTriggers().isEmpty)
        _ = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["moved-1-dst"]), request: TestCloud.request(.batchStopServers))
        #expect(try await store.group("moved").priorityStation == "source")
        #expect(await store.firedTriggers().count == 1)
        // Fires once.
        try await store.setGroupPriorityStation("moved", priorityStation: "target")
        _ = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["moved-1-dst"]), request: TestCloud.request(.batchStopServers))
        #expect(try await store.group("moved").priorityStation == "target")
    }

    @Test func rejectsUnusableTriggers() async throws {
        let store = try TestCloud.store()
        let cases: [EmulatorTrigger] = [
            EmulatorTrigger(operation: .showProtectionGroup, action: .powerOn, serverID: "app-1-src"),
            EmulatorTrigger(operation: .batchStopServers, action: .powerOn),
            EmulatorTrigger(operation: .batchStopServers, action: .powerOn, serverID: "nope"),
            EmulatorTrigger(operation: .batchStopServers, action: .setPriorityStation, priorityStation: "target"),
            EmulatorTrigger(operation: .batchStopServers, whenGroupID: "app", action: .setPriorityStation, priorityStation: "up"),
            EmulatorTrigger(operation: .batchStopServers, whenGroupID: "nope", action: .powerOn, serverID: "app-1-src"),
        ]
        for trigger in cases {
            #expect(await apiError { try await store.addTrigger(trigger) }?.status == 400, "\(trigger)")
        }
        #expect(await store.pendingTriggers().isEmpty)
    }

    @Test func adminRoutesAddListAndClearTriggers() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let created = try await client.execute(
                uri: "/__emulator/triggers", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(
                    string: #"{"operation": "StartReverseProtectionGroup", "when_group_id": "app", "action": "power-on", "server_id": "app-2-src"}"#
                ))
            #expect(created.status == .created)
            #expect(jsonObject(created.body)["id"] as? String == "trigger-1")
            let listed = jsonObject(try await client.execute(uri: "/__emulator/triggers", method: .get).body)
            #expect((listed["triggers"] as? [Any])?.count == 1)
            #expect((listed["fired"] as? [Any])?.isEmpty == true)
            #expect(try await client.execute(uri: "/__emulator/triggers", method: .delete).status == .noContent)
            #expect(await store.pendingTriggers().isEmpty)
        }
    }

    @Test func countsReverseJobsPerGroupAndHowTheyEnded() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .reverseJobFailure, count: 1, groupID: "app"))
        try await store.powerOff("app-1-src", "app-2-src")
        _ = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 60)
        _ = try await store.reverse("app", to: "target")
        var counts = try await store.switchoverCounts()
        #expect(counts.entry(groupID: "app").map { [$0.accepted, $0.succeeded, $0.failed, $0.running] } == [2, 0, 1, 1])
        try await store.advanceClock(by: 60)
        counts = try await store.switchoverCounts()
        #expect(counts.entry(groupID: "app").map { [$0.accepted, $0.succeeded, $0.failed, $0.running] } == [2, 1, 1, 0])
        // A refused reverse creates no job.
        _ = await apiError { try await store.reverse("moved", to: "target") }
        #expect(try await store.switchoverCounts().entry(groupID: "moved")?.accepted == 0)
        #expect(try await store.switchoverCounts().groups.map(\.name) == ["app", "bare", "stuck", "moved"])
        try await testApplication(store).test(.router) { client in
            let body = jsonObject(try await client.execute(uri: "/__emulator/switchovers", method: .get).body)
            let first = (body["groups"] as? [[String: Any]])?.first
            #expect(first?["group_id"] as? String == "app")
            #expect(first?["succeeded"] as? Int == 1)
        }
    }
}
