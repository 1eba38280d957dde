// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// One row of the bad-input table: files written to a fresh folder, one `switchyard` command run
/// there against its own emulator, and what stderr must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// What a file of the row holds.
    enum Content: Sendable {
        case text(String)
        case bytes([UInt8])
        /// A folder where a file is expected.
        case directory
        /// Made when the row runs (large files are not kept in the table).
        case generated(@Sendable () -> Data)
    }

    /// A change to a saved plan the row first makes with `plan --out plan.json` from the quickstart.
    typealias PlanEdit = @Sendable (inout [String: Any]) -> Void

    var name: String
    /// The command line, naming files relative to the row's folder; cloud options are added.
    var arguments: [String]
    var files: [String: Content] = [:]
    var planEdit: PlanEdit?
    /// Fragments stderr must contain, e.g. `desired.yaml:3:5: error:`.
    var expected: [String]

    var testDescription: String { name }

    /// Whether the command talks to the cloud (all but validate), and so gets endpoint options.
    var usesCloud: Bool { arguments.first != "validate" }

    static let quickstartDesired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml")

    /// `validate -f desired.yaml` on `text`.
    static func validate(_ name: String, _ text: String, expect expected: String...) -> BadInput {
        BadInput(name: name, arguments: ["validate", "-f", "desired.yaml"], files: ["desired.yaml": .text(text)], expected: expected)
    }

    /// `command -f desired.yaml` (plan, drift, or apply with approval) on `content`.
    static func desired(_ name: String, _ command: String, _ content: Content, expect expected: String...) -> BadInput {
        var arguments = [command, "-f", "desired.yaml"]
        if command == "apply" { arguments += ["--auto-approve", "--journal", "journal.jsonl"] }
        return BadInput(name: name, arguments: arguments, files: ["desired.yaml": content], expected: expected)
    }

    /// `apply plan.json` on a plan file with `content`.
    static func savedPlan(_ name: String, _ content: Content, expect expected: String...) -> BadInput {
        BadInput(name: name, arguments: ["apply", "plan.json", "--journal", "journal.jsonl"], files: ["plan.json": content], expected: expected)
    }

    /// `apply plan.json` on the quickstart plan changed by `edit`.
    static func editedPlan(_ name: String, expect expected: String..., edit: @escaping PlanEdit) -> BadInput {
        BadInput(name: name, arguments: ["apply", "plan.json", "--journal", "journal.jsonl"], planEdit: edit, expected: expected)
    }

    /// `apply -f` of the quickstart (which has groups to switch) with an existing journal.
    static func journal(_ name: String, _ content: Content, expect expected: String...) -> BadInput {
        BadInput(
            name: name, arguments: ["apply", "-f", quickstartDesired.path, "--auto-approve", "--journal", "journal.jsonl"],
            files: ["journal.jsonl": content], expected: expected)
    }
}

extension BadInput {
    /// Runs the row: exit 1, every expected fragment on stderr as an `error`, no changing call.
    func check() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        for (path, content) in files {
            let url = work.appendingPathComponent(path)
            switch content {
            case .text(let text): try Data(text.utf8).write(to: url)
            case .bytes(let bytes): try Data(bytes).write(to: url)
            case .directory: try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            case .generated(let make): try make().write(to: url)
            }
        }
        let cloud = ApplyCommandTests.endpointArguments(emulator)
        if let planEdit {
            let made = try CommandRunner.switchyard(
                ["plan", "-f", Self.quickstartDesired.path, "--out", "plan.json"] + cloud,
                environment: ApplyCommandTests.environment, directory: work)
            try #require(made.status == 0, "\(made.stderr)")
            let url = work.appendingPathComponent("plan.json")
            var plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            planEdit(&plan)
            try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys, .prettyPrinted]).write(to: url)
        }
        let result = try CommandRunner.switchyard(
            arguments + (usesCloud ? cloud : []), environment: ApplyCommandTests.environment, directory: work)
        #expect(result.status == 1, "exit \(result.status)\nstdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stderr.contains("error"), "stderr: \(result.stderr)")
        for fragment in expected {
            #expect(result.stderr.contains(fragment), "expected '\(fragment)' in stderr: \(result.stderr)")
        }
        #expect(try ApplyCommandTests.changingCalls(emulator) == 0)
    }
}

/// Helpers for editing a saved plan as JSON.
enum PlanJSON {
    /// Applies `change` to the first group whose address is `address`.
    static func group(_ plan: inout [String: Any], _ address: String, _ change: (inout [String: Any]) -> Void) {
        guard var groups = plan["groups"] as? [[String: Any]], let index = groups.firstIndex(where: { $0["address"] as? String == address }) else { return }
        change(&groups[index])
        plan["groups"] = groups
    }
}
