// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct QueryTests {
    @Test func listsGroupsWithPagingAndFilters() async throws {
        let store = try TestCloud.store()
        let all = try await store.listGroups(GroupListQuery())
        #expect(all.items.map(\.group.id) == ["app", "bare", "stuck", "moved"])
        #expect(all.total == 4)
        #expect(all.items.first?.instanceCount == 2)
        #expect(all.items.first?.replicationCount == 2)
        #expect(all.items[1].replicationCount == 0)
        let page = try await store.listGroups(GroupListQuery(paging: SDRSPaging(limit: 2, offset: 1)))
        #expect(page.items.map(\.group.id) == ["bare", "stuck"])
        #expect(page.total == 4)
        #expect(try await store.listGroups(GroupListQuery(paging: SDRSPaging(limit: 2, offset: 9))).items.isEmpty)
        #expect(try await store.listGroups(GroupListQuery(status: "error-stopping")).items.map(\.group.id) == ["stuck"])
        #expect(try await store.listGroups(GroupListQuery(name: "AR")).items.map(\.group.id) == ["bare"])
        #expect(
            try await store.listGroups(GroupListQuery(availabilityZone: TestCloud.zoneB)).items.map(\.group.id) == [
                "moved"
            ])
        #expect(
            try await store.listGroups(GroupListQuery(queryType: "status_abnormal")).items.map(\.group.id) == ["stuck"])
        #expect(await apiError { try await store.listGroups(GroupListQuery(status: "sleeping")) }?.code == "SDRS.0209")
    }

    @Test func listsInstancesByGroupIDs() async throws {
        let store = try TestCloud.store()
        let byGroups = try await store.listInstances(MemberListQuery(groupIDs: ["moved", "app", "unknown"]))
        #expect(byGroups.items.map(\.instance.id) == ["moved-1", "app-1", "app-2"])
        let byIDs = try await store.listInstances(MemberListQuery(instanceIDs: ["app-2", "nope"]))
        #expect(byIDs.items.map(\.instance.id) == ["app-2"])
        #expect(byIDs.items.first?.attachments.first?.replicationID == "app-2-pair")
        let override = try await store.listInstances(MemberListQuery(groupIDs: ["bare"], instanceIDs: ["app-1"]))
        #expect(override.items.map(\.instance.id) == ["bare-1"])
        let zone = try await store.listInstances(MemberListQuery(availabilityZone: TestCloud.zoneB))
        #expect(zone.items.map(\.instance.id) == ["moved-1"])
    }

    @Test func listsReplicationsByGroupAndInstance() async throws {
        let store = try TestCloud.store()
        #expect(
            try await store.listReplications(MemberListQuery(groupIDs: ["app"])).items.map(\.id) == [
                "app-1-pair", "app-2-pair",
            ])
        #expect(
            try await store.listReplications(MemberListQuery(instanceIDs: ["moved-1"])).items.map(\.id) == [
                "moved-1-pair"
            ])
        #expect(try await store.listReplications(MemberListQuery()).total == 4)
    }

    @Test func listsServersByPageNumber() async throws {
        let store = try TestCloud.store()
        let first = try await store.listServers(ServerListQuery(page: 1, limit: 3))
        #expect(first.total == 10)
        #expect(first.items.count == 3)
        let second = try await store.listServers(ServerListQuery(page: 2, limit: 3))
        #expect(
            second.items == [
                .server(try #require(await store.server("app-2-dst"))),
                .server(try #require(await store.server("bare-1-src"))),
                .server(try #require(await store.server("bare-1-dst"))),
            ])
        #expect(try await store.listServers(ServerListQuery(page: 4, limit: 3)).items.count == 1)
        #expect(try await store.listServers(ServerListQuery(page: 5, limit: 3)).items.isEmpty)
    }

    @Test func filtersServersByIDNameAndStatus() async throws {
        let store = try TestCloud.store()
        try await store.deleteServer("bare-1-dst")
        let byID = try await store.listServers(
            ServerListQuery(status: "SHUTOFF", serverIDs: ["app-1-src", "ghost", "bare-1-dst"]))
        #expect(byID.items.count == 3)
        #expect(byID.items[1] == ServerListEntry.missing(id: "ghost"))
        #expect(byID.items[2] == ServerListEntry.missing(id: "bare-1-dst"))
        let shutoff = try await store.listServers(ServerListQuery(limit: 100, status: "SHUTOFF"))
        #expect(shutoff.total == 4)
        let named = try await store.listServers(ServerListQuery(limit: 100, name: "ap.-1"))
        #expect(named.total == 2)
        #expect(try await store.listServers(ServerListQuery(limit: 100)).total == 9)
        #expect(try await store.listServers(ServerListQuery(limit: 100, status: "DELETED")).total == 1)
    }

    @Test func statusFilterIncludesIntermediateStates() {
        #expect(EmulatorStore.statusFilter("ACTIVE", matches: "REBOOT"))
        #expect(EmulatorStore.statusFilter("ACTIVE", matches: "RESIZE"))
        #expect(EmulatorStore.statusFilter("SHUTOFF", matches: "REBUILD"))
        #expect(EmulatorStore.statusFilter("ERROR", matches: "REBUILD"))
        #expect(EmulatorStore.statusFilter("VERIFY_RESIZE", matches: "REVERT_RESIZE"))
        #expect(!EmulatorStore.statusFilter("SHUTOFF", matches: "ACTIVE"))
        #expect(EmulatorStore.wildcardContains("erp-db-1", pattern: "db-."))
        #expect(!EmulatorStore.wildcardContains("erp-db-1", pattern: "db-2"))
    }
}
