// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct ServerPowerTests {
    private func stop(_ ids: [String], hard: Bool = false, on store: EmulatorStore) async throws -> String {
        try await store.performServerAction(
            .stop(hard: hard, serverIDs: ids), request: TestCloud.request(.batchStopServers))
    }

    private func start(_ ids: [String], on store: EmulatorStore) async throws -> String {
        try await store.performServerAction(.start(serverIDs: ids), request: TestCloud.request(.batchStartServers))
    }

    @Test func softStopPassesThroughPoweringOff() async throws {
        let store = try TestCloud.store()
        let jobID = try await stop(["app-1-src", "app-2-src"], on: store)
        let server = try #require(await store.server("app-1-src"))
        #expect(server.status == "ACTIVE")
        #expect(server.taskState == "powering-off")
        #expect(server.powerState == 1)
        var job = try await store.job(jobID)
        #expect(job.service == .ecs)
        #expect(job.status == .running)
        #expect(job.subJobs.map(\.serverID) == ["app-1-src", "app-2-src"])
        try await store.advanceClock(by: 20)
        let stopped = try #require(await store.server("app-1-src"))
        #expect(stopped.status == "SHUTOFF")
        #expect(stopped.taskState == nil)
        #expect(stopped.powerState == 4)
        job = try await store.job(jobID)
        #expect(job.status == .success)
        #expect(job.subJobs.allSatisfy { $0.status == .success })
    }

    @Test func hardStopIsFaster() async throws {
        let store = try TestCloud.store()
        let jobID = try await stop(["app-1-src"], hard: true, on: store)
        try await store.advanceClock(by: 5)
        #expect(try await store.job(jobID).status == .success)
    }

    @Test func startPassesThroughPoweringOn() async throws {
        let store = try TestCloud.store()
        let jobID = try await start(["app-1-dst"], on: store)
        let server = try #require(await store.server("app-1-dst"))
        #expect(server.status == "SHUTOFF")
        #expect(server.taskState == "powering-on")
        #expect(server.powerState == 4)
        try await store.advanceClock(by: 30)
        #expect(await store.server("app-1-dst")?.status == "ACTIVE")
        #expect(try await store.job(jobID).status == .success)
    }

    @Test func startingADRSiteServerOfAProtectedGroupIsLogged() async throws {
        let store = try TestCloud.store()
        _ = try await start(["app-1-dst"], on: store)
        let log = try await store.invariantLog()
        // Production (the source servers) runs, so this start would also run both sites.
        #expect(log.map(\.kind) == [.bothSitesRunning, .powerOnAtDRSite])
        #expect(log.first?.serverIDs == ["app-1-dst", "app-1-src", "app-2-src"])
        #expect(log.last?.serverIDs == ["app-1-dst"])
    }

    @Test func startingAServerWhileTheOtherSiteIsShutDownIsNotBothSitesRunning() async throws {
        let store = try TestCloud.store()
        _ = try await stop(["app-1-src", "app-2-src"], on: store)
        try await store.advanceClock(by: 300)
        _ = try await start(["app-1-dst"], on: store)
        #expect(try await store.invariantLog().map(\.kind) == [.powerOnAtDRSite])
    }

    @Test func softStopCanHangForOneServerAndHardStopRescuesIt() async throws {
        var fixture = TestCloud.fixture()
        fixture.servers[0].softStopHangs = true
        let store = try TestCloud.store(fixture)
        let soft = try await stop(["app-1-src", "app-2-src"], on: store)
        try await store.advanceClock(by: 3600)
        #expect(await store.server("app-1-src")?.taskState == "powering-off")
        #expect(await store.server("app-2-src")?.status == "SHUTOFF")
        var job = try await store.job(soft)
        #expect(job.status == .running)
        #expect(job.subJobs.map(\.status) == [.running, .success])
        let hard = try await stop(["app-1-src"], hard: true, on: store)
        try await store.advanceClock(by: 5)
        #expect(await store.server("app-1-src")?.status == "SHUTOFF")
        #expect(try await store.job(hard).status == .success)
        job = try await store.job(soft)
        #expect(job.status == .success)
    }

    @Test func softStopCanHangGlobally() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.softStopHangs = true
        let store = try TestCloud.store(behaviours: behaviours)
        let jobID = try await stop(["app-1-src"], on: store)
        try await store.advanceClock(by: 86_400)
        #expect(try await store.job(jobID).status == .running)
    }

    @Test func softStopHangFaultAppliesToTheNamedServerOnce() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .softStopHang, count: 1, serverID: "app-2-src"))
        let jobID = try await stop(["app-1-src", "app-2-src"], on: store)
        try await store.advanceClock(by: 60)
        #expect(try await store.job(jobID).subJobs.map(\.status) == [.success, .running])
        #expect(await store.faults().isEmpty)
    }

    @Test func actionsOnServersAlreadyInTheTargetStateSucceedByDefault() async throws {
        let store = try TestCloud.store()
        let stopJob = try await stop(["app-1-dst"], on: store)
        #expect(try await store.job(stopJob).status == .success)
        let startJob = try await start(["app-1-src"], on: store)
        #expect(try await store.job(startJob).status == .success)
    }

    @Test func actionsOnServersAlreadyInTheTargetStateCanFail() async throws {
        var behaviours = EmulatorBehaviours()
        behaviours.powerActionInTargetState = .failSubJob
        let store = try TestCloud.store(behaviours: behaviours)
        let jobID = try await stop(["app-1-dst", "app-1-src"], on: store)
        try await store.advanceClock(by: 20)
        let job = try await store.job(jobID)
        #expect(job.status == .fail)
        #expect(job.subJobs.map(\.status) == [.fail, .success])
        #expect(job.subJobs[0].errorCode == "Ecs.0100")
        #expect(job.subJobs[0].errorcodeMessage?.hasPrefix("Ecs.0100") == true)
    }

    @Test func startingAServerThatIsPoweringOffFailsItsSubJob() async throws {
        let store = try TestCloud.store()
        _ = try await stop(["app-1-src"], on: store)
        let jobID = try await start(["app-1-src"], on: store)
        #expect(try await store.job(jobID).status == .fail)
    }

    @Test func refusesFrozenLockedAndMissingServersAsAWhole() async throws {
        var fixture = TestCloud.fixture()
        fixture.servers[0].frozen = true
        fixture.servers[2].locked = true
        let store = try TestCloud.store(fixture)
        let frozen = await apiError { try await stop(["app-1-src", "app-2-src"], on: store) }
        #expect(frozen?.code == "Ecs.0003")
        #expect(frozen?.status == 403)
        #expect(frozen?.shape == .ecs)
        #expect(frozen?.details.first?.message.contains("app-1-src") == true)
        #expect(await store.server("app-2-src")?.taskState == nil)
        #expect(await apiError { try await stop(["app-2-src"], on: store) }?.code == "Ecs.0605")
        let missing = await apiError { try await start(["ghost"], on: store) }
        #expect(missing?.code == "Ecs.0114")
        #expect(missing?.status == 404)
        #expect(await apiError { try await stop([], on: store) }?.code == "Ecs.0005")
    }

    @Test func deletedServersAreNotFound() async throws {
        let store = try TestCloud.store()
        try await store.deleteServer("app-1-dst")
        #expect(await apiError { try await store.showServer("app-1-dst") }?.code == "Ecs.0114")
        #expect(await apiError { try await start(["app-1-dst"], on: store) }?.code == "Ecs.0114")
    }
}
