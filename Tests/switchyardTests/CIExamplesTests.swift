// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing
import Yams

/// Keeps `examples/ci/*.yml` from rotting: parses each file, takes every line that runs
/// `switchyard plan|apply|drift`, and runs those lines through `/bin/sh -c` in file order against
/// the embedded emulator, with `DESIRED` set to the quickstart desired state.
@Suite("CI examples run for real against the emulator", .serialized)
struct CIExamplesTests {
    /// One `switchyard …` shell line found in a CI file.
    struct ShellLine: Sendable, CustomStringConvertible {
        var job: String
        var text: String
        var subcommand: String
        var description: String { "[\(job)] \(text)" }
    }

    static var invocation: Regex<(Substring, Substring)> { #/^switchyard (plan|apply|drift)\b/# }

    /// A YAML mapping as `[String: Any]`, whatever key type Yams chose (`on:` can load as a Bool).
    static func mapping(_ value: Any?) -> [String: Any]? {
        guard let dictionary = value as? [AnyHashable: Any] else { return nil }
        return Dictionary(dictionary.map { ("\($0.key.base)", $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The `switchyard` lines of a script, in order (one shell line each; folded blocks are one line).
    static func switchyardLines(job: String, script: String) -> [ShellLine] {
        script.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard let match = line.firstMatch(of: invocation) else { return nil }
            return ShellLine(job: job, text: line, subcommand: String(match.1))
        }
    }

    static func load(_ path: String) throws -> [String: Any] {
        let text = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        let loaded = try Yams.load(yaml: text)
        return try #require(mapping(loaded), "\(path) is not a YAML mapping")
    }

    static func githubLines() throws -> (root: [String: Any], lines: [ShellLine]) {
        let root = try load("examples/ci/github-actions.yml")
        let jobs = try #require(mapping(root["jobs"]))
        var lines: [ShellLine] = []
        for name in ["plan", "apply", "drift"] {
            let job = try #require(mapping(jobs[name]), "no job \(name)")
            let steps = try #require(job["steps"] as? [Any]).compactMap(mapping)
            for step in steps { lines += switchyardLines(job: name, script: step["run"] as? String ?? "") }
        }
        return (root, lines)
    }

    static func gitlabLines() throws -> (root: [String: Any], lines: [ShellLine]) {
        let root = try load("examples/ci/gitlab-ci.yml")
        var lines: [ShellLine] = []
        for name in ["plan", "apply", "drift"] {
            let job = try #require(mapping(root[name]), "no job \(name)")
            let script = try #require(job["script"] as? [String], "job \(name) has no script list")
            for entry in script { lines += switchyardLines(job: name, script: entry) }
        }
        return (root, lines)
    }

    /// Runs `lines` in order in a fresh folder against one emulator state and checks exit codes and outputs.
    static func runAgainstEmulator(_ lines: [ShellLine]) throws {
        #expect(lines.map(\.subcommand).first == "plan")
        #expect(lines.map(\.subcommand).last == "drift")
        #expect(lines.contains { $0.subcommand == "apply" })
        let work = try CommandRunner.temporaryDirectory()
        let state = work.appendingPathComponent("emulator-state.json").path
        let binary = CommandRunner.productsDirectory.appendingPathComponent("switchyard").path
        let fixture = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml").path
        let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path
        let emulatorFlags = "--emulator '\(fixture)' --emulator-state '\(state)' --emulator-time-scale 0.001"
        for line in lines {
            let command = line.text.replacing(invocation) { match in "'\(binary)' \(match.1) \(emulatorFlags)" }
            let result = try CommandRunner.run(
                URL(fileURLWithPath: "/bin/sh"), ["-c", command], environment: ["DESIRED": desired], directory: work
            )
            switch line.subcommand {
            case "plan": #expect(result.status == 0 || result.status == 2, "\(line)\n\(result.stdout)\n\(result.stderr)")
            default: #expect(result.status == 0, "\(line)\n\(result.stdout)\n\(result.stderr)")
            }
        }
        var artifacts = ["plan.json", "drift.xml"]
        if lines.contains(where: { $0.text.contains("> plan.md") }) { artifacts.append("plan.md") }
        if lines.contains(where: { $0.text.contains("--report apply-report.html") }) { artifacts.append("apply-report.html") }
        #expect(artifacts.contains("apply-report.html"), "the apply job should keep the HTML report as an artifact")
        for file in artifacts {
            let data = FileManager.default.contents(atPath: work.appendingPathComponent(file).path) ?? Data()
            #expect(!data.isEmpty, "\(file) missing or empty")
        }
        let xml = String(decoding: FileManager.default.contents(atPath: work.appendingPathComponent("drift.xml").path) ?? Data(), as: UTF8.self)
        #expect(xml.contains("<testsuites") && !xml.contains("<failure"), "drift after apply: \(xml)")
    }

    @Test func githubWorkflowHasPlanApplyAndDriftLinesOnTheDesiredVariable() throws {
        let (root, lines) = try Self.githubLines()
        let env = try #require(Self.mapping(root["env"]))
        #expect(env["DESIRED"] as? String == "desired.yaml")
        #expect(lines.count >= 3)
        for line in lines where line.subcommand != "apply" { #expect(line.text.contains(#"-f "$DESIRED""#), "\(line)") }
        #expect(lines.contains { $0.job == "plan" && $0.text.contains("--format markdown") && $0.text.contains("> plan.md") })
        #expect(lines.contains { $0.job == "drift" && $0.text.contains("--format junit --output drift.xml") })
    }

    @Test func gitlabPipelineHasPlanApplyDriftAndAJUnitReport() throws {
        let (root, lines) = try Self.gitlabLines()
        let variables = try #require(Self.mapping(root["variables"]))
        #expect(variables["DESIRED"] as? String == "desired.yaml")
        let drift = try #require(Self.mapping(root["drift"]))
        let reports = Self.mapping(Self.mapping(drift["artifacts"])?["reports"])
        #expect(reports?["junit"] as? String == "drift.xml")
        for line in lines where line.subcommand != "apply" { #expect(line.text.contains(#"-f "$DESIRED""#), "\(line)") }
        #expect(lines.contains { $0.job == "plan" && $0.text.contains("> plan.md") })
    }

    @Test func githubWorkflowCommandsRunAgainstTheEmulator() throws {
        try Self.runAgainstEmulator(try Self.githubLines().lines)
    }

    @Test func gitlabPipelineCommandsRunAgainstTheEmulator() throws {
        try Self.runAgainstEmulator(try Self.gitlabLines().lines)
    }
}
