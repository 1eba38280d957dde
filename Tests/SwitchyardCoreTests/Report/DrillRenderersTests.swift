// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import Testing

@Suite struct DrillRenderersTests {
    static func report() -> DrillReport {
        var passed = DrillGroupResult(address: "erp-db", groupID: "g-1")
        passed.drillID = "d-1"
        passed.drillName = "switchyard-drill-x"
        passed.servers = [LiveDrill.Server(protectedInstanceID: "i-1", drillServerID: "s-1")]
        passed.recoverySeconds = 600
        passed.measuredSeconds = 612.5
        passed.rtoSeconds = 900
        passed.deleted = true
        var slow = DrillGroupResult(address: "erp-<app>", groupID: "g-2")
        slow.recoverySeconds = 1000
        slow.rtoSeconds = 900
        slow.deleted = true
        var failed = DrillGroupResult(address: "crm", groupID: "g-3")
        failed.failure = "SDRS.1907 \u{1B}[31mconflict"
        return DrillReport(
            desiredFile: "desired.yaml", projectID: "p", region: "cn-north-4", startedAt: "2026-12-06T00:00:00Z",
            endedAt: "2026-12-06T00:10:00Z", timeScale: nil, keep: false, groups: [passed, slow, failed],
            unresolved: [DrillReport.Unresolved(address: "ghost", reason: "not found")])
    }

    @Test func jsonIsSnakeCaseWithAFormatVersionAndRoundTrips() throws {
        let text = try DrillJSONRenderer().render(Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format_version"] as? Int == 1)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups[0]["recovery_seconds"] as? Double == 600 && groups[0]["passed"] as? Bool == true)
        #expect(groups[1]["exceeded_rto"] as? Bool == true && groups[1]["passed"] as? Bool == false)
        #expect((groups[0]["servers"] as? [[String: Any]])?.first?["drill_server_id"] as? String == "s-1")
        let decoded = try JSONDecoder().decode(DrillReport.self, from: Data(text.utf8))
        #expect(decoded == Self.report())
    }

    @Test func junitHasOneTestCasePerGroupAndFailsSlowFailedAndUndrilledGroups() {
        let xml = DrillJUnitRenderer().render(Self.report())
        #expect(xml.contains(#"tests="4" failures="3""#))
        #expect(xml.contains(#"<testcase classname="switchyard.drill" name="erp-db" time="600.000"/>"#))
        #expect(xml.contains(#"name="erp-&lt;app&gt;" time="1000.000">"#))
        #expect(xml.contains(#"type="rto-exceeded""#) && xml.contains(#"type="drill-failed""#) && xml.contains(#"type="not-drilled""#))
        #expect(!xml.contains("\u{1B}"))
    }

    @Test func textNamesEachGroupAndEndsWithTheSummary() {
        let text = DrillTextRenderer().render(Self.report())
        #expect(text.contains("✓ erp-db  drill available in 10m00s (RTO 15m00s)"))
        #expect(text.contains("✗ erp-<app>  drill available in 16m40s (RTO 15m00s): exceeds the RTO"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasSuffix("Drill: 1 passed, 3 failed.\n"))
        #expect(ExitStatus(drill: Self.report()) == .error)
    }
}

@Suite struct DrillReportHTMLRendererTests {
    static func report() -> DrillReport {
        var report = DrillRenderersTests.report()
        report.groups[0].phases = [
            DrillPhase(name: "create", start: 0, end: 600, failed: false),
            DrillPhase(name: "check", start: 600, end: 610, failed: false),
            DrillPhase(name: "delete", start: 610, end: 670, failed: false),
        ]
        report.groups[1].phases = [DrillPhase(name: "create", start: 0, end: 1000, failed: false)]
        report.groups[2].phases = [DrillPhase(name: "create", start: 0, end: 5, failed: true)]
        report.groups[2].address = "<script>alert('x')</script>"
        return report
    }

    @Test func theTimelineHasARowPerGroupWithItsPhasesAndTheRTOFromTheCreateStart() {
        let timeline = ApplyTimeline(drill: Self.report())
        #expect(timeline.rows.map(\.bars.count) == [3, 1, 1])
        #expect(timeline.rows[0].downtime == 0...600 && timeline.rows[0].rtoDeadline == 900)
        #expect(timeline.rows.map(\.result) == [.converged, .failed, .failed])
        #expect(timeline.span == 1000)
    }

    @Test func thePageIsSelfContainedEscapedAndMarksFailuresRed() {
        let html = DrillReportHTMLRenderer().render(Self.report())
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"))
        #expect(!html.contains(" src=") && !html.contains(" href=") && !html.contains("url("))
        #expect(html.contains("default-src 'none'"))
        #expect(html.components(separatedBy: "class=\"bar step-create failed\"").count - 1 == 1)
        #expect(html.contains("class=\"bar step-check\"") && html.contains("class=\"bar step-delete\""))
        #expect(html.contains("<tr class=\"result-failed failed\" data-group=\"ghost\">"))
        #expect(html.contains("class=\"bad\">16m40s (over RTO)</td>"))
        // Exactly one group recovered within its RTO (600 s against 900 s).
        #expect(html.components(separatedBy: "<span class=\"good\">✓ within RTO</span></td>").count - 1 == 1)
        #expect(html.contains("<header class=\"run failed\">"))
    }
}
