// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct RecordsTests {
    @Test func jobRecordsCarryAcceptanceAndEndTimesWithTheGroup() async throws {
        let store = try TestCloud.store()
        let stop = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["app-1-src", "app-2-src"]), request: TestCloud.request(.batchStopServers))
        try await store.advanceClock(by: 25)
        let reverse = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 10)
        let running = try await store.jobRecords()
        #expect(running.map(\.id) == [stop, reverse])
        #expect(running[1].endTime == nil && running[1].status == "RUNNING")
        try await store.advanceClock(by: 60)
        let records = try await store.jobRecords()
        let stopRecord = try #require(records.first { $0.id == stop })
        #expect(stopRecord.service == "ecs" && stopRecord.status == "SUCCESS")
        #expect(stopRecord.groupID == "app")
        #expect(stopRecord.serverIDs == ["app-1-src", "app-2-src"])
        #expect(stopRecord.beginTime == TestCloud.start)
        #expect(stopRecord.duration == 20)
        let reverseRecord = try #require(records.first { $0.id == reverse })
        #expect(reverseRecord.service == "sdrs" && reverseRecord.type == "reverseProtectionGroupNoCG")
        #expect(reverseRecord.beginTime == TestCloud.start.addingTimeInterval(25))
        #expect(reverseRecord.duration == 60)
    }

    @Test func groupRecordsReportSiteStatusAndServerPower() async throws {
        let store = try TestCloud.store()
        let before = try #require(try await store.groupRecords().first { $0.id == "app" })
        #expect(before.priorityStation == "source" && before.status == "protected")
        #expect(before.runningProductionServers == 2 && before.unstoppedDRServers == 0 && before.servers == 4)
        try await store.powerOff("app-1-src", "app-2-src")
        _ = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 60)
        let after = try #require(try await store.groupRecords().first { $0.id == "app" })
        #expect(after.priorityStation == "target" && after.status == "protected")
        #expect(after.runningProductionServers == 0 && after.unstoppedDRServers == 0)
        #expect(try await store.groupRecords().map(\.id) == ["app", "bare", "stuck", "moved"])
    }
}
