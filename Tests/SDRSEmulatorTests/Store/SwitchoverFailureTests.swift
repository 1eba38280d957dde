// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct SwitchoverFailureTests {
    private func reversingStore(_ fixture: EmulatorFixture = TestCloud.fixture()) async throws -> (
        EmulatorStore, String
    ) {
        let store = try TestCloud.store(fixture)
        try await store.powerOff("app-1-src", "app-2-src")
        let jobID = try await store.reverse("app", to: "target")
        return (store, jobID)
    }

    @Test(arguments: ["app-1-src", "app-2-dst"])
    func poweringOnAnyServerDuringReverseFailsTheJob(_ serverID: String) async throws {
        let (store, jobID) = try await reversingStore()
        _ = try await store.performServerAction(
            .start(serverIDs: [serverID]), request: TestCloud.request(.batchStartServers, id: "start-1"))
        let log = try await store.invariantLog()
        #expect(log.map(\.kind) == [.powerOnDuringReversing])
        #expect(log.first?.serverIDs == [serverID])
        #expect(log.first?.groupID == "app")
        try await store.advanceClock(by: 60)
        let job = try await store.job(jobID)
        #expect(job.status == .fail)
        #expect(job.errorCode == "SDRS.1029")
        #expect(job.failReason?.contains(serverID) == true)
        let group = try await store.group("app")
        #expect(group.status == "error-reversing")
        #expect(group.priorityStation == "source")
        #expect(try await store.showInstance("app-1").instance.status == "error-reversing")
    }

    @Test func outOfBandPowerOnAlsoFailsTheJob() async throws {
        let (store, jobID) = try await reversingStore()
        try await store.setServerPower("app-1-dst", running: true)
        try await store.advanceClock(by: 60)
        #expect(try await store.job(jobID).status == .fail)
        // The console is not a client: nothing is logged.
        #expect(try await store.invariantLog().isEmpty)
    }

    @Test func deletedServerFailsTheSwitchAndBreaksTheGroupForGood() async throws {
        let (store, jobID) = try await reversingStore()
        try await store.deleteServer("app-2-dst")
        #expect(try await store.showInstance("app-2").instance.status == "invalid")
        try await store.advanceClock(by: 60)
        let job = try await store.job(jobID)
        #expect(job.status == .fail)
        #expect(job.failReason?.contains("deleted") == true)
        #expect(try await store.group("app").status == "error-reversing")
        #expect(try await store.showInstance("app-2").instance.status == "invalid")
        // A retry from error-reversing is accepted but fails again.
        let retry = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 60)
        #expect(try await store.job(retry).status == .fail)
        #expect(try await store.group("app").priorityStation == "source")
    }

    @Test func brokenReplicationLinkFailsTheSwitch() async throws {
        var fixture = TestCloud.fixture()
        fixture.replications[1].faultLevel = "5"
        let (store, jobID) = try await reversingStore(fixture)
        try await store.advanceClock(by: 60)
        let job = try await store.job(jobID)
        #expect(job.status == .fail)
        #expect(job.failReason?.contains("app-2-pair") == true)
    }

    @Test func injectedFailureFailsTheNextReverseOnly() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .reverseJobFailure, count: 1, errorCode: "SDRS.1823", groupID: "app"))
        try await store.powerOff("app-1-src", "app-2-src")
        let first = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 60)
        #expect(try await store.job(first).status == .fail)
        #expect(try await store.job(first).errorCode == "SDRS.1823")
        #expect(await store.faults().isEmpty)
        let second = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 60)
        #expect(try await store.job(second).status == .success)
    }

    @Test func injectedFailureForAnotherGroupDoesNotApply() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .reverseJobFailure, groupID: "moved"))
        try await store.powerOff("app-1-src", "app-2-src")
        let jobID = try await store.reverse("app", to: "target")
        try await store.advanceClock(by: 60)
        #expect(try await store.job(jobID).status == .success)
    }

    @Test func fixtureJobKeepsAGroupReversing() async throws {
        var fixture = TestCloud.fixture()
        fixture.groups[0].status = "reversing"
        fixture.jobs = [
            .init(id: "0000000062db92d70162db9d200f002d", group: "app", action: "reverse", remainingSeconds: 600)
        ]
        let store = try TestCloud.store(fixture)
        let job = try await store.job("0000000062db92d70162db9d200f002d")
        #expect(job.status == .running)
        #expect(job.jobType == "reverseProtectionGroupNoCG")
        try await store.advanceClock(by: 600)
        #expect(try await store.job(job.id).status == .success)
        #expect(try await store.group("app").priorityStation == "target")
    }
}
