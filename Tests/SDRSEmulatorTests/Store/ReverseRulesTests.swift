// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct ReverseRulesTests {
    @Test func rejectsReverseWhileProductionServerRunsAndLogsIt() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-1-src")
        let error = await apiError { try await store.reverse("app", to: "target", requestID: "r-42") }
        #expect(error?.code == "SDRS.1319")
        #expect(error?.status == 400)
        #expect(error?.message.contains("app-2-src") == true)
        let log = try await store.invariantLog()
        #expect(log.count == 1)
        #expect(log.first?.kind == .reverseWithRunningProductionServer)
        #expect(log.first?.serverIDs == ["app-2-src"])
        #expect(log.first?.requestID == "r-42")
        #expect(log.first?.operation == "StartReverseProtectionGroup")
        #expect(try await store.group("app").status == "protected")
    }

    @Test func productionServerRunningCodeIsConfigurable() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.productionServerRunningCode = "SDRS.1352"
        let store = try TestCloud.store(behaviours: behaviours)
        #expect(await apiError { try await store.reverse("app", to: "target") }?.code == "SDRS.1352")
    }

    @Test func serverInPoweringOffStateCountsAsRunning() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-2-src")
        _ = try await store.performServerAction(
            .stop(hard: false, serverIDs: ["app-1-src"]), request: TestCloud.request(.batchStopServers))
        #expect(await store.server("app-1-src")?.taskState == "powering-off")
        #expect(await apiError { try await store.reverse("app", to: "target") }?.code == "SDRS.1319")
    }

    @Test func switchoverRunsForItsDurationThenFlipsOnlyPriorityStation() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-1-src", "app-2-src")
        let jobID = try await store.reverse("app", to: "target")
        #expect(jobID.count == 32)
        #expect(try await store.group("app").status == "reversing")
        #expect(try await store.showInstance("app-1").instance.status == "reversing")
        #expect(try await store.showReplication("app-1-pair").status == "reversing")
        var job = try await store.job(jobID)
        #expect(job.status == .running)
        #expect(job.jobType == "reverseProtectionGroupNoCG")
        #expect(job.serverGroupID == "app")

        try await store.advanceClock(by: 59)
        #expect(try await store.job(jobID).status == .running)
        try await store.advanceClock(by: 1)
        job = try await store.job(jobID)
        #expect(job.status == .success)
        #expect(job.endTime == TestCloud.start.addingTimeInterval(60))
        let group = try await store.group("app")
        #expect(group.status == "protected")
        #expect(group.priorityStation == "target")
        #expect(group.sourceAvailabilityZone == TestCloud.zoneA)
        #expect(group.targetAvailabilityZone == TestCloud.zoneB)
        let instance = try await store.showInstance("app-1").instance
        #expect(instance.priorityStation == "target")
        #expect(instance.status == "protected")
        #expect(instance.sourceServerID == "app-1-src")
        #expect(instance.targetServerID == "app-1-dst")
        #expect(try await store.showReplication("app-1-pair").priorityStation == "target")
        // Switchover starts no server.
        #expect(await store.server("app-1-dst")?.status == "SHUTOFF")
    }

    @Test func switchingBackUsesTheOtherSitesServers() async throws {
        let store = try TestCloud.store()
        // `moved` is at target: production servers are the -dst ones (running).
        #expect(await apiError { try await store.reverse("moved", to: "source") }?.code == "SDRS.1319")
        try await store.powerOff("moved-1-dst")
        let jobID = try await store.reverse("moved", to: "source")
        try await store.advanceClock(by: 60)
        #expect(try await store.job(jobID).status == .success)
        #expect(try await store.group("moved").priorityStation == "source")
    }

    @Test func rejectsReverseInWrongStatus() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("stuck-1-src")
        let error = await apiError { try await store.reverse("stuck", to: "target") }
        #expect(error?.code == "SDRS.1002")
        #expect(error?.status == 400)
    }

    @Test func retriesFromErrorReversing() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-1-src", "app-2-src")
        try await store.setGroupPriorityStation("app", priorityStation: "source", status: "error-reversing")
        let jobID = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 60)
        #expect(try await store.job(jobID).status == .success)
    }

    @Test func rejectsUnknownGroupWithSDRS1013() async throws {
        let store = try TestCloud.store()
        let error = await apiError { try await store.reverse("nope", to: "target") }
        #expect(error?.code == "SDRS.1013")
        #expect(error?.status == 400)
        #expect(error?.sdrsWrapperKey == "itemNotFound")
    }

    @Test(arguments: [nil, "", "primary", "SOURCE"])
    func rejectsInvalidPriorityStation(_ station: String?) async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-1-src", "app-2-src")
        #expect(await apiError { try await store.reverse("app", to: station) }?.code == "SDRS.0216")
    }

    @Test func blocksSwitchWhenGroupHasNoReplicationPairs() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("bare-1-src")
        #expect(await apiError { try await store.reverse("bare", to: "target") }?.code == "SDRS.1002")
    }

    @Test func noReplicationPairsCanFailTheJobInstead() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.reverseWithoutReplicationPairs = .failJob
        let store = try TestCloud.store(behaviours: behaviours)
        try await store.powerOff("bare-1-src")
        let jobID = try await store.reverse("bare", to: "target")
        try await store.advanceClock(by: 60)
        let job = try await store.job(jobID)
        #expect(job.status == .fail)
        #expect(job.errorCode == "SDRS.1029")
        #expect(try await store.group("bare").status == "error-reversing")
        #expect(try await store.group("bare").priorityStation == "source")
    }

    @Test func reverseToCurrentStationIsRejectedByDefault() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-1-src", "app-2-src")
        #expect(await apiError { try await store.reverse("app", to: "source") }?.code == "SDRS.0216")
    }

    @Test func reverseToCurrentStationCanBeAStateError() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.reverseToCurrentStation = .rejectState
        let store = try TestCloud.store(behaviours: behaviours)
        try await store.powerOff("app-1-src", "app-2-src")
        #expect(await apiError { try await store.reverse("app", to: "source") }?.code == "SDRS.1002")
    }

    @Test func reverseToCurrentStationCanBeANoOp() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.reverseToCurrentStation = .acceptAsNoOp
        let store = try TestCloud.store(behaviours: behaviours)
        try await store.powerOff("app-1-src", "app-2-src")
        let jobID = try await store.reverse("app", to: "source")
        try await store.advanceClock(by: 60)
        #expect(try await store.job(jobID).status == .success)
        #expect(try await store.group("app").priorityStation == "source")
        #expect(try await store.group("app").status == "protected")
    }

    @Test func secondReverseWhileReversingIsRejectedAndLogged() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-1-src", "app-2-src")
        _ = try await store.reverse("app", to: "target")
        #expect(
            await apiError { try await store.reverse("app", to: "target", requestID: "second") }?.code == "SDRS.1002")
        let log = try await store.invariantLog()
        #expect(log.map(\.kind) == [.reverseWhileReversing])
        #expect(log.first?.requestID == "second")
    }

    @Test func frozenInstanceBlocksSwitch() async throws {
        var fixture = TestCloud.fixture()
        fixture.protectedInstances[0].frozen = true
        let store = try TestCloud.store(fixture)
        try await store.powerOff("app-1-src", "app-2-src")
        #expect(await apiError { try await store.reverse("app", to: "target") }?.code == "SDRS.1314")
    }

    @Test func lockedProductionServerBlocksSwitch() async throws {
        var fixture = TestCloud.fixture()
        fixture.servers[0].locked = true
        let store = try TestCloud.store(fixture)
        try await store.powerOff("app-1-src", "app-2-src")
        #expect(await apiError { try await store.reverse("app", to: "target") }?.code == "SDRS.1357")
    }
}
