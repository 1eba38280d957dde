// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

/// ECS powers at most `timings.power_actions_per_minute` servers on or off per minute (reference
/// §6.1: 1,000); servers beyond the pace are accepted and begin later.
@Suite struct PowerPaceTests {
    private func store(perMinute: Double) throws -> EmulatorStore {
        var fixture = TestCloud.fixture()
        fixture.timings.powerActionsPerMinute = perMinute
        return try TestCloud.store(fixture)
    }

    private func stop(_ ids: [String], on store: EmulatorStore) async throws -> String {
        try await store.performServerAction(.stop(hard: false, serverIDs: ids), request: TestCloud.request(.batchStopServers))
    }

    @Test func serversBeyondThePaceBeginWhenTheirTokenIsDue() async throws {
        // One server per minute: the second server of the batch begins 60 s after the first.
        let store = try store(perMinute: 1)
        let jobID = try await stop(["app-1-src", "app-2-src"], on: store)
        #expect(await store.server("app-2-src")?.taskState == "powering-off")
        try await store.advanceClock(by: 20)
        #expect(await store.server("app-1-src")?.status == "SHUTOFF")
        #expect(await store.server("app-2-src")?.status == "ACTIVE")
        #expect(await store.server("app-2-src")?.taskState == "powering-off")
        #expect(try await store.job(jobID).status == .running)
        try await store.advanceClock(by: 59)
        #expect(await store.server("app-2-src")?.status == "ACTIVE")
        try await store.advanceClock(by: 1)
        #expect(await store.server("app-2-src")?.status == "SHUTOFF")
        #expect(try await store.job(jobID).status == .success)
    }

    @Test func theBucketRefillsEvenlyAndHoldsAtMostOneMinutesWorth() async throws {
        // Two per minute, one token refilled every 30 s. One stop uses a token; ten idle minutes
        // refill the bucket to two, not more: of the next three servers the third waits 30 s.
        let store = try store(perMinute: 2)
        _ = try await stop(["app-1-src"], on: store)
        try await store.advanceClock(by: 600)
        _ = try await stop(["app-2-src", "moved-1-dst", "bare-1-src"], on: store)
        try await store.advanceClock(by: 20)
        #expect(await store.server("app-2-src")?.status == "SHUTOFF")
        #expect(await store.server("moved-1-dst")?.status == "SHUTOFF")
        #expect(await store.server("bare-1-src")?.status == "ACTIVE")
        try await store.advanceClock(by: 29)
        #expect(await store.server("bare-1-src")?.status == "ACTIVE")
        try await store.advanceClock(by: 1)
        #expect(await store.server("bare-1-src")?.status == "SHUTOFF")
    }

    @Test func theDocumentedPaceDoesNotDelayASmallBatchAndZeroTurnsItOff() async throws {
        for perMinute in [1000.0, 0] {
            let store = try store(perMinute: perMinute)
            let jobID = try await stop(["app-1-src", "app-2-src", "moved-1-dst"], on: store)
            try await store.advanceClock(by: 20)
            #expect(try await store.job(jobID).status == .success)
        }
    }

    @Test func theDefaultIsTheDocumentedThousandServersPerMinute() {
        #expect(EmulatorTimings().powerActionsPerMinute == 1000)
    }
}
