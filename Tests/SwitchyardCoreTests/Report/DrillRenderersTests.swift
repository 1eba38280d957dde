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
