// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import SDRSEmulator

@Suite struct PersistenceTests {
    private func temporaryStateFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("emulator-state-\(UUID().uuidString).json").path
    }

    @Test func aRestartedStoreKeepsChangesAndTheRemainingTimeOfRunningJobs() async throws {
        let path = temporaryStateFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        try await first.powerOff("app-1-src", "app-2-src")
        let jobID = try await first.reverse("app", to: "target")
        try await first.advanceClock(by: 45)
        try await first.addFault(FaultRule(kind: .internalError, operation: .showServer, count: 3))
        #expect(FileManager.default.fileExists(atPath: path))

        // A new process: its manual clock starts somewhere else entirely, and the fixture differs.
        var configuration = TestCloud.configuration(
            EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1), stateFile: path)
        configuration.clock = .manual(start: Date(timeIntervalSince1970: 2_000_000_000))
        let second = try EmulatorStore(configuration: configuration)
        #expect(try await second.now() == TestCloud.start.addingTimeInterval(45))
        #expect(try await second.group("app").status == "reversing")
        #expect(await second.server("app-1-src")?.status == "SHUTOFF")
        #expect(await second.faults().first?.count == 3)
        try await second.advanceClock(by: 14)
        #expect(try await second.job(jobID).status == .running)
        try await second.advanceClock(by: 1)
        #expect(try await second.job(jobID).status == .success)
        #expect(try await second.group("app").priorityStation == "target")

        // And the completion itself was saved.
        let third = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        #expect(try await third.group("app").priorityStation == "target")
        #expect(try await third.job(jobID).status == .success)
    }

    @Test func virtualTimeIsSavedEvenWhenNothingElseChanged() async throws {
        let path = temporaryStateFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        try await first.advanceClock(by: 10)
        let second = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        #expect(try await second.now() == TestCloud.start.addingTimeInterval(10))
        try await withRunningEmulator(TestCloud.configuration(stateFile: path), logger: Logger(label: "test")) { running in
            _ = try await running.store.listGroups(GroupListQuery())
        }
        let third = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        #expect(try await third.now() == TestCloud.start.addingTimeInterval(10))
    }

    @Test func theFixtureIsIgnoredOnceAStateFileExists() async throws {
        let path = temporaryStateFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        let store = try EmulatorStore(
            configuration: TestCloud.configuration(
                EmulatorFixture.synthetic(groups: 2, instancesPerGroup: 1), stateFile: path))
        #expect(
            try await store.listGroups(GroupListQuery()).items.map(\.group.id) == ["app", "bare", "stuck", "moved"])
    }

    @Test func aCorruptStateFileIsReported() throws {
        let path = temporaryStateFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: EmulatorError.self) {
            _ = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        }
    }

    @Test func theStateDumpRedactsSecrets() async throws {
        let store = try TestCloud.store()
        let dump = String(decoding: try await store.stateDump(), as: UTF8.self)
        #expect(dump.contains("HPUATESTAK0EXAMPLE00"))
        #expect(!dump.contains(TestCloud.credential.secretAccessKey))
        #expect(dump.contains("<redacted>"))
    }
}

@Suite struct StateFileFailureTests {
    @Test func anUnwritableStateFileIsAnInternalErrorNotASilentLoss() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let configuration = TestCloud.configuration(stateFile: directory.appendingPathComponent("state.json").path)
        let store = try EmulatorStore(configuration: configuration)
        try FileManager.default.removeItem(at: directory)
        let signed = SignedRequests()
        try await buildEmulatorApplication(configuration: configuration, store: store).test(.router) { client in
            let response = try await signed.execute(
                client, .post, signed.prefix + "/cloudservers/action", body: #"{"os-stop": {"servers": [{"id": "app-1-src"}]}}"#
            )
            #expect(response.status == .internalServerError)
            #expect((jsonObject(response.body)["error"] as? [String: Any])?["code"] as? String == "Common.0001")
            #expect(response.headers[.requestID] != nil)
        }
    }
}
