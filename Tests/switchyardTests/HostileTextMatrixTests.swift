// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardFuzzing
import Testing

/// The sink-by-sink matrix of issue 12: hostile strings (``HostileText/rows``) × where they enter
/// (cloud names from the emulator fixture, desired-state names and values, saved-plan fields) ×
/// every sink (terminal, Markdown, HTML, JUnit, Prometheus, JSON, `--debug` logs), through the
/// real CLI against the emulator. `CommandRunner.switchyard` scans every run for secrets.
@Suite("hostile text: every sink keeps its rule", .serialized)
struct HostileTextMatrixTests {
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path

    /// The quickstart estate plus one unmanaged group per hostile string, and the hostile strings
    /// as server names and descriptions.
    static func hostileFixture(in work: URL) throws -> String {
        var text = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml"), encoding: .utf8)
        var groups = ""
        for (index, row) in HostileText.rows.enumerated() where row.text.count < 1_000 {
            groups += """
                  - id: 00000000-0000-4000-8000-\(String(format: "%012d", index))
                    name: \(HostileText.yamlQuoted(row.text))
                    status: protected
                    priority_station: source
                    source_availability_zone: cn-north-4a
                    target_availability_zone: cn-north-4b

                """
        }
        text = text.replacingOccurrences(of: "groups:\n", with: "groups:\n" + groups)
        text = text.replacingOccurrences(of: "    name: erp-db-1\n    availability_zone: cn-north-4a", with: "    name: \(HostileText.yamlQuoted("db\u{1B}[2J\r\nFAKE: stopped"))\n    availability_zone: cn-north-4a")
        let path = work.appendingPathComponent("cloud.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func cloudNamesReachEverySinkEscaped() throws {
        let work = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let emulator = try EmulatorProcess(fixture: try Self.hostileFixture(in: work))
        defer { emulator.stop() }
        let cloud = ApplyCommandTests.endpointArguments(emulator)
        let environment = ApplyCommandTests.environment
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.switchyard(arguments + cloud, environment: environment, directory: work)
        }

        let text = try run(["plan", "-f", Self.desired, "--no-color", "--debug"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Unmanaged groups"))
        HostileText.expectTerminal(text, "plan text with --debug")
        #expect(text.stdout.contains(#"x\r\nFAKE: converged"#), "CR and LF shown as \\r\\n")
        #expect(text.stdout.contains(#"admin\u{202e}gnp.exe"#), "the override shown, not obeyed")

        let markdown = try run(["plan", "-f", Self.desired, "--format", "markdown"])
        #expect(SinkCheck.markdown(markdown.stdout, columns: 7).isEmpty, "plan markdown: \(SinkCheck.markdown(markdown.stdout, columns: 7).prefix(3))")
        #expect(markdown.stdout.contains("&lt;/details&gt;&lt;img src=x&gt;"))

        let json = try run(["plan", "-f", Self.desired, "--format", "json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let unmanaged = (plan["unmanaged"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        for row in HostileText.rows where row.text.count < 1_000 {
            #expect(unmanaged.contains(row.text), "JSON keeps \(row.name) exactly")
        }

        for format in ["text", "markdown", "junit"] {
            let metrics = work.appendingPathComponent("m-\(format).prom").path
            let drift = try run(["drift", "-f", Self.desired, "--format", format, "--no-color", "--metrics-file", metrics])
            #expect(drift.status == 2, "drift found (erp-db, erp-app) in \(format): \(drift.stderr)")
            switch format {
            case "text": HostileText.expectTerminal(drift, "drift text")
            case "markdown": #expect(SinkCheck.markdown(drift.stdout).isEmpty, "drift markdown: \(SinkCheck.markdown(drift.stdout).prefix(3))")
            default: #expect(SinkCheck.junit(drift.stdout).isEmpty, "drift junit: \(SinkCheck.junit(drift.stdout))")
            }
            let prom = try String(contentsOfFile: metrics, encoding: .utf8)
            #expect(SinkCheck.prometheus(prom).isEmpty, "metrics: \(SinkCheck.prometheus(prom).prefix(3))")
        }

        let report = work.appendingPathComponent("apply.html").path
        let applied = try run(["apply", "-f", Self.desired, "--auto-approve", "--journal", "journal.jsonl", "--report", report, "--debug"])
        #expect(applied.status == 0, "\(applied.stderr)")
        HostileText.expectTerminal(applied, "apply progress with --debug")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(!html.contains("\u{1B}") && !html.contains("\r\nFAKE"), "HTML escapes control characters")
    }

    /// A saved plan edited consistently (every mention of a group's address) to forge progress
    /// lines: whether apply refuses it or runs it, no output line is forged.
    @Test func savedPlanFieldsCannotForgeOutputLines() throws {
        let work = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let cloud = ApplyCommandTests.endpointArguments(emulator)
        let made = try CommandRunner.switchyard(["plan", "-f", Self.desired, "--out", "plan.json"] + cloud, environment: ApplyCommandTests.environment, directory: work)
        try #require(made.status == 0, "\(made.stderr)")
        let url = work.appendingPathComponent("plan.json")
        let forged = "erp-db\r\nFAKE: converged\u{1B}[2J"
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"erp-db\"", with: "\"erp-db\\r\\nFAKE: converged\\u001b[2J\"")
        text = text.replacingOccurrences(of: "\"notes\" : [\n\n  ]", with: "\"notes\" : [\"\\u001b]0;pwned\\u0007\"]")
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(text.contains("FAKE"), "the plan names erp-db: \(forged)")
        let applied = try CommandRunner.switchyard(["apply", "plan.json", "--journal", "journal.jsonl", "--debug"] + cloud, environment: ApplyCommandTests.environment, directory: work)
        HostileText.expectTerminal(applied, "apply of an edited plan")
    }

    @Test(arguments: HostileText.rows.map(\.name))
    func desiredStateValuesAreShownEscapedAndCut(_ name: String) throws {
        let row = try #require(HostileText.rows.first { $0.name == name })
        let work = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let quoted = HostileText.yamlQuoted(row.text)
        let file = """
            version: 1
            groups:
              - name: erp-db
                activeSite: \(quoted)
                dependsOn: [\(quoted)]
              - name: \(quoted)
                activeSite: target

            """
        try file.write(to: work.appendingPathComponent("desired.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.switchyard(["validate", "-f", "desired.yaml"], directory: work)
        #expect(result.status == 1)
        #expect(result.stderr.contains("desired.yaml:4:17: error: invalid activeSite"), "\(result.stderr.prefix(500))")
        HostileText.expectTerminal(result, "validate \(row.name)")
        if HostileText.invisibleRows.contains(where: { $0.name == row.name }) {
            #expect(result.stderr.contains("desired.yaml:6:11: error: the group name"), "\(result.stderr.prefix(500))")
            #expect(result.stderr.contains("contains a control or format character"))
        }
        if row.text.count > 1_000 {
            #expect(result.stderr.contains("…(99800 more characters)"), "a long value is cut: \(result.stderr.prefix(400))")
            #expect(result.stderr.utf8.count < 5_000)
        }
    }
}
