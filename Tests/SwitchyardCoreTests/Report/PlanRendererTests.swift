// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct PlanRendererTests {
    /// `count` switching groups with long names, plus as many in sync.
    static func hugePlan(count: Int) -> Plan {
        var live: [LiveState] = [], declarations: [DesiredGroup] = []
        for number in 0..<count {
            let name = "tenant-\(number)-with-a-rather-long-protection-group-name"
            live.append(SampleState.group(name, priority: number.isMultiple(of: 2) ? .source : .target, instances: 2))
            declarations.append(SampleState.declare(name))
        }
        let desired = SampleState.desired(declarations, policy: RunPolicy(maxSwitchesPerRun: count))
        return Planner.plan(desired: desired, live: .merging(live), options: PlanOptions(desired: desired))
    }

    @Test func markdownOfFiveThousandGroupsStaysUnderTheCommentLimitAndKeepsTheSummary() {
        let plan = Self.hugePlan(count: 5_000)
        #expect(plan.summary.toSwitch == 2_500)
        let markdown = PlanMarkdownRenderer().render(plan)
        #expect(markdown.utf8.count <= 65_536)
        #expect(markdown.utf8.count > 60_000, "the budget is used, not wasted")
        #expect(markdown.contains("-->\n### switchyard plan: 2500 to switch, 2500 in sync, 0 blocked.\n"))
        #expect(markdown.contains("_Truncated to fit a comment (65536 characters): "))
        #expect(markdown.contains("the details of 2500 groups not shown"))
        #expect(markdown.contains("the in-sync list"))
    }

    @Test func markdownRespectsASmallLimitButNeverCutsTheSummary() {
        let plan = Self.hugePlan(count: 10)
        let markdown = PlanMarkdownRenderer(limit: 1_000).render(plan)
        #expect(markdown.utf8.count <= 1_000)
        #expect(markdown.contains("-->\n### switchyard plan: 5 to switch, 5 in sync, 0 blocked.\n"))
        let full = PlanMarkdownRenderer().render(plan)
        #expect(!full.contains("_Truncated"))
        #expect(full.components(separatedBy: "<details>").count - 1 == 5)
    }

    @Test func textColourIsOptional() throws {
        let plan = try PlanGoldenTests.plan(scenario: "blocked-multiple-reasons")
        let plain = PlanTextRenderer().render(plan)
        let coloured = PlanTextRenderer(options: .init(color: true)).render(plan)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31m! erp-db"))
        #expect(coloured.replacing(#/\x1B\[[0-9;]*m/#, with: "") == plain)
    }

    @Test func jsonHasTheFormatVersionAndNoTimestampUnlessSet() throws {
        var plan = try PlanGoldenTests.plan(scenario: "switch-with-running-servers")
        let json = try PlanJSONRenderer().render(plan)
        #expect(json.contains(#""format_version" : 2"#))
        #expect(!json.contains("created_at"))
        plan.createdAt = "2025-01-02T03:04:05Z"
        #expect(try PlanJSONRenderer().render(plan).contains(#""created_at" : "2025-01-02T03:04:05Z""#))
    }

    @Test(arguments: PlanGoldenTests.scenarios)
    func jsonWrittenGroupByGroupIsByteIdenticalToOneGoEncoding(scenario: String) throws {
        let plan = try PlanGoldenTests.plan(scenario: scenario)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let oneGo = String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
        var pieces: [String] = []
        try PlanJSONRenderer().render(plan) { pieces.append($0) }
        #expect(pieces.joined() == oneGo)
        // The plan without groups, one piece per group, the closing piece: never the whole text at once.
        #expect(pieces.count == (plan.groups.isEmpty ? 1 : plan.groups.count + 2))
    }

    @Test func jsonOfManyGroupsIsWrittenInPiecesIdenticalToOneGoEncoding() throws {
        let plan = Self.hugePlan(count: 300)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var pieces: [String] = []
        try PlanJSONRenderer().render(plan) { pieces.append($0) }
        #expect(pieces.count == 302)
        #expect(pieces.joined() == String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n")
    }

    @Test func refusesAnotherFormatVersion() throws {
        let plan = try PlanGoldenTests.plan(scenario: "switch-with-running-servers")
        let json = try PlanJSONRenderer().render(plan).replacingOccurrences(of: #""format_version" : 2"#, with: #""format_version" : 1"#)
        #expect(throws: PlanFormatError.self) { try PlanJSONRenderer.decode(Data(json.utf8)) }
        #expect(throws: PlanFormatError.self) { try PlanJSONRenderer.decode(Data("[]".utf8)) }
        #expect(throws: PlanFormatError.self) { try PlanJSONRenderer.decode(Data("{}".utf8)) }
    }

    @Test func planJSONHoldsNoCredentials() throws {
        for scenario in PlanGoldenTests.scenarios {
            let json = try PlanJSONRenderer().render(try PlanGoldenTests.plan(scenario: scenario)).lowercased()
            for word in ["access_key", "secret", "token", "signature", "password\""] {
                #expect(!json.contains(word), "\(scenario) mentions \(word)")
            }
        }
    }
}

@Suite struct PlanMarkdownEscapingTests {
    @Test func escapesTableCellsAndHTMLInNames() {
        let name = "a|b<c>&d"
        let desired = SampleState.desired([SampleState.declare(name)])
        let live = SampleState.group(name)
        let markdown = PlanMarkdownRenderer().render(Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired)))
        #expect(markdown.contains("| `a\\|b<c>&d` | switch |"))
        #expect(markdown.contains("<summary>~ <code>a|b&lt;c&gt;&amp;d</code>: switch"))
    }
}

@Suite("PlanMarkdownRenderer marker")
struct PlanMarkdownMarkerTests {
    @Test(arguments: [
        ("desired.yaml", "<!-- switchyard:plan file=desired.yaml -->"),
        ("envs/prod--eu/desired.yaml", "<!-- switchyard:plan file=envs/prod-%2Deu/desired.yaml -->"),
        ("a b-->c.yaml", "<!-- switchyard:plan file=a%20b-%2D%3Ec.yaml -->"),
        ("désiré.yaml", "<!-- switchyard:plan file=d%C3%A9sir%C3%A9.yaml -->"),
    ])
    func theMarkerNeverEndsItsCommentEarly(_ example: (String, String)) {
        let marker = PlanMarkdownRenderer.marker(example.0)
        #expect(marker == example.1)
        #expect(!marker.dropFirst(4).dropLast(3).contains("--") && !marker.dropLast(3).contains(">"))
    }
}
