// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// The apply report's text, JSON and metrics: golden files beside the HTML pages for each
/// `Fixtures/apply-report/<case>/report.json`. Record with `RECORD_SNAPSHOTS=1`. The Python checks
/// in `Tests/SchemaAgreement/` validate `rendered.json` against `schemas/apply-report.schema.json`
/// and parse `metrics.prom` with prometheus_client.
@Suite struct ApplyReportRendererTests {
    /// The fixed run facts of the golden metrics files: 2026-01-01T00:00:00Z, 1.25 s.
    static let run = ApplyMetricsRenderer.Run(finishedAt: Date(timeIntervalSince1970: 1_767_225_600), duration: .milliseconds(1250))

    @Test(arguments: ApplyReportHTMLRendererTests.cases)
    func rendersTextJSONAndMetricsLikeTheGoldenFiles(_ name: String) throws {
        let report = try ApplyReportHTMLRendererTests.report(name)
        let folder = FixtureDirectory.url("../Fixtures/apply-report").appendingPathComponent(name)
        let outputs = [
            ("report.txt", ApplyReportTextRenderer().render(report)),
            ("report.zh-CN.txt", ApplyReportTextRenderer(language: .simplifiedChinese).render(report)),
            ("rendered.json", try ApplyReportJSONRenderer.render(report)),
            ("metrics.prom", ApplyMetricsRenderer().render(report, run: Self.run)),
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

    @Test(arguments: ApplyReportHTMLRendererTests.cases)
    func jsonIsVersionedSnakeCaseAndReadsBackUnchanged(_ name: String) throws {
        let report = try ApplyReportHTMLRendererTests.report(name)
        let text = try ApplyReportJSONRenderer.render(report)
        #expect(try ApplyReportJSONRenderer.decode(Data(text.utf8)) == report)
        #expect(text.contains("\"format_version\" : 1"))
        #expect(text.hasSuffix("}\n"))
        // No camelCase key anywhere (the shape before format_version 1 had `endedAt`, `groupID`).
        #expect(text.firstMatch(of: #/"[a-z]+[A-Z][A-Za-z]*" :/#) == nil)
    }

    @Test func metricsOfARunWithoutAReportSayError() {
        let text = ApplyMetricsRenderer().render(nil, run: Self.run)
        #expect(text.contains(#"switchyard_apply_last_run_result{result="error"} 1"#))
        #expect(text.contains(#"switchyard_apply_last_run_result{result="success"} 0"#))
        #expect(text.contains("switchyard_apply_last_run_success 0\n"))
        #expect(text.contains("switchyard_apply_last_run_duration_seconds 1.25\n"))
        #expect(!text.contains("switchyard_apply_group"))
    }

    @Test func metricsSayDowntimeRTOAndWhetherItWasMet() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let report = ApplyReport(runID: "r", startedAt: at, endedAt: at.addingTimeInterval(900), groups: [
            ApplyReport.Group(address: "db", groupID: "g1", result: .converged, downtimeStart: at, downtimeEnd: at.addingTimeInterval(90), rto: TimeSpan(parsing: "2m")),
            ApplyReport.Group(address: "app", groupID: "g2", result: .converged, downtimeStart: at, downtimeEnd: at.addingTimeInterval(630.5), rto: TimeSpan(parsing: "10m")),
            ApplyReport.Group(address: "crm", groupID: "g3", result: .inSync, rto: TimeSpan(parsing: "5m")),
            ApplyReport.Group(address: "web", groupID: "g4", result: .converged, downtimeStart: at, downtimeEnd: at.addingTimeInterval(5)),
        ])
        let text = ApplyMetricsRenderer().render(report, run: Self.run)
        #expect(text.contains(#"switchyard_apply_group_downtime_seconds{group="db",group_id="g1"} 90"#))
        #expect(text.contains(#"switchyard_apply_group_downtime_seconds{group="app",group_id="g2"} 630.5"#))
        #expect(!text.contains(#"switchyard_apply_group_downtime_seconds{group="crm""#))
        #expect(text.contains(#"switchyard_apply_group_rto_seconds{group="crm",group_id="g3"} 300"#))
        #expect(!text.contains(#"switchyard_apply_group_rto_seconds{group="web""#))
        #expect(text.contains(#"switchyard_apply_group_rto_met{group="db",group_id="g1"} 1"#))
        #expect(text.contains(#"switchyard_apply_group_rto_met{group="app",group_id="g2"} 0"#))
        #expect(!text.contains(#"switchyard_apply_group_rto_met{group="crm""#))
        #expect(text.contains(#"switchyard_apply_groups{result="converged"} 3"#))
        #expect(text.contains(#"switchyard_apply_groups{result="failed"} 0"#))
        #expect(text.contains(#"switchyard_apply_last_run_result{result="success"} 1"#))
        #expect(text.contains("switchyard_apply_last_run_success 1\n"))
    }

    @Test func runResultFollowsTheExitStatus() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        func report(_ results: [ApplyReport.Result], interrupted: Bool = false) -> ApplyReport {
            ApplyReport(runID: "r", startedAt: at, endedAt: at, groups: results.enumerated().map { ApplyReport.Group(address: "g\($0)", groupID: "id\($0)", result: $1) }, interrupted: interrupted)
        }
        #expect(ApplyMetricsRenderer.RunResult(report([.converged, .inSync])) == .success)
        #expect(ApplyMetricsRenderer.RunResult(report([.converged, .skipped])) == .blocked)
        #expect(ApplyMetricsRenderer.RunResult(report([.failed, .skipped])) == .failed)
        #expect(ApplyMetricsRenderer.RunResult(report([.converged], interrupted: true)) == .interrupted)
        #expect(ApplyMetricsRenderer.RunResult(nil) == .error)
    }
}
