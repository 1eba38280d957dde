// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SDRSEmulator
import Testing

/// `switchyard import` writes a desired state that the next plan finds in sync, on both example
/// estates and on a generated 1,000-group one.
@Suite("switchyard import", .serialized)
struct ImportCommandTests {
    static let blockedGroupsFixture = "examples/blocked-groups/cloud.yaml"

    /// import → plan --detailed-exitcode through the CLI against `emulator`.
    static func importThenPlan(_ endpoint: [String], environment: [String: String]) throws -> (imported: CommandResult, plan: CommandResult, yaml: String) {
        let work = try CommandRunner.temporaryDirectory()
        let file = work.appendingPathComponent("desired.yaml").path
        let imported = try CommandRunner.switchyard(["import", "--out", file] + endpoint, environment: environment, directory: work)
        let yaml = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        let plan = try CommandRunner.switchyard(["plan", "-f", file, "--detailed-exitcode", "--no-color"] + endpoint, environment: environment, directory: work)
        return (imported, plan, yaml)
    }

    @Test(arguments: [Quickstart.fixture, blockedGroupsFixture])
    func theNextPlanOfAnExampleEstateChangesNothing(_ fixture: String) async throws {
        try await offThePool {
            let emulator = try EmulatorProcess(fixture: fixture, timeScale: 0.001, seed: 1)
            defer { emulator.stop() }
            let environment = fixture == Quickstart.fixture ? ApplyCommandTests.environment : LevelTriggeredApplyTests.blockedGroupsEnvironment
            let result = try Self.importThenPlan(ApplyCommandTests.endpointArguments(emulator), environment: environment)
            #expect(result.imported.status == 0, "\(result.imported.stderr)")
            #expect(result.yaml.hasPrefix("# yaml-language-server: $schema="))
            #expect(result.plan.status == 0, "plan of the imported file:\n\(result.plan.stdout)\n\(result.plan.stderr)\n\(result.yaml)")
            #expect(try ApplyCommandTests.changingCalls(emulator) == 0)
        }
    }

    @Test func aThousandGroupEstateImportsAndPlansInSync() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1_000, instancesPerGroup: 1, seed: 5)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let credential = fixture.credentials.first { !$0.readOnly } ?? fixture.credentials[0]
        try await withRunningEmulator(EmulatorConfiguration(fixture: fixture, timeScale: 0.001, seed: 5), logger: logger) { running in
            let url = running.baseURL.absoluteString
            let endpoint = ["--region", fixture.region, "--project-id", fixture.projectID, "--sdrs-endpoint", url, "--ecs-endpoint", url]
            let environment = ["HUAWEICLOUD_SDK_AK": credential.accessKeyID, "HUAWEICLOUD_SDK_SK": credential.secretAccessKey]
            let result = try await offThePool { try Self.importThenPlan(endpoint, environment: environment) }
            #expect(result.imported.status == 0, "\(result.imported.stderr)")
            #expect(result.yaml.components(separatedBy: "\n  - ").count - 1 == 1_000)
            #expect(result.plan.status == 0, "\(result.plan.stdout.suffix(2_000))\n\(result.plan.stderr)")
            #expect(result.plan.stdout.contains("0 to switch, 1000 in sync, 0 blocked."), "\(result.plan.stdout.suffix(500))")
        }
    }

    @Test func anExistingFileIsNotOverwrittenWithoutForce() async throws {
        try await offThePool {
            let emulator = try EmulatorProcess(fixture: Quickstart.fixture, timeScale: 0.001, seed: 1)
            defer { emulator.stop() }
            let work = try CommandRunner.temporaryDirectory()
            let file = work.appendingPathComponent("desired.yaml").path
            try "keep me\n".write(toFile: file, atomically: true, encoding: .utf8)
            let refused = try CommandRunner.switchyard(["import", "--out", file] + ApplyCommandTests.endpointArguments(emulator), environment: ApplyCommandTests.environment, directory: work)
            #expect(refused.status == 1 && refused.stderr.contains("--force"), "\(refused.stderr)")
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me\n")
            let only = try CommandRunner.switchyard(
                ["import", "--out", file, "--force", "--group", "erp-db"] + ApplyCommandTests.endpointArguments(emulator),
                environment: ApplyCommandTests.environment, directory: work)
            #expect(only.status == 0, "\(only.stderr)")
            let yaml = try String(contentsOfFile: file, encoding: .utf8)
            #expect(yaml.contains("name: \"erp-db\"") && !yaml.contains("erp-app"), "\(yaml)")
        }
    }
}
