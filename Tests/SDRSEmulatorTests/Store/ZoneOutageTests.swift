// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

/// An availability-zone outage, and the invariant log's rules for failover and re-protect.
@Suite struct ZoneOutageTests {
    private func perform(_ action: GroupActionRequest, _ group: String, on store: EmulatorStore) async throws -> String {
        try await store.performGroupAction(action, groupID: group, request: TestCloud.request(.startFailoverProtectionGroup))
    }

    @Test func aZoneOutageMakesItsServersUnknownAndTheyComeBackShutOff() async throws {
        let store = try TestCloud.store()
        try await store.setZoneOutage(TestCloud.zoneA, down: true)
        let down = try await store.showServer("app-1-src")
        #expect(down.status == "UNKNOWN" && down.powerState == 0)
        #expect(try await store.showServer("app-1-dst").status == "SHUTOFF")
        #expect(try await store.zonesDown() == [TestCloud.zoneA])
        // A switchover needs the production servers shut down: refused.
        #expect(await apiError { try await perform(.reverse(priorityStation: "target"), "app", on: store) } != nil)
        // A failover works, and starting the new production is no split brain.
        _ = try await perform(.failover, "app", on: store)
        try await store.advanceClock(by: 60)
        #expect(try await store.group("app").status == "failed-over")
        // Re-protect is refused while the old site is unreachable (SDRS.1342) and logged.
        #expect(await apiError { try await perform(.start, "app", on: store) }?.code == "SDRS.1342")
        #expect(try await store.invariantLog().map(\.kind).contains(.reprotectWithRunningServer) == false)
        try await store.setZoneOutage(TestCloud.zoneA, down: false)
        #expect(try await store.showServer("app-1-src").status == "SHUTOFF")
        #expect(try await store.zonesDown().isEmpty)
        _ = try await perform(.start, "app", on: store)
        try await store.advanceClock(by: 60)
        #expect(try await store.group("app").status == "protected")
        #expect(try await store.invariantLog().isEmpty)
    }

    @Test func anUnknownZoneIsRefused() async throws {
        let store = try TestCloud.store()
        #expect(await apiError { try await store.setZoneOutage("xx-nowhere-1z", down: true) }?.status == 404)
    }

    @Test func theLogRecordsAReprotectWithARunningServerAndASecondGroupCall() async throws {
        let store = try TestCloud.store()
        _ = try await perform(.failover, "app", on: store)
        #expect(await apiError { try await perform(.failover, "app", on: store) } != nil)
        try await store.advanceClock(by: 60)
        // app-*-src still run at the site re-protect would overwrite.
        #expect(await apiError { try await perform(.start, "app", on: store) }?.code == "SDRS.1342")
        #expect(await apiError { try await perform(.failover, "bare", on: store) } != nil)
        let kinds = try await store.invariantLog().map(\.kind)
        #expect(kinds.contains(.groupCallWhileInTransition))
        #expect(kinds.contains(.reprotectWithRunningServer))
        #expect(kinds.contains(.failoverWithoutReplicationPairs))
    }
}
