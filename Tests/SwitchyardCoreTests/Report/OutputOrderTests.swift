// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// Output people read (issue #17): one order everywhere, wrapped sentences, drift and plan in one
/// vocabulary, the live apply view.
@Suite struct OutputOrderTests {
    // MARK: wrapping

    @Test func wrapBreaksAtSpacesAndNeverInsideAWord() {
        let text = Array(repeating: "replication", count: 20).joined(separator: " ")
        let lines = TerminalWrap.wrap(text, width: 50, first: "    note: ", rest: "          ")
        #expect(lines.count > 1)
        for line in lines {
            #expect(line.count <= 50)
            #expect(line.hasSuffix("replication"))
        }
        #expect(lines.joined(separator: " ").split(separator: " ").filter { $0 != "note:" }.count == 20)
    }

    @Test func aWordLongerThanTheLineIsSplitAndNothingIsLost() {
        let word = String(repeating: "x", count: 130)
        let lines = TerminalWrap.wrap("a \(word) b", width: 60, first: "  ", rest: "  ")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines.joined().replacing(" ", with: "") == "a\(word)b")
    }

    @Test func theWidthIsTheTerminalsOrEighty() {
        #expect(TerminalWrap.width(isTerminal: true, measured: 132, columns: "100") == 132)
        #expect(TerminalWrap.width(isTerminal: true, measured: nil, columns: "100") == 100)
        #expect(TerminalWrap.width(isTerminal: true, measured: 0, columns: "wide") == 80)
        #expect(TerminalWrap.width(isTerminal: false, measured: nil, columns: "100") == 80)
    }

    @Test func tinyWidthsAreRaisedAndShortTextIsOneLine() {
        #expect(TerminalWrap.wrap("one two", width: 5) == ["one two"])
        #expect(TerminalWrap.wrap("", width: 80, first: "    ") == ["    "])
    }

    @Test func planAdvisoriesWrapToTheWidthGiven() throws {
        let plan = try PlanGoldenTests.plan(scenario: "windows-cloudbase-init")
        for width in [60, 80, 120] {
            let text = PlanTextRenderer(options: .init(width: width)).render(plan)
            let advisoryLines = text.split(separator: "\n").drop { !$0.hasPrefix("    advisory:") }.prefix(3)
            #expect(advisoryLines.count == 3)
            #expect(advisoryLines.allSatisfy { $0.count <= width })
        }
        let wide = PlanTextRenderer(options: .init(width: 10_000)).render(plan)
        #expect(wide.contains("    advisory: Windows servers"))
    }

    // MARK: server order

    @Test func everyStepNamesServersInTheSameOrderWhateverTheirIDs() throws {
        var live = SampleState.group("erp", instances: 2)
        // The DR-site server of erp-01 gets an ID that sorts after erp-02's, as ECS UUIDs do.
        live.updateServer("srv-erp-01-b") { $0.id = "srv-zz-erp-01-b" }
        live.updateInstance("ins-erp-1") { $0.targetServerID = "srv-zz-erp-01-b" }
        let plan = Planner.plan(desired: SampleState.desired([SampleState.declare("erp")]), live: live, options: PlanOptions(desiredFile: "desired.yaml"))
        let group = try #require(plan.groups.first)
        #expect(group.action == .switchover)
        let text = PlanTextRenderer(options: .init(width: 10_000)).render(plan)
        let stop = try #require(text.split(separator: "\n").first { $0.contains("1. stop") })
        let start = try #require(text.split(separator: "\n").first { $0.contains(". start") })
        #expect(stop.range(of: "erp-01")!.lowerBound < stop.range(of: "erp-02")!.lowerBound)
        #expect(start.range(of: "erp-01")!.lowerBound < start.range(of: "erp-02")!.lowerBound)
        // The plan's data keeps its IDs sorted (machine output is unchanged).
        #expect(group.steps.last?.serverIDs == ["srv-erp-02-b", "srv-zz-erp-01-b"])
    }

    // MARK: sections

    @Test func blockedGroupsHaveTheirOwnSectionAfterTheChanges() throws {
        let plan = try PlanGoldenTests.plan(scenario: "waves-depends-on")
        let text = PlanTextRenderer().render(plan)
        let heading = try #require(text.range(of: "Blocked or unresolved"))
        #expect(text.range(of: "~ erp-web")!.lowerBound < heading.lowerBound)
        #expect(heading.lowerBound < text.range(of: "! report-app")!.lowerBound)
        #expect(text.range(of: "~ erp-db")!.lowerBound < text.range(of: "~ erp-app")!.lowerBound)
    }

    // MARK: drift speaks the plan's block reasons

    @Test func aGroupThePlanBlocksIsBlockedInDriftWithThePlansReason() throws {
        var live = SampleState.group("erp-db", priority: .source)
        live.updateInstance("ins-erp-db-1") { $0.frozen = true }
        let desired = SampleState.desired([SampleState.declare("erp-db")])
        let plan = Planner.plan(desired: desired, live: live, options: PlanOptions(desiredFile: "desired.yaml"))
        let planned = try #require(plan.groups.first)
        #expect(planned.action == .blocked)
        let drift = try #require(DriftDetector.detect(desired: desired, live: live).groups.first)
        #expect(drift.state == .degraded)
        #expect(drift.blocked == planned.reasons)
        #expect(drift.blocked?.map(\.code) == [.instanceFrozen])
        let text = DriftTextRenderer(width: 10_000).render(DriftDetector.detect(desired: desired, live: live))
        #expect(text.contains("degraded, blocked (status protected)"))
        #expect(text.contains("blocked: \(planned.reasons[0].message) [instance-frozen]"))
        #expect(!text.contains("'switchyard apply' moves it there"))
        #expect(text.contains("'switchyard apply' cannot act while the group is blocked"))
    }

    @Test func aGroupApplyWouldSwitchIsDriftedWithItsWave() throws {
        let live = SampleState.group("erp-db", priority: .source) + SampleState.group("erp-app", priority: .source)
        let desired = SampleState.desired([SampleState.declare("erp-db"), SampleState.declare("erp-app", dependsOn: ["erp-db"])])
        let report = DriftDetector.detect(desired: desired, live: live)
        #expect(report.groups.map(\.address) == ["erp-app", "erp-db"])  // JSON order: by address
        #expect(report.groups.map(\.wave) == [2, 1])
        #expect(report.groups.allSatisfy { $0.state == .drifted && $0.blocked == nil })
        let text = DriftTextRenderer().render(report)
        #expect(text.range(of: "~ erp-db")!.lowerBound < text.range(of: "~ erp-app")!.lowerBound)
        #expect(text.contains("'switchyard apply' moves it there"))
    }

    // MARK: apply report order

    @Test func applyReportRowsAreInTheOrderTheGroupsStarted() {
        let start = Date(timeIntervalSince1970: 1_000)
        func group(_ address: String, startedAfter seconds: Double?, result: ApplyReport.Result) -> ApplyReport.Group {
            let steps = seconds.map { [ApplyReport.Step(kind: .reverse, startedAt: start.addingTimeInterval($0), endedAt: start.addingTimeInterval($0 + 5))] } ?? []
            return ApplyReport.Group(address: address, groupID: "grp-\(address)", result: result, steps: steps)
        }
        let report = ApplyReport(runID: "r", startedAt: start, endedAt: start.addingTimeInterval(60), groups: [
            group("a-blocked", startedAfter: nil, result: .blocked),
            group("b-app", startedAfter: 30, result: .converged),
            group("c-db", startedAfter: 0, result: .converged),
            group("d-never", startedAfter: nil, result: .failed),
        ])
        #expect(report.groupsInRunOrder.map(\.address) == ["c-db", "b-app", "d-never", "a-blocked"])
        #expect(ApplyTimeline(report: report).rows.map(\.address) == ["c-db", "b-app", "d-never"])
    }

    // MARK: the live apply view

    @Test func theLiveViewCountsWavesAndListsWaitingGroups() {
        let start = Date(timeIntervalSince1970: 1_000)
        var view = ApplyProgressView(groups: [("erp-app", 2), ("erp-web", 3), ("erp-db", 1)], startedAt: start)
        #expect(view.lines(now: start) == [
            "apply: wave 1 of 3, 0 of 3 groups finished, 0.0s elapsed",
            "  erp-db   waiting (wave 1)",
            "  erp-app  waiting (wave 2)",
            "  erp-web  waiting (wave 3)",
        ])
        view.record(ApplyEvent(address: "erp-db", kind: .stepStarted, step: "reverse", jobID: CloudJobID(service: .sdrs, id: "job-1"), at: start.addingTimeInterval(10)))
        view.record(ApplyEvent(address: "erp-db", kind: .heartbeat, step: "reverse", at: start.addingTimeInterval(40), elapsed: 30))
        #expect(view.lines(now: start.addingTimeInterval(100))[0] == "apply: wave 1 of 3, 0 of 3 groups finished, 1m40s elapsed")
        #expect(view.lines(now: start.addingTimeInterval(100))[1] == "  erp-db   reverse… (job sdrs:job-1)  1m30s")
        view.record(ApplyEvent(address: "erp-db", kind: .groupFinished, step: "converged", at: start.addingTimeInterval(120)))
        view.record(ApplyEvent(address: "erp-app", kind: .stepStarted, step: "stop", at: start.addingTimeInterval(121)))
        #expect(view.lines(now: start.addingTimeInterval(125)) == [
            "apply: wave 2 of 3, 1 of 3 groups finished, 2m05s elapsed",
            "  erp-db   converged",
            "  erp-app  stop…  4.0s",
            "  erp-web  waiting (wave 3)",
        ])
        // Cut to the terminal's width, so that a redraw in place never meets a wrapped line.
        let narrow = view.lines(now: start.addingTimeInterval(125), width: 40)
        #expect(narrow.allSatisfy { $0.count < 40 })
        #expect(narrow[0] == "apply: wave 2 of 3, 1 of 3 groups fini…")
    }
}
