// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct LazyTimeTests {
    @Test func nothingHappensUntilTheManualClockMoves() async throws {
        let store = try TestCloud.store()
        let jobID = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["app-1-src"]), request: TestCloud.request(.batchStopServers))
        for _ in 0..<5 {
            #expect(try await store.job(jobID).status == .running)
        }
        #expect(try await store.now() == TestCloud.start)
    }

    @Test func dueTransitionsApplyInDueTimeOrderWithTheirOwnTimestamps() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-2-src")
        let stop = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["app-1-src"]), request: TestCloud.request(.batchStopServers))
        try await store.advanceClock(by: 10)
        let hardStop = try await store.performServerAction(
            .stop(hard: true, serverIDs: ["stuck-1-src"]), request: TestCloud.request(.batchStopServers))
        // One big jump: the hard stop (due at 15 s) ends before the soft stop (due at 20 s).
        try await store.advanceClock(by: 100)
        let softEnd = try #require(try await store.job(stop).endTime)
        let hardEnd = try #require(try await store.job(hardStop).endTime)
        #expect(hardEnd == TestCloud.start.addingTimeInterval(15))
        #expect(softEnd == TestCloud.start.addingTimeInterval(20))
        #expect(await store.server("app-1-src")?.updatedAt == softEnd)
    }

    @Test func timeScaleShortensDurations() async throws {
        var configuration = TestCloud.configuration()
        configuration.timeScale = 0.001
        let store = try EmulatorStore(configuration: configuration)
        let jobID = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["app-1-src"]), request: TestCloud.request(.batchStopServers))
        try await store.advanceClock(by: 0.019)
        #expect(try await store.job(jobID).status == .running)
        try await store.advanceClock(by: 0.001)
        #expect(try await store.job(jobID).status == .success)
    }

    @Test func jobIDsAreUniqueHexAndDeterministicUnderTheSeed() async throws {
        func ids(seed: UInt64) async throws -> [String] {
            let store = try EmulatorStore(configuration: TestCloud.configuration(seed: seed))
            var ids: [String] = []
            for server in ["app-1-src", "app-2-src", "stuck-1-src"] {
                ids.append(
                    try await store.performServerAction(
                        .stop(hard: true, serverIDs: [server]), request: TestCloud.request(.batchStopServers)))
            }
            return ids
        }
        let first = try await ids(seed: 99)
        #expect(try await ids(seed: 99) == first)
        #expect(try await ids(seed: 100) != first)
        #expect(Set(first).count == 3)
        #expect(first.allSatisfy { EmulatorFixture.isJobID($0) })
    }
}
