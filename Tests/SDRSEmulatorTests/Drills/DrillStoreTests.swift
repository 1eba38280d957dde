// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct DrillStoreTests {
    static let create = TestCloud.request(.createDisasterRecoveryDrill)
    static let delete = TestCloud.request(.deleteDisasterRecoveryDrill)

    private func createDrill(
        _ store: EmulatorStore, group: String = "app", name: String = "drill-1", vpc: String? = nil
    ) async throws -> (jobID: String, drill: EmulatedDrill) {
        let jobID = try await store.createDrill(
            DrillCreateRequest(name: name, groupID: group, drillVPCID: vpc), info: Self.create)
        let job = try await store.job(jobID)
        let drill = try await store.showDrill(try #require(job.drillAction?.drillID))
        return (jobID, drill)
    }

    @Test func aDrillIsCreatingUntilItsTimeIsUpThenAvailableWithOneServerPerInstanceAtTheDRSite() async throws {
        let store = try TestCloud.store()
        let (jobID, drill) = try await createDrill(store)
        #expect(drill.status == "creating" && drill.drillServers.isEmpty)
        #expect(try await store.job(jobID).jobType == "createDisasterRecoveryDrill")
        #expect(try await store.group("app").drillCount == 1)
        try await store.advanceClock(by: 599)
        #expect(try await store.showDrill(drill.id).status == "creating")
        try await store.advanceClock(by: 1)
        let available = try await store.showDrill(drill.id)
        #expect(available.status == "available")
        #expect(available.drillServers.map(\.protectedInstanceID) == ["app-1", "app-2"])
        #expect(try await store.job(jobID).status == .success)
        for link in available.drillServers {
            let server = try await store.showServer(link.serverID)
            #expect(server.availabilityZone == TestCloud.zoneB)
            #expect(server.status == "ACTIVE" && server.vpcID == available.drillVPCID)
            #expect(!["app-1-src", "app-1-dst", "app-2-src", "app-2-dst"].contains(server.id))
        }
        let listed = try await store.listServers(ServerListQuery())
        #expect(listed.total == TestCloud.fixture().servers.count + 2)
    }

    @Test func aDrillNeverChangesProductionOrTheDRTwinsAndBreaksNoInvariant() async throws {
        let store = try TestCloud.store()
        let before = try await store.groupRecords()
        let (_, drill) = try await createDrill(store)
        try await store.advanceClock(by: 600)
        _ = try await store.deleteDrill(drill.id, info: Self.delete)
        try await store.advanceClock(by: 60)
        #expect(try await store.groupRecords() == before)
        #expect(await store.server("app-1-dst")?.status == "SHUTOFF")
        #expect(try await store.invariantLog().isEmpty)
    }

    @Test func deletingRemovesTheDrillAndItsServers() async throws {
        let store = try TestCloud.store()
        let (_, drill) = try await createDrill(store)
        try await store.advanceClock(by: 600)
        let servers = try await store.showDrill(drill.id).drillServers.map(\.serverID)
        let jobID = try await store.deleteDrill(drill.id, info: Self.delete)
        #expect(try await store.showDrill(drill.id).status == "deleting")
        #expect(try await store.job(jobID).jobType == "deleteDisasterRecoveryDrill")
        try await store.advanceClock(by: 60)
        #expect(await apiError { try await store.showDrill(drill.id) }?.code == "SDRS.1902")
        for id in servers {
            #expect(await apiError { try await store.showServer(id) }?.code == "Ecs.0114")
        }
        #expect(try await store.group("app").drillCount == 0)
        #expect(try await store.drillRecords().isEmpty)
    }

    @Test func createIsRefusedForUnknownGroupsTransitionalGroupsAndConflictingVPCs() async throws {
        let store = try TestCloud.store()
        #expect(await apiError { try await createDrill(store, group: "ghost") }?.code == "SDRS.1013")
        try await store.powerOff("app-1-src", "app-2-src")
        _ = try await store.reverse("app", to: "target")
        #expect(await apiError { try await createDrill(store, group: "app") }?.code == "SDRS.1002")
        let group = try await store.group("bare")
        #expect(await apiError { try await createDrill(store, group: "bare", vpc: group.sourceVPCID) }?.code == "SDRS.1907")
        _ = try await createDrill(store, group: "bare", vpc: "vpc-drill")
        #expect(await apiError { try await createDrill(store, group: "moved", vpc: "vpc-drill") }?.code == "SDRS.1921")
        // `error-stopping` is one of the documented statuses that allow a drill.
        _ = try await createDrill(store, group: "stuck")
    }

    @Test func deleteIsRefusedWhileCreatingOrDeletingAndUnknownDrillsAreNotFound() async throws {
        let store = try TestCloud.store()
        let (_, drill) = try await createDrill(store)
        #expect(await apiError { try await store.deleteDrill(drill.id, info: Self.delete) }?.code == "SDRS.1913")
        try await store.advanceClock(by: 600)
        _ = try await store.deleteDrill(drill.id, info: Self.delete)
        #expect(await apiError { try await store.deleteDrill(drill.id, info: Self.delete) }?.code == "SDRS.1913")
        let missing = await apiError { try await store.deleteDrill("nope", info: Self.delete) }
        #expect(missing?.code == "SDRS.1902" && missing?.status == 404)
        #expect(await apiError { try await store.renameDrill("nope", to: "x") }?.code == "SDRS.1902")
    }

    @Test func injectedJobFailuresLeaveTheDrillInErrorOrErrorDeletingWhichCanBeDeletedAgain() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .drillJobFailure, operation: .createDisasterRecoveryDrill, count: 1))
        let (createJob, drill) = try await createDrill(store)
        try await store.advanceClock(by: 600)
        #expect(try await store.showDrill(drill.id).status == "error")
        let failed = try await store.job(createJob)
        #expect(failed.status == .fail && failed.errorCode == "SDRS.1922")
        try await store.addFault(FaultRule(kind: .drillJobFailure, operation: .deleteDisasterRecoveryDrill, count: 1))
        let deleteJob = try await store.deleteDrill(drill.id, info: Self.delete)
        try await store.advanceClock(by: 60)
        #expect(try await store.showDrill(drill.id).status == "error-deleting")
        #expect(try await store.job(deleteJob).errorCode == "SDRS.1923")
        _ = try await store.deleteDrill(drill.id, info: Self.delete)
        try await store.advanceClock(by: 60)
        #expect(try await store.drillRecords().isEmpty)
        #expect(await store.faults().isEmpty)
    }

    @Test func aDrillJobFailureRuleOnlyAppliesToDrillOperations() {
        #expect(FaultRule(kind: .drillJobFailure, operation: .showServer).validationProblem != nil)
        #expect(FaultRule(kind: .drillJobFailure, operation: .deleteDisasterRecoveryDrill).validationProblem == nil)
        #expect(FaultRule(kind: .drillJobFailure).validationProblem == nil)
    }

    @Test func listFiltersByGroupNameStatusAndVPCAndPages() async throws {
        let store = try TestCloud.store()
        _ = try await createDrill(store, group: "app", name: "alpha", vpc: "vpc-a")
        _ = try await createDrill(store, group: "bare", name: "beta", vpc: "vpc-b")
        try await store.advanceClock(by: 600)
        _ = try await createDrill(store, group: "app", name: "alphabet", vpc: "vpc-c")
        func names(_ query: DrillListQuery) async throws -> [String] {
            try await store.listDrills(query).items.map(\.name)
        }
        #expect(try await names(DrillListQuery(groupID: "app")) == ["alpha", "alphabet"])
        #expect(try await names(DrillListQuery(name: "ALPHA")) == ["alpha", "alphabet"])
        #expect(try await names(DrillListQuery(status: "creating")) == ["alphabet"])
        #expect(try await names(DrillListQuery(drillVPCID: "vpc-b")) == ["beta"])
        let page = try await store.listDrills(DrillListQuery(paging: SDRSPaging(limit: 1, offset: 1)))
        #expect(page.items.map(\.name) == ["beta"] && page.total == 3)
        #expect(await apiError { try await store.listDrills(DrillListQuery(status: "running")) }?.code == "SDRS.0209")
    }

    @Test func drillsAndTheirRunningJobsSurviveARestart() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("drill-state-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        let (_, drill) = try await createDrill(first)
        try await first.advanceClock(by: 300)
        let second = try EmulatorStore(configuration: TestCloud.configuration(stateFile: path))
        #expect(try await second.showDrill(drill.id).status == "creating")
        try await second.advanceClock(by: 300)
        #expect(try await second.showDrill(drill.id).drillServers.count == 2)
        #expect(try await second.group("app").drillCount == 1)
    }

    @Test func drillTimingsComeFromTheFixture() async throws {
        var fixture = TestCloud.fixture()
        fixture.timings.drillCreateSeconds = 5
        let store = try TestCloud.store(fixture)
        let (_, drill) = try await createDrill(store)
        try await store.advanceClock(by: 5)
        #expect(try await store.showDrill(drill.id).status == "available")
    }
}

@Suite struct DrillTriggerTests {
    @Test func aTriggerFiresAfterTheFirstAcceptedDrillCreate() async throws {
        let store = try TestCloud.store()
        _ = try await store.addTrigger(
            EmulatorTrigger(operation: .createDisasterRecoveryDrill, whenGroupID: "app", action: .powerOff, serverID: "app-1-src"))
        _ = try await store.createDrill(
            DrillCreateRequest(name: "d", groupID: "bare", drillVPCID: nil), info: DrillStoreTests.create)
        #expect(await store.server("app-1-src")?.status == "ACTIVE")
        _ = try await store.createDrill(
            DrillCreateRequest(name: "d", groupID: "app", drillVPCID: nil), info: DrillStoreTests.create)
        #expect(await store.server("app-1-src")?.status == "SHUTOFF")
        #expect(await store.firedTriggers().count == 1)
    }
}
