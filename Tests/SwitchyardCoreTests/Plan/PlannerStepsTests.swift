// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct PlannerStepsTests {
    private func plan(_ group: DesiredGroup, _ live: LiveState, policy: RunPolicy = RunPolicy()) -> GroupPlan? {
        let desired = SampleState.desired([group], policy: policy)
        return Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired)).groups.first
    }

    @Test func switchStopsRunningProductionServersWaitsReversesAndStartsTheNewSite() throws {
        let group = try #require(plan(SampleState.declare("erp-db"), SampleState.group("erp-db", instances: 2)))
        #expect(group.action == .switchover)
        #expect(group.steps == [
            .stopServers(ids: ["srv-erp-db-01-a", "srv-erp-db-02-a"], mode: .soft),
            .waitForShutdown(ids: ["srv-erp-db-01-a", "srv-erp-db-01-b", "srv-erp-db-02-a", "srv-erp-db-02-b"], timeout: .minutes(10), escalateToHard: false),
            .reverse(to: .target),
            .waitForSwitch(to: .target, timeout: .minutes(30)),
            .startServers(ids: ["srv-erp-db-01-b", "srv-erp-db-02-b"]),
        ])
        #expect(group.wave == 1)
        #expect(group.liveSite == SiteLocation(site: .source, availabilityZone: "cn-north-4a"))
        #expect(group.desiredSite == SiteLocation(site: .target, availabilityZone: "cn-north-4b"))
    }

    struct ShutdownCase: Sendable {
        var shutdown: ShutdownMode
        var mode: StopMode
        var escalate: Bool
    }

    @Test(arguments: [
        ShutdownCase(shutdown: .soft, mode: .soft, escalate: false),
        ShutdownCase(shutdown: .hard, mode: .hard, escalate: false),
        ShutdownCase(shutdown: .softThenHard, mode: .soft, escalate: true),
    ])
    func shutdownModeDecidesStopModeAndEscalation(_ example: ShutdownCase) throws {
        let group = try #require(plan(SampleState.declare("erp-db", shutdown: example.shutdown), SampleState.group("erp-db")))
        #expect(group.steps.first == .stopServers(ids: ["srv-erp-db-01-a"], mode: example.mode))
        #expect(group.steps[1] == .waitForShutdown(ids: ["srv-erp-db-01-a", "srv-erp-db-01-b"], timeout: .minutes(10), escalateToHard: example.escalate))
    }

    @Test func switchBackToSourceStopsTargetServersAndStartsSourceServers() throws {
        let group = try #require(plan(
            SampleState.declare("erp-db", activeSite: .source),
            SampleState.group("erp-db", priority: .target)
        ))
        #expect(group.steps.map(\.kind.rawValue) == ["stop-servers", "wait-for-shutdown", "reverse", "wait-for-switch", "start-servers"])
        #expect(group.steps.first == .stopServers(ids: ["srv-erp-db-01-b"], mode: .soft))
        #expect(group.steps[2] == .reverse(to: .source))
        #expect(group.steps.last == .startServers(ids: ["srv-erp-db-01-a"]))
    }

    @Test func noStopStepWhenEveryProductionServerIsAlreadyStopped() throws {
        let group = try #require(plan(SampleState.declare("erp-db"), SampleState.group("erp-db", instances: 2, productionRunning: false)))
        #expect(group.steps.map(\.kind.rawValue) == ["wait-for-shutdown", "reverse", "wait-for-switch", "start-servers"])
    }

    @Test func noStartStepWhenStartAfterSwitchIsOff() throws {
        let group = try #require(plan(SampleState.declare("erp-db", startAfterSwitch: false), SampleState.group("erp-db")))
        #expect(group.steps.map(\.kind.rawValue) == ["stop-servers", "wait-for-shutdown", "reverse", "wait-for-switch"])
    }

    @Test func aServerAlreadyPoweringOffIsWaitedForButNotStoppedAgain() throws {
        var live = SampleState.group("erp-db", instances: 2)
        live.updateServer("srv-erp-db-02-a") { $0.taskState = "powering-off" }
        let group = try #require(plan(SampleState.declare("erp-db"), live))
        #expect(group.steps[0] == .stopServers(ids: ["srv-erp-db-01-a"], mode: .soft))
        #expect(group.steps[1] == .waitForShutdown(ids: ["srv-erp-db-01-a", "srv-erp-db-01-b", "srv-erp-db-02-a", "srv-erp-db-02-b"], timeout: .minutes(10), escalateToHard: false))
        #expect(group.notes.contains { $0.contains("srv-erp-db-02-a") && $0.contains("powering off") })
    }

    @Test func errorReversingIsARetryWithANote() throws {
        let group = try #require(plan(SampleState.declare("erp-db"), SampleState.group("erp-db", status: "error-reversing")))
        #expect(group.action == .switchover)
        #expect(group.notes.first == "the previous switchover of this group failed (status error-reversing); this plan retries it")
    }

    @Test func productionDownAtTheDesiredSiteIsAStartNotInSync() throws {
        let group = try #require(plan(
            SampleState.declare("erp-db"),
            SampleState.group("erp-db", priority: .target, productionRunning: false)
        ))
        #expect(group.action == .startServers)
        #expect(group.steps == [.startServers(ids: ["srv-erp-db-01-b"])])
        #expect(group.wave == 1)
        #expect(group.notes.first?.hasPrefix("production is down: 1 of 1 server(s) at cn-north-4b not running (erp-db-01 (srv-erp-db-01-b))") == true)
    }

    @Test func productionDownWithPowerUnmanagedIsInSyncWithANote() throws {
        let group = try #require(plan(
            SampleState.declare("erp-db", startAfterSwitch: false),
            SampleState.group("erp-db", priority: .target, productionRunning: false)
        ))
        #expect(group.action == .inSync)
        #expect(group.steps.isEmpty)
        #expect(group.notes == ["production servers not running: erp-db-01 (srv-erp-db-01-b); left alone, as startAfterSwitch is false"])
    }

    @Test func productionDownWhileTheOtherSiteRunsIsBlocked() throws {
        var live = SampleState.group("erp-db", priority: .target, productionRunning: false)
        live.updateServer("srv-erp-db-01-a") { $0.status = "ACTIVE" }
        let group = try #require(plan(SampleState.declare("erp-db"), live))
        #expect(group.action == .blocked)
        #expect(group.reasons.map(\.code) == [.drSiteServerRunning])
    }

    @Test func aRunningDRSiteServerIsStoppedWithTheProductionServers() throws {
        var live = SampleState.group("erp-db", instances: 2)
        live.updateServer("srv-erp-db-02-b") { $0.status = "ACTIVE" }
        let group = try #require(plan(SampleState.declare("erp-db"), live))
        #expect(group.action == .switchover)
        #expect(group.steps.first == .stopServers(ids: ["srv-erp-db-01-a", "srv-erp-db-02-a", "srv-erp-db-02-b"], mode: .soft))
        #expect(group.notes.contains { $0.contains("srv-erp-db-02-b") && $0.contains("the plan stops it too") })
    }

    @Test func aSwitchoverInFlightTowardsTheDesiredSiteIsCompletedNotBlocked() throws {
        var live = SampleState.group("erp-db", status: "reversing", productionRunning: false)
        live.updateInstance("ins-erp-db-1") { $0.status = "reversing" }
        let group = try #require(plan(SampleState.declare("erp-db"), live))
        #expect(group.action == .completeSwitchover)
        #expect(group.steps == [.waitForSwitch(to: .target, timeout: .minutes(30)), .startServers(ids: ["srv-erp-db-01-b"])])
    }

    @Test func inSyncButDegradedGroupStaysInSyncWithNotes() throws {
        var live = SampleState.group("erp-db", status: "error-reversing", priority: .target)
        live.updateReplication("rep-erp-db-01") { $0.faultLevel = "5" }
        let group = try #require(plan(SampleState.declare("erp-db"), live))
        #expect(group.action == .inSync)
        #expect(group.reasons.isEmpty)
        #expect(group.notes.count == 2)
        #expect(group.notes[0].contains("error-reversing"))
        #expect(group.notes[1].hasPrefix("a later switch would be blocked: the link of replication pair rep-erp-db-01 is broken"))
    }

    @Test func recordsObservationFingerprintSettingsAndRTO() throws {
        var declaration = SampleState.declare("erp-db")
        declaration.rto = .minutes(15)
        declaration.onFailure = .restartOriginal
        let group = try #require(plan(declaration, SampleState.group("erp-db")))
        let observation = try #require(group.observation)
        #expect(group.fingerprint == Fingerprint.of(observation))
        #expect(observation.servers.map(\.id) == ["srv-erp-db-01-a", "srv-erp-db-01-b"])
        #expect(group.rto == .minutes(15))
        #expect(group.settings.onFailure == .restartOriginal)
    }
}
