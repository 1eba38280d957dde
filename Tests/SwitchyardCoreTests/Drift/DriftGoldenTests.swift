// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// One parameterised test over `Fixtures/drift/<scenario>/`: `desired.json` and `live.json` in;
/// `drift.txt`, `drift.json`, `drift.md`, `drift.xml` and `drift.prom` out, and the same report for
/// people in Chinese (`drift.zh-CN.txt`, `drift.zh-CN.md`, `drift.zh-CN.xml`). Record with
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
            ("drift.zh-CN.txt", DriftTextRenderer(language: .simplifiedChinese).render(report)),
            ("drift.zh-CN.md", DriftMarkdownRenderer(language: .simplifiedChinese).render(report)),
            ("drift.zh-CN.xml", DriftJUnitRenderer(language: .simplifiedChinese).render(report)),
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

    /// JSON and metrics are for machines: the language changes nothing in them, and the JSON of a
    /// report is the same however it was made (the phrases behind its reasons are not encoded).
    @Test(arguments: scenarios)
    func jsonAndMetricsDoNotDependOnTheLanguage(scenario: String) throws {
        let report = try Self.report(scenario: scenario)
        let json = try DriftJSONRenderer().render(report)
        let decoded = try JSONDecoder().decode(DriftReport.self, from: Data(json.utf8))
        #expect(try DriftJSONRenderer().render(decoded) == json)
        #expect(!json.unicodeScalars.contains { $0.value >= 0x3000 && $0.value <= 0xFFEF })
        let reasons = report.groups.flatMap(\.reasons)
        #expect(reasons.allSatisfy { $0.phrase != nil && $0.text(.english) == $0.message })
        #expect(decoded.groups.flatMap(\.reasons).allSatisfy { $0.phrase == nil })
        // Read back from JSON a reason has only its English text, in every language.
        for reason in decoded.groups.flatMap(\.reasons) { #expect(reason.text(.simplifiedChinese) == reason.message) }
        let metrics = DriftMetricsRenderer().render(report, run: Self.run)
        #expect(!metrics.unicodeScalars.contains { $0.value >= 0x3000 && $0.value <= 0xFFEF })
    }

    /// The Chinese report says the same as the English one: same symbols, addresses, codes, states
    /// in JUnit's failure types, and its summary line last (text) and in the title (Markdown).
    @Test(arguments: scenarios)
    func chineseReportsKeepCodesAndTheSummaryLine(scenario: String) throws {
        let report = try Self.report(scenario: scenario)
        let text = DriftTextRenderer(width: 100_000, language: .simplifiedChinese).render(report)
        let markdown = DriftMarkdownRenderer(language: .simplifiedChinese).render(report)
        let junit = DriftJUnitRenderer(language: .simplifiedChinese).render(report)
        let line = report.summary.line(.simplifiedChinese)
        #expect(text.split(separator: "\n").last.map(String.init) == line)
        #expect(markdown.hasPrefix("### switchyard 漂移检查：\(report.driftFound ? "发现漂移" : "无漂移")。\(line)\n"))
        for group in report.groups where group.state.isDrift {
            #expect(text.contains("\(group.state.symbol) \(group.address)  "))
            #expect(junit.contains("type=\"\(group.state.rawValue)\""))
            for reason in group.reasons { #expect(junit.contains("\(reason.code)：")) }
            for reason in group.blocked ?? [] { #expect(junit.contains("受阻：\(reason.code.rawValue)：")) }
        }
        // The machine-read skeleton of the JUnit document is the English one's.
        func skeleton(_ xml: String) -> [String] {
            xml.split(separator: "\n").map { line in
                line.replacing(/message="[^"]*"/, with: "message=\"\"").split(separator: ">").first.map(String.init) ?? ""
            }.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("<") }
        }
        #expect(skeleton(junit) == skeleton(DriftJUnitRenderer().render(report)))
    }

    /// No English sentence reaches a Chinese drift report: the longest English fragment of every
    /// catalogue template (a run of words between placeholders) appears in no zh-CN rendering of
    /// any scenario.
    @Test func chineseDriftReportsContainNoEnglishSentence() throws {
        var rendered = ""
        for scenario in Self.scenarios {
            let report = try Self.report(scenario: scenario)
            rendered += DriftTextRenderer(width: 100_000, language: .simplifiedChinese).render(report)
            rendered += DriftMarkdownRenderer(language: .simplifiedChinese).render(report)
            rendered += DriftJUnitRenderer(language: .simplifiedChinese).render(report)
        }
        for (key, fragment) in EnglishLeaks.find(in: rendered) {
            Issue.record("\(key): '\(fragment)' appears in a Chinese drift report")
        }
    }
}
