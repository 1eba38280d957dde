// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct BlockReasonTests {
    /// One broken thing and the reason codes it must produce.
    struct Breakage: Sendable, CustomTestStringConvertible {
        var name: String
        var expected: [BlockReason.Code]
        var change: @Sendable (inout LiveState) -> Void
        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(name: "reversing away from the desired site", expected: [.switchoverInProgress]) {
            $0.updateGroup("grp-g") { $0.status = "reversing"; $0.priorityStation = .target }
            $0.updateServer("srv-g-01-b") { $0.status = "SHUTOFF" }
        },
        Breakage(name: "failing-over", expected: [.failoverInProgress]) { $0.updateGroup("grp-g") { $0.status = "failing-over" } },
        Breakage(name: "failed-over", expected: [.failedOver]) { $0.updateGroup("grp-g") { $0.status = "failed-over" } },
        Breakage(name: "available", expected: [.protectionNotEnabled]) { $0.updateGroup("grp-g") { $0.status = "available" } },
        Breakage(name: "stopping", expected: [.groupBusy]) { $0.updateGroup("grp-g") { $0.status = "stopping" } },
        Breakage(name: "error-stopping", expected: [.groupFailed]) { $0.updateGroup("grp-g") { $0.status = "error-stopping" } },
        Breakage(name: "unknown status", expected: [.groupStatusUnknown]) { $0.updateGroup("grp-g") { $0.status = "paused" } },
        Breakage(name: "no priority_station", expected: [.priorityStationUnknown]) { $0.updateGroup("grp-g") { $0.priorityStation = nil } },
        Breakage(name: "no replication pairs", expected: [.noReplicationPairs]) {
            $0.replications = []
            $0.updateGroup("grp-g") { $0.replicationCount = 0 }
        },
        Breakage(name: "server deleted", expected: [.serverDeleted]) { $0.servers.removeAll { $0.id == "srv-g-01-b" } },
        Breakage(name: "server deleted and instance invalid", expected: [.serverDeleted]) {
            $0.servers.removeAll { $0.id == "srv-g-01-a" }
            $0.updateInstance("ins-g-1") { $0.status = "invalid" }
        },
        Breakage(name: "instance invalid", expected: [.instanceInvalid]) { $0.updateInstance("ins-g-1") { $0.status = "invalid" } },
        Breakage(name: "instance fault", expected: [.instanceNotProtected]) { $0.updateInstance("ins-g-1") { $0.status = "fault" } },
        Breakage(name: "instance frozen", expected: [.instanceFrozen]) { $0.updateInstance("ins-g-1") { $0.frozen = true } },
        Breakage(name: "server frozen", expected: [.serverFrozen]) { $0.updateServer("srv-g-01-b") { $0.frozen = true } },
        Breakage(name: "server locked", expected: [.serverLocked]) { $0.updateServer("srv-g-01-a") { $0.locked = true } },
        // A production server in ERROR cannot be shut down: the reasons also name the failover option.
        Breakage(name: "server in ERROR", expected: [.serverStatus, .productionSiteDown]) { $0.updateServer("srv-g-01-a") { $0.status = "ERROR" } },
        Breakage(name: "DR-site server in ERROR", expected: [.serverStatus]) { $0.updateServer("srv-g-01-b") { $0.status = "ERROR" } },
        Breakage(name: "server in a foreign AZ", expected: [.serverOutsideGroupZones]) {
            $0.updateServer("srv-g-01-b") { $0.availabilityZone = "cn-north-4c" }
        },
        Breakage(name: "server without AZ", expected: [.serverOutsideGroupZones]) { $0.updateServer("srv-g-01-b") { $0.availabilityZone = nil } },
        Breakage(name: "both servers in one AZ", expected: [.instanceOnOneSite]) {
            $0.updateServer("srv-g-01-b") { $0.availabilityZone = SampleState.sourceZone }
        },
        Breakage(name: "link broken", expected: [.replicationLinkBroken]) { $0.updateReplication("rep-g-01") { $0.faultLevel = "5" } },
        Breakage(name: "production disk inaccessible", expected: [.replicationDiskInaccessible]) {
            $0.updateReplication("rep-g-01") { $0.faultLevel = "2" }
        },
        Breakage(name: "replication fault", expected: [.replicationFault]) { $0.updateReplication("rep-g-01") { $0.status = "fault" } },
        Breakage(name: "replication invalid", expected: [.replicationFault]) { $0.updateReplication("rep-g-01") { $0.status = "invalid" } },
        Breakage(name: "replication extending", expected: [.replicationNotProtected]) {
            $0.updateReplication("rep-g-01") { $0.status = "extending" }
        },
        Breakage(name: "several at once", expected: [.failedOver, .serverLocked, .replicationLinkBroken, .replicationFault]) {
            $0.updateGroup("grp-g") { $0.status = "failed-over" }
            $0.updateServer("srv-g-01-a") { $0.locked = true }
            $0.updateReplication("rep-g-01") { $0.faultLevel = "5"; $0.status = "fault" }
        },
    ]

    @Test(arguments: breakages)
    func blocksTheSwitchWithEveryReasonThatApplies(_ breakage: Breakage) throws {
        var live = SampleState.group("g")
        breakage.change(&live)
        let desired = SampleState.desired([SampleState.declare("g")])
        let group = try #require(Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired)).group("g"))
        #expect(group.action == .blocked)
        #expect(group.reasons.map(\.code) == breakage.expected)
        #expect(group.steps.isEmpty)
        #expect(group.advisories.isEmpty)
        for reason in group.reasons {
            #expect(!reason.message.isEmpty && !reason.message.hasSuffix("."))
        }
    }

    @Test func deletedServerReasonSaysTheGroupWouldBeLeftUnusable() throws {
        var live = SampleState.group("g")
        live.servers.removeAll { $0.id == "srv-g-01-b" }
        let desired = SampleState.desired([SampleState.declare("g")])
        let reason = try #require(Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired)).groups.first?.reasons.first)
        #expect(reason.subject == "srv-g-01-b")
        #expect(reason.message.contains("switching would fail and leave the group unusable"))
    }

    @Test func reversingIsReportedAsASwitchoverInProgress() {
        #expect(BlockReason.groupStatus("reversing")?.message.hasPrefix("a switchover is already in progress") == true)
        #expect(BlockReason.groupStatus("failed-over")?.message.contains("re-protect") == true)
        #expect(BlockReason.groupStatus("protected") == nil)
        #expect(BlockReason.groupStatus("error-reversing") == nil)
    }

    @Test(arguments: ["error", "error-starting", "error-stopping", "error-reprotecting", "error-failing-over", "error-deleting"])
    func everyErrorStatusIsExplainedWithItsName(_ status: String) throws {
        let reason = try #require(BlockReason.groupStatus(status))
        #expect(reason.code == .groupFailed)
        #expect(reason.message.contains("(status \(status))"))
    }

    @Test func theFixturesExerciseEveryBlockReasonActionAndAdvisory() throws {
        var codes: Set<BlockReason.Code> = []
        var actions: Set<GroupAction> = []
        var advisories: Set<Advisory.Code> = []
        for scenario in PlanGoldenTests.scenarios {
            let plan = try PlanGoldenTests.plan(scenario: scenario)
            for group in plan.groups {
                codes.formUnion(group.reasons.map(\.code))
                actions.insert(group.action)
                advisories.formUnion(group.advisories.map(\.code))
            }
        }
        #expect(Set(BlockReason.Code.allCases).subtracting(codes).isEmpty, "codes without a fixture: \(Set(BlockReason.Code.allCases).subtracting(codes))")
        #expect(Set(GroupAction.allCases) == actions)
        #expect(Set(Advisory.Code.allCases) == advisories)
    }
}
