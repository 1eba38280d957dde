// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// One parameterised test over `Fixtures/drift/<scenario>/`: `desired.json` and `live.json` in;
/// `drift.txt`, `drift.json`, `drift.md`, `drift.xml` and `drift.prom` out. Record with
/// `RECORD_SNAPSHOTS=1`. The Python checks in `Tests/SchemaAgreement/` validate the same goldens
/// with jsonschema, junitparser and prometheus_client.
@Suite struct DriftGoldenTests {
    static let scenarios = FixtureDirectory.cases("../Fixtures/drift")

    /// The fixed run facts of the golden metrics files: 2026-01-01T00:00:00Z, 1.25 s, success.
    static let run = DriftMetricsRenderer.Run(finishedAt: Date(timeIntervalSince1970: 1_767_225_600), duration: .milliseconds(1250), success: true)

    /// The report of a fixture folder.
    static func report(scenario: String) throws -> DriftReport {
        let folder = FixtureDirectory.url("../Fixtures/drift").appendingPathComponent(scenario)
        let decoder = JSONDecoder()
        let desired = try decoder.decode(DesiredState.self, from: Data(contentsOf: folder.appendingPathComponent("desired.json")))
        let live = try decoder.decode(LiveState.self, from: Data(contentsOf: folder.appendingPathComponent("live.json")))
        return DriftDetector.detect(desired: desired, live: live, projectID: desired.cloud?.projectID, region: desired.cloud?.region)
    }

    @Test func everyScenarioFolderIsFound() {
        #expect(Self.scenarios.count >= 6)
    }

    @Test(arguments: scenarios)
    func rendersScenarioLikeItsGoldenFiles(scenario: String) throws {
        let report = try Self.report(scenario: scenario)
        let folder = FixtureDirectory.url("../Fixtures/drift").appendingPathComponent(scenario)
        let outputs = [
            ("drift.txt", DriftTextRenderer().render(report)),
            ("drift.json", try DriftJSONRenderer().render(report)),
            ("drift.md", DriftMarkdownRenderer().render(report)),
            ("drift.xml", DriftJUnitRenderer().render(report)),
            ("drift.prom", DriftMetricsRenderer().render(report, run: Self.run)),
        ]
        for (file, text) in outputs {
            if let mismatch = Golden.compare(text, toFileAt: folder.appendingPathComponent(file).path) {
                Issue.record("\(mismatch)")
            }
        }
    }

    @Test(arguments: scenarios)
    func jsonReadsBackUnchanged(scenario: String) throws {
        let report = try Self.report(scenario: scenario)
        let text = try DriftJSONRenderer().render(report)
        #expect(try JSONDecoder().decode(DriftReport.self, from: Data(text.utf8)) == report)
        #expect(text.contains("\"format_version\" : 1"))
    }

    @Test(arguments: scenarios)
    func summaryLineIsLastInTextAndFirstInMarkdown(scenario: String) throws {
        let report = try Self.report(scenario: scenario)
        let lines = DriftTextRenderer().render(report).split(separator: "\n")
        #expect(lines.last.map(String.init) == report.summary.line)
        let firstLine = DriftMarkdownRenderer().render(report).split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("### switchyard drift: ") && firstLine.hasSuffix(report.summary.line))
    }

    @Test(arguments: scenarios)
    func everyDriftingGroupIsNamedInEveryFormat(scenario: String) throws {
        let report = try Self.report(scenario: scenario)
        let text = DriftTextRenderer().render(report)
        let json = try DriftJSONRenderer().render(report)
        let markdown = DriftMarkdownRenderer().render(report)
        let junit = DriftJUnitRenderer().render(report)
        for group in report.groups where group.state.isDrift {
            #expect(text.contains("\(group.state.symbol) \(group.address)"))
            #expect(json.contains("\"state\" : \"\(group.state)\""))
            #expect(markdown.contains("<code>\(group.address.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;"))</code>"))
            #expect(junit.contains("name=\"\(DriftJUnitRenderer.escape(group.address))\">\n      <failure"))
        }
    }
}
