// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@Suite("switchyard apply, end to end", .serialized)
struct ApplyCommandTests {
    static let project = "6f4c1d2a9b8e47f3a5c0d9e8b7a61234"
    static let environment = [
        "HUAWEICLOUD_SDK_AK": "HPUAQUICKSTART00000A", "HUAWEICLOUD_SDK_SK": "quickstart-secret-key-not-real-0000000000",
        "HUAWEICLOUD_SDK_PROJECT_ID": project,
    ]

    static func endpointArguments(_ emulator: EmulatorProcess) -> [String] {
        ["--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url]
    }

    static func changingCalls(_ emulator: EmulatorProcess) throws -> Int {
        try emulator.admin("requests")["changing_calls"] as? Int ?? -1
    }

    static func violations(_ emulator: EmulatorProcess) throws -> [Any] {
        try emulator.admin("invariants")["violations"] as? [Any] ?? ["unreadable"]
    }

    @Test func planApplyPlanEndsWithNoChangesAndASecondApplyChangesNothing() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path
        let journal = work.appendingPathComponent("journal.jsonl").path
        let apply = try CommandRunner.switchyard(
            ["apply", "-f", desired, "--auto-approve", "--journal", journal, "--no-color"] + Self.endpointArguments(emulator),
            environment: Self.environment, directory: work
        )
        #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        #expect(apply.stdout.contains("erp-db: converged"))
        #expect(apply.stdout.contains("erp-app: converged"))
        #expect(try Self.violations(emulator).isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: journal)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let journalText = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(!journalText.contains("quickstart-secret-key-not-real") && !journalText.contains("Signature="))

        let plan = try CommandRunner.switchyard(["plan", "-f", desired, "--detailed-exitcode", "--no-color"] + Self.endpointArguments(emulator), environment: Self.environment, directory: work)
        #expect(plan.status == 0, "\(plan.stdout)")
        #expect(plan.stdout.contains("0 to switch, 3 in sync, 0 blocked."))

        let before = try Self.changingCalls(emulator)
        let again = try CommandRunner.switchyard(
            ["apply", "-f", desired, "--auto-approve", "--journal", journal] + Self.endpointArguments(emulator),
            environment: Self.environment, directory: work
        )
        #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        #expect(try Self.changingCalls(emulator) == before)
    }

    @Test func refusesWithoutATerminalOrAutoApproveAndChangesNothing() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.switchyard(
            ["apply", "-f", CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path] + Self.endpointArguments(emulator),
            environment: Self.environment, directory: work
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("--auto-approve"))
        #expect(try Self.changingCalls(emulator) == 0)
    }

    @Test func appliesASavedPlanAndRefusesGroupsThatChangedMaterially() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let planPath = work.appendingPathComponent("plan.json").path
        let made = try CommandRunner.switchyard(
            ["plan", "-f", CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path, "--out", planPath] + Self.endpointArguments(emulator),
            environment: Self.environment, directory: work
        )
        #expect(made.status == 0)
        // Someone deletes a DR server of erp-app in the console after the plan was made.
        let state = try emulator.admin("state")
        let servers = (state["servers"] as? [String: [String: Any]] ?? [:]).values
        let victim = try #require(servers.first { ($0["name"] as? String)?.hasPrefix("erp-app") == true && ($0["availabilityZone"] as? String) == "cn-north-4b" })
        _ = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s", "-X", "DELETE", "\(emulator.url)/__emulator/servers/\(victim["id"] as? String ?? "")"])
        let result = try CommandRunner.switchyard(
            ["apply", planPath, "--journal", work.appendingPathComponent("j.jsonl").path, "--no-color"] + Self.endpointArguments(emulator),
            environment: Self.environment, directory: work
        )
        #expect(result.status == 3, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("erp-app: refused"))
        #expect(result.stdout.contains("stale plan"))
        #expect(result.stdout.contains("erp-db: converged"))
        #expect(try Self.violations(emulator).isEmpty)
    }

    @Test func refusesAPlanMadeForAnotherProject() throws {
        let work = try CommandRunner.temporaryDirectory()
        let planPath = work.appendingPathComponent("plan.json").path
        let made = try CommandRunner.switchyard(
            ["plan", "-f", "examples/quickstart/desired.yaml", "--emulator", "examples/quickstart/cloud.yaml", "--emulator-state", work.appendingPathComponent("s.json").path, "--out", planPath]
        )
        #expect(made.status == 0)
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        var environment = Self.environment
        environment["HUAWEICLOUD_SDK_PROJECT_ID"] = "0123456789abcdef0123456789abcdef"
        let result = try CommandRunner.switchyard(["apply", planPath, "--journal", work.appendingPathComponent("j.jsonl").path] + Self.endpointArguments(emulator), environment: environment, directory: work)
        #expect(result.status == 1)
        #expect(result.stderr.contains("project"))
        #expect(try Self.changingCalls(emulator) == 0)
    }

    @Test func aCorruptJournalIsAClearErrorNotAGuess() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let journal = work.appendingPathComponent("journal.jsonl")
        try "{\"not\": \"a journal\"}\ngarbage\n{}\n".write(to: journal, atomically: true, encoding: .utf8)
        let result = try CommandRunner.switchyard(
            ["apply", "-f", CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path, "--auto-approve", "--journal", journal.path] + Self.endpointArguments(emulator),
            environment: Self.environment, directory: work
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("journal.jsonl"))
        #expect(try Self.changingCalls(emulator) == 0)
    }
}
