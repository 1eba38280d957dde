// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// The apply report's text and JSON: golden files beside the HTML pages for each
/// `Fixtures/apply-report/<case>/report.json`. Record with `RECORD_SNAPSHOTS=1`.
@Suite struct ApplyReportRendererTests {
    @Test(arguments: ApplyReportHTMLRendererTests.cases)
    func rendersTextAndJSONLikeTheGoldenFiles(_ name: String) throws {
        let report = try ApplyReportHTMLRendererTests.report(name)
        let folder = FixtureDirectory.url("../Fixtures/apply-report").appendingPathComponent(name)
        let outputs = [
            ("report.txt", ApplyReportTextRenderer().render(report)),
            ("rendered.json", try ApplyReportJSONRenderer.render(report)),
        ]
        for (file, text) in outputs {
            if let mismatch = Golden.compare(text, toFileAt: folder.appendingPathComponent(file).path) { Issue.record("\(mismatch)") }
        }
    }

    @Test func everyGroupIsNamedWithItsResultAndSatisfiedStepsAreSaid() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let report = ApplyReport(runID: "r", startedAt: at, endedAt: at.addingTimeInterval(5), groups: [
            ApplyReport.Group(address: "db", groupID: "g1", result: .converged, steps: [
                ApplyReport.Step(kind: .startServers, startedAt: at, endedAt: at.addingTimeInterval(3), polls: 2),
            ], satisfiedSteps: [.stopServers, .reverse]),
            ApplyReport.Group(address: "crm", groupID: "g2", result: .inSync),
            ApplyReport.Group(address: "old", groupID: "g3", result: .blocked, reason: "status error-stopping"),
        ])
        let text = ApplyReportTextRenderer().render(report)
        #expect(text.contains("  db: converged\n"))
        #expect(text.contains("already satisfied, skipped: stop-servers, reverse"))
        #expect(text.contains("  crm: in-sync\n"))
        #expect(text.contains("  old: blocked\n      status error-stopping\n"))
        #expect(text.contains("1 converged, 1 in-sync, 1 blocked."))
        #expect(ExitStatus(apply: report) == .blocked)
    }
}
