// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// One parameterised test over `Fixtures/plan/<scenario>/`: `desired.json` (an encoded
/// `DesiredState`), `live.json` (an encoded `LiveState`) and optional `options.json` (targets,
/// excludes) in; `plan.txt`, `plan.json` and `plan.md` out, and the same plan for people in Chinese
/// (`plan.zh-CN.txt`, `plan.zh-CN.md`). Record with `RECORD_SNAPSHOTS=1`.
@Suite struct PlanGoldenTests {
    struct ScenarioOptions: Decodable {
        var targets: [String]?
        var excludes: [String]?
    }

    static let scenarios = FixtureDirectory.cases("../Fixtures/plan")

    /// The plan of a fixture folder.
    static func plan(scenario: String) throws -> Plan {
        let folder = FixtureDirectory.url("../Fixtures/plan").appendingPathComponent(scenario)
        let decoder = JSONDecoder()
        let desired = try decoder.decode(DesiredState.self, from: Data(contentsOf: folder.appendingPathComponent("desired.json")))
        let live = try decoder.decode(LiveState.self, from: Data(contentsOf: folder.appendingPathComponent("live.json")))
        let optionsURL = folder.appendingPathComponent("options.json")
        let options = FileManager.default.fileExists(atPath: optionsURL.path)
            ? try decoder.decode(ScenarioOptions.self, from: Data(contentsOf: optionsURL))
            : ScenarioOptions()
        return Planner.plan(
            desired: desired,
            live: live,
            options: PlanOptions(desired: desired, targets: options.targets ?? [], excludes: options.excludes ?? [])
        )
    }

    @Test func everyScenarioFolderIsFound() {
        #expect(Self.scenarios.count >= 25)
    }

    @Test(arguments: scenarios)
    func rendersScenarioLikeItsGoldenFiles(scenario: String) throws {
        let plan = try Self.plan(scenario: scenario)
        let folder = FixtureDirectory.url("../Fixtures/plan").appendingPathComponent(scenario)
        let outputs = [
            ("plan.txt", PlanTextRenderer().render(plan)),
            ("plan.json", try PlanJSONRenderer().render(plan)),
            ("plan.md", PlanMarkdownRenderer().render(plan)),
            ("plan.zh-CN.txt", PlanTextRenderer(options: .init(language: .simplifiedChinese)).render(plan)),
            ("plan.zh-CN.md", PlanMarkdownRenderer(language: .simplifiedChinese).render(plan)),
        ]
        for (file, text) in outputs {
            if let mismatch = Golden.compare(text, toFileAt: folder.appendingPathComponent(file).path) {
                Issue.record("\(mismatch)")
            }
        }
    }

    @Test(arguments: scenarios)
    func savedPlanReadsBackUnchanged(scenario: String) throws {
        let plan = try Self.plan(scenario: scenario)
        let text = try PlanJSONRenderer().render(plan)
        #expect(try PlanJSONRenderer.decode(Data(text.utf8)) == plan)
    }

    @Test(arguments: scenarios)
    func textEndsWithTheSummaryLine(scenario: String) throws {
        let plan = try Self.plan(scenario: scenario)
        let lines = PlanTextRenderer().render(plan).split(separator: "\n")
        #expect(lines.last.map(String.init) == plan.summary.line)
        // The hidden marker comes first (CI finds its previous comment by it), then the title.
        let markdown = PlanMarkdownRenderer().render(plan)
        #expect(markdown.hasPrefix("<!-- switchyard:plan file=desired.yaml -->\n### switchyard plan: \(plan.summary.line)\n"))
    }

    /// No English sentence reaches a Chinese plan: the longest English fragment of every catalogue
    /// template (a run of words between placeholders) appears in no zh-CN rendering of any scenario.
    @Test func chinesePlansContainNoEnglishSentence() throws {
        var rendered = ""
        for scenario in Self.scenarios {
            let plan = try Self.plan(scenario: scenario)
            rendered += PlanTextRenderer(options: .init(width: 100_000, language: .simplifiedChinese)).render(plan)
            rendered += PlanMarkdownRenderer(language: .simplifiedChinese).render(plan)
        }
        for (key, fragment) in EnglishLeaks.find(in: rendered) {
            Issue.record("\(key): '\(fragment)' appears in a Chinese plan")
        }
    }
}
