// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct GroupActionTests {
    private func perform(_ action: GroupActionRequest, _ group: String, on store: EmulatorStore) async throws -> String
    {
        try await store.performGroupAction(
            action, groupID: group, request: TestCloud.request(.startFailoverProtectionGroup))
    }

    @Test func failoverMovesProductionAndStopsReplication() async throws {
        let store = try TestCloud.store()
        let jobID = try await perform(.failover, "app", on: store)
        #expect(try await store.group("app").status == "failing-over")
        #expect(try await store.job(jobID).jobType == "failoverProtectionGroupNoCG")
        try await store.advanceClock(by: 60)
        let group = try await store.group("app")
        #expect(group.status == "failed-over")
        #expect(group.priorityStation == "target")
        #expect(try await store.showReplication("app-1-pair").replicationStatus == "active-stopped")
    }

    @Test func failoverNeedsAnAllowedStatusAndPairs() async throws {
        let store = try TestCloud.store()
        #expect(await apiError { try await perform(.failover, "stuck", on: store) }?.code == "SDRS.1002")
        #expect(await apiError { try await perform(.failover, "bare", on: store) }?.code == "SDRS.1002")
    }

    @Test func reprotectNeedsDRSiteServersStopped() async throws {
        let store = try TestCloud.store()
        _ = try await perform(.failover, "app", on: store)
        try await store.advanceClock(by: 60)
        // After failover production is AZ b; the DR site is AZ a where app-*-src still run.
        let error = await apiError { try await perform(.start, "app", on: store) }
        #expect(error?.code == "SDRS.1342")
        try await store.powerOff("app-1-src", "app-2-src")
        let jobID = try await perform(.start, "app", on: store)
        #expect(try await store.job(jobID).jobType == "reprotectProtectionGroupNoCG")
        #expect(try await store.group("app").status == "reprotecting")
        try await store.advanceClock(by: 60)
        #expect(try await store.group("app").status == "protected")
        #expect(try await store.group("app").priorityStation == "target")
    }

    @Test func stopThenEnableProtection() async throws {
        let store = try TestCloud.store()
        let stopJob = try await perform(.stop, "app", on: store)
        let job = try await store.job(stopJob)
        #expect(job.jobType == "stopProtectionGroupNoCG")
        #expect(job.subJobs.map(\.jobType) == ["stopProtectionGroupRepNoCG", "stopProtectionGroupRepNoCG"])
        #expect(try await store.group("app").status == "stopping")
        try await store.advanceClock(by: 30)
        #expect(try await store.group("app").status == "available")
        #expect(try await store.job(stopJob).subJobs.allSatisfy { $0.status == .success })
        #expect(await apiError { try await perform(.stop, "app", on: store) }?.code == "SDRS.1002")
        let startJob = try await perform(.start, "app", on: store)
        #expect(try await store.job(startJob).jobType == "startProtectionGroupNoCG")
        #expect(try await store.group("app").status == "starting")
        try await store.advanceClock(by: 30)
        #expect(try await store.group("app").status == "protected")
    }

    @Test func stopIsAllowedFromErrorStopping() async throws {
        let store = try TestCloud.store()
        _ = try await perform(.stop, "stuck", on: store)
        try await store.advanceClock(by: 30)
        #expect(try await store.group("stuck").status == "available")
    }

    @Test func enableNeedsReplicationPairs() async throws {
        let store = try TestCloud.store()
        try await store.setGroupPriorityStation("bare", priorityStation: "source", status: "available")
        #expect(await apiError { try await perform(.start, "bare", on: store) }?.code == "SDRS.1002")
    }
}
