// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct DriftDetectorTests {
    func verdict(_ live: LiveState, activeSite: ActiveSite = .target, name: String = "erp-db") -> GroupDrift? {
        let desired = SampleState.desired([SampleState.declare(name, activeSite: activeSite)])
        return DriftDetector.detect(desired: desired, live: live).groups.first
    }

    @Test func productionAtTheDeclaredSiteIsInSync() throws {
        let drift = try #require(verdict(SampleState.group("erp-db", priority: .target)))
        #expect(drift.state == .inSync)
        #expect(drift.reasons.isEmpty)
        #expect(drift.since == nil)
        #expect(drift.liveSite == .target && drift.liveAvailabilityZone == SampleState.targetZone)
    }

    @Test func productionAtTheOtherSiteIsDriftedSinceUpdatedAt() throws {
        var live = SampleState.group("erp-db", priority: .source)
        live.updateGroup("grp-erp-db") { $0.updatedAt = "2026-03-02T08:15:00Z" }
        let drift = try #require(verdict(live))
        #expect(drift.state == .drifted)
        #expect(drift.since == "2026-03-02T08:15:00Z")
        #expect(drift.reasons.map(\.code) == ["active-site-differs"])
        #expect(drift.desiredSite == .target && drift.liveSite == .source)
    }

    @Test func anAvailabilityZoneNameResolvesThroughTheDiffer() throws {
        let drift = try #require(verdict(SampleState.group("erp-db", priority: .target), activeSite: .availabilityZone(SampleState.targetZone)))
        #expect(drift.state == .inSync)
        let wrong = try #require(verdict(SampleState.group("erp-db", priority: .target), activeSite: .availabilityZone("cn-north-4z")))
        #expect(wrong.state == .missing)
        #expect(wrong.reasons.map(\.code) == ["invalid-declaration"])
    }

    @Test(arguments: ["reversing", "failing-over", "reprotecting"])
    func transientStatusesAreInProgress(status: String) throws {
        let drift = try #require(verdict(SampleState.group("erp-db", status: status, priority: .source)))
        #expect(drift.state == .inProgress)
        #expect(drift.reasons.map(\.code).contains("active-site-differs"))
    }

    @Test(arguments: ["error-reversing", "failed-over", "available", "error-failing-over", "mystery"])
    func brokenStatusesAreDegradedEvenAtTheRightSite(status: String) throws {
        let drift = try #require(verdict(SampleState.group("erp-db", status: status, priority: .target)))
        #expect(drift.state == .degraded)
        #expect(!drift.reasons.isEmpty)
    }

    @Test func degradedOutranksInProgress() throws {
        var live = SampleState.group("erp-db", status: "reversing", priority: .source)
        live.servers.removeAll { $0.id == "srv-erp-db-01-b" }
        let drift = try #require(verdict(live))
        #expect(drift.state == .degraded)
        #expect(drift.reasons.map(\.code) == ["switchover-in-progress", "active-site-differs", "server-missing"])
    }

    @Test func replicationAndInstanceFaultsAreDegraded() throws {
        var broken = SampleState.group("erp-db", priority: .target)
        broken.updateReplication("rep-erp-db-01") { $0.faultLevel = "5" }
        #expect(verdict(broken)?.reasons.map(\.code) == ["replication-broken"])
        var invalid = SampleState.group("erp-db", priority: .target)
        invalid.updateInstance("ins-erp-db-1") { $0.status = "invalid" }
        #expect(verdict(invalid)?.state == .degraded)
        var unknown = SampleState.group("erp-db", priority: nil)
        unknown.updateGroup("grp-erp-db") { $0.priorityStation = nil }
        #expect(verdict(unknown)?.reasons.map(\.code) == ["priority-station-unknown"])
    }

    @Test func unresolvedDeclarationsAreMissingWithTheirReason() throws {
        let live = SampleState.group("twin", id: "grp-twin-1") + SampleState.group("twin", id: "grp-twin-2")
        let ambiguous = try #require(verdict(live, name: "twin"))
        #expect(ambiguous.state == .missing)
        #expect(ambiguous.reasons.first?.code == "ambiguous")
        #expect(ambiguous.reasons.first?.message.contains("grp-twin-1, grp-twin-2") == true)
        let gone = try #require(verdict(live, name: "gone"))
        #expect(gone.reasons.map(\.code) == ["not-found"])
    }

    @Test func unmanagedGroupsAreListedButNeverDrift() {
        let live = SampleState.group("erp-db", priority: .target) + SampleState.group("legacy", priority: .source)
        let report = DriftDetector.detect(desired: SampleState.desired([SampleState.declare("erp-db")]), live: live)
        #expect(report.unmanaged.map(\.address) == ["legacy"])
        #expect(report.summary.unmanaged == 1)
        #expect(!report.driftFound)
        #expect(ExitStatus.decide(drift: report) == .success)
    }

    @Test func summaryCountsEachStateAndExitStatusFollows() {
        let live = SampleState.group("a", priority: .target) + SampleState.group("b", priority: .source)
            + SampleState.group("c", status: "reversing", priority: .source)
        let desired = SampleState.desired(["a", "b", "c", "d"].map { SampleState.declare($0) })
        let report = DriftDetector.detect(desired: desired, live: live)
        #expect(report.groups.map(\.state) == [.inSync, .drifted, .inProgress, .missing])
        #expect(report.summary.line == "1 drifted, 1 in progress, 0 degraded, 1 missing, 1 in sync, 0 unmanaged.")
        #expect(report.summary.notInSync == 3)
        #expect(ExitStatus(drift: report) == .changesPending)
        #expect(ExitStatus.decide(drift: report).code == 2)
    }
}
