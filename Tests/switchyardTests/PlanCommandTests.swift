// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@Suite("switchyard validate and plan, end to end", .serialized)
struct PlanCommandTests {
    static let quickstart = ["-f", "examples/quickstart/desired.yaml", "--emulator", "examples/quickstart/cloud.yaml"]
    static let fixtureSecret = "quickstart-secret-key-not-real-0000000000"
    static let readOnlySecret = "quickstart-readonly-key-not-real-00000000"

    func freshState() throws -> [String] {
        ["--emulator-state", try CommandRunner.temporaryDirectory().appendingPathComponent("state.json").path]
    }

    @Test func quickstartPlanShowsTwoSwitchesAndOneGroupInSync() throws {
        let result = try CommandRunner.switchyard(["plan"] + Self.quickstart + (try freshState()) + ["--no-color"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.last == "2 to switch, 1 in sync, 0 blocked.")
        #expect(result.stdout.contains("~ erp-db"))
        #expect(result.stdout.contains("~ erp-app"))
        #expect(result.stdout.contains("in sync: crm"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func detailedExitCodeSaysChangesArePending() throws {
        let result = try CommandRunner.switchyard(["plan"] + Self.quickstart + (try freshState()) + ["--detailed-exitcode"])
        #expect(result.status == 2)
    }

    @Test func blockedGroupsExitThree() throws {
        let result = try CommandRunner.switchyard(
            ["plan", "-f", "examples/blocked-groups/desired.yaml", "--emulator", "examples/blocked-groups/cloud.yaml", "--no-color"] + (try freshState())
        )
        #expect(result.status == 3, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("blocked"))
    }

    @Test func savesThePlanOwnerOnlyAsVersionedJSON() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("plan.json").path
        let result = try CommandRunner.switchyard(["plan"] + Self.quickstart + (try freshState()) + ["--out", out, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOfFile: out, encoding: .utf8)
        #expect(saved.contains("\"format_version\" : 2"))
        #expect(saved.trimmingCharacters(in: .whitespacesAndNewlines) == result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(!saved.contains(Self.fixtureSecret) && !saved.contains(Self.readOnlySecret))
    }

    @Test func markdownStartsWithTheSummary() throws {
        let result = try CommandRunner.switchyard(["plan"] + Self.quickstart + (try freshState()) + ["--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.prefix(400).contains("2 to switch, 1 in sync, 0 blocked"))
        #expect(result.stdout.utf8.count <= 65_536)
    }

    @Test func planMakesNoChangingCallAgainstARealEndpoint() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let result = try CommandRunner.switchyard(
            ["plan", "-f", "examples/quickstart/desired.yaml", "--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url, "--debug"],
            environment: [
                "HUAWEICLOUD_SDK_AK": "HPUAQUICKSTART00000A", "HUAWEICLOUD_SDK_SK": Self.fixtureSecret,
                "HUAWEICLOUD_SDK_PROJECT_ID": "6f4c1d2a9b8e47f3a5c0d9e8b7a61234",
            ]
        )
        #expect(result.status == 0, "\(result.stderr)")
        let counts = try emulator.admin("requests")
        #expect(counts["changing_calls"] as? Int == 0)
        #expect((counts["total_calls"] as? Int ?? 0) > 0)
        #expect((counts["total_calls"] as? Int ?? 99) <= 6)
        // --debug logs every call, and never a secret or a signature.
        #expect(result.stderr.contains("ListProtectionGroups"))
        for secret in [Self.fixtureSecret, "Signature=", "SDK-HMAC-SHA256 Access"] {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
    }

    @Test func validateReportsEveryProblemWithItsPosition() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("desired.yaml")
        try "version: 1\ngroups:\n  - name: erp-db\n    activeSite: target\n    shutdwn: soft\n  - name: erp-app\n    activeSite: sideways-zone\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.switchyard(["validate", "-f", "desired.yaml"], directory: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("desired.yaml:5:5: error:"))
        #expect(result.stderr.contains("desired.yaml:7:17: error:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func validateAcceptsTheExamples() throws {
        for example in ["examples/quickstart/desired.yaml", "examples/blocked-groups/desired.yaml"] {
            let result = try CommandRunner.switchyard(["validate", "-f", example])
            #expect(result.status == 0, "\(example): \(result.stderr)")
        }
    }

    @Test func aBadDesiredStateNeverReachesTheCloud() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let directory = try CommandRunner.temporaryDirectory()
        try "version: 2\ngroups: []\n".write(to: directory.appendingPathComponent("desired.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.switchyard(
            ["plan", "-f", "desired.yaml", "--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url],
            environment: ["HUAWEICLOUD_SDK_AK": "HPUAQUICKSTART00000A", "HUAWEICLOUD_SDK_SK": Self.fixtureSecret, "HUAWEICLOUD_SDK_PROJECT_ID": "6f4c1d2a9b8e47f3a5c0d9e8b7a61234"],
            directory: directory
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("desired.yaml:1:"))
        #expect(try emulator.admin("requests")["total_calls"] as? Int == 0)
    }

    @Test func refusesPlainHTTPToANonLoopbackEndpoint() throws {
        let result = try CommandRunner.switchyard(
            ["plan", "-f", "examples/quickstart/desired.yaml", "--region", "cn-north-4", "--sdrs-endpoint", "http://sdrs.example.com"],
            environment: ["HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": "SK", "HUAWEICLOUD_SDK_PROJECT_ID": "6f4c1d2a9b8e47f3a5c0d9e8b7a61234"]
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("plain http"))
    }

    @Test func missingCredentialsAreAClearError() throws {
        let result = try CommandRunner.switchyard(["plan", "-f", "examples/quickstart/desired.yaml", "--region", "cn-north-4"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("HUAWEICLOUD_SDK_AK"))
    }

    @Test func wrongCredentialsAreAnAuthenticationErrorWithoutTheSecret() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let result = try CommandRunner.switchyard(
            ["plan", "-f", "examples/quickstart/desired.yaml", "--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url],
            environment: ["HUAWEICLOUD_SDK_AK": "HPUAQUICKSTART00000A", "HUAWEICLOUD_SDK_SK": "not-the-secret-123", "HUAWEICLOUD_SDK_PROJECT_ID": "6f4c1d2a9b8e47f3a5c0d9e8b7a61234"]
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("APIGW.0301"))
        #expect(!result.stderr.contains("not-the-secret-123"))
    }

    @Test func badUsageExitsWithEXUsage() throws {
        let result = try CommandRunner.switchyard(["plan", "-f", "x.yaml", "--emulator-reset"])
        #expect(result.status == 64)
    }
}
