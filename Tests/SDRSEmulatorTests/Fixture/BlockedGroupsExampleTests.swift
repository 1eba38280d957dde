// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

/// `examples/blocked-groups/cloud.yaml` must block each group for its stated reason.
@Suite struct BlockedGroupsExampleTests {
    private func storeAndGroups() async throws -> (EmulatorStore, [String: String]) {
        let path = FixtureLoadingTests.repositoryRoot.appendingPathComponent("examples/blocked-groups/cloud.yaml").path
        let fixture = try EmulatorFixture.load(path: path)
        let store = try EmulatorStore(
            configuration: EmulatorConfiguration(fixture: fixture, clock: .manual(start: TestCloud.start)))
        var ids: [String: String] = [:]
        for group in fixture.groups { ids[group.name] = group.id }
        // Stop every production server so only the group's own problem remains.
        for id in ids.values {
            let group = try await store.group(id)
            for server in await store.servers(of: group, inZone: group.currentProductionAvailabilityZone) {
                try await store.setServerPower(server.id, running: false)
            }
        }
        return (store, ids)
    }

    @Test(arguments: [
        ("no-pairs", "SDRS.1002"), ("error-stopping", "SDRS.1002"), ("in-progress", "SDRS.1002"),
        ("frozen", "SDRS.1314"),
    ])
    func refusesTheSwitch(_ name: String, _ code: String) async throws {
        let (store, ids) = try await storeAndGroups()
        let id = try #require(ids[name])
        #expect(await apiError { try await store.reverse(id, to: "target") }?.code == code)
    }

    @Test(arguments: ["deleted-server", "broken-link"])
    func acceptsTheSwitchButTheJobFails(_ name: String) async throws {
        let (store, ids) = try await storeAndGroups()
        let id = try #require(ids[name])
        let jobID = try await store.reverse(id, to: "target")
        try await store.advanceClock(by: 30)
        #expect(try await store.job(jobID).status == .fail)
        #expect(try await store.group(id).status == "error-reversing")
    }

    @Test func theSwitchInProgressHasARunningJob() async throws {
        let (store, ids) = try await storeAndGroups()
        let job = try await store.job("9a1c0e5b7d3f42e68b0c1d2e3f4a5b6c")
        #expect(job.status == .running)
        #expect(job.serverGroupID == ids["in-progress"])
        #expect(try await store.group(try #require(ids["in-progress"])).status == "reversing")
    }

    @Test func theHealthyGroupSwitches() async throws {
        let (store, ids) = try await storeAndGroups()
        let id = try #require(ids["healthy"])
        let jobID = try await store.reverse(id, to: "target")
        try await store.advanceClock(by: 30)
        #expect(try await store.job(jobID).status == .success)
    }

    @Test func theDeletedServerMakesItsInstanceInvalid() async throws {
        let (store, ids) = try await storeAndGroups()
        let page = try await store.listInstances(MemberListQuery(groupIDs: [try #require(ids["deleted-server"])]))
        #expect(page.items.map(\.instance.status).contains("invalid"))
    }
}
