// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import Testing

/// What `apply` writes for machines, from a real run against the emulator: `--format json` (one
/// convention with the plan and drift JSON: snake_case, `format_version`, a schema) and
/// `--metrics-file` (Prometheus conventions). The Python checks validate the same files with
/// jsonschema and prometheus_client when the test virtualenv exists.
@Suite("apply --format json and --metrics-file, end to end", .serialized)
struct ApplyOutputFormatsTests {
    static let python = CommandRunner.repositoryRoot.appendingPathComponent(".build-venv/bin/python")

    /// Runs a Python check on `file` when the virtualenv exists; it must pass.
    static func check(_ script: String, _ file: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return }
        let check = try CommandRunner.run(python, [CommandRunner.repositoryRoot.appendingPathComponent("Tests/SchemaAgreement/\(script)").path, file.path])
        #expect(check.status == 0, "\(script): \(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("1 passed, 0 failed"), "\(check.stdout)")
    }

    @Test func jsonReportAndMetricsOfARealRunFollowTheirSchemaAndConventions() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path
        let metrics = work.appendingPathComponent("apply.prom")
        let apply = try CommandRunner.switchyard(
            ["apply", "-f", desired, "--auto-approve", "--journal", work.appendingPathComponent("j.jsonl").path, "--format", "json",
             "--metrics-file", metrics.path, "--no-color"] + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work
        )
        #expect(apply.status == 0, "\(apply.stderr)")
        let report = try ApplyReportJSONRenderer.decode(Data(apply.stdout.utf8))
        #expect(report.formatVersion == 1)
        #expect(Set(report.groups.map(\.address)) == ["erp-db", "erp-app", "crm"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(apply.stdout.utf8)) as? [String: Any])
        #expect(object["format_version"] as? Int == 1)
        #expect(object["ended_at"] is String && object["endedAt"] == nil)
        let group = try #require((object["groups"] as? [[String: Any]])?.first { $0["address"] as? String == "erp-db" })
        #expect(group["group_id"] is String && group["groupID"] == nil)
        #expect(group["downtime_start"] is String)
        let jsonFile = work.appendingPathComponent("apply.json")
        try apply.stdout.write(to: jsonFile, atomically: true, encoding: .utf8)
        try Self.check("check_apply_schema.py", jsonFile)

        let text = try String(contentsOf: metrics, encoding: .utf8)
        let erpDB = try #require(report.groups.first { $0.address == "erp-db" })
        #expect(text.contains(#"switchyard_apply_group_result{group="erp-db",group_id="\#(erpDB.groupID)",result="converged"} 1"#))
        #expect(text.contains(#"switchyard_apply_group_downtime_seconds{group="erp-db",group_id="\#(erpDB.groupID)"} "#))
        #expect(text.contains(#"switchyard_apply_groups{result="converged"} 2"#))
        #expect(text.contains(#"switchyard_apply_groups{result="in-sync"} 1"#))
        #expect(text.contains(#"switchyard_apply_last_run_result{result="success"} 1"#))
        #expect(text.contains("switchyard_apply_last_run_success 1\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: metrics.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        try Self.check("check_metrics.py", metrics)
    }

    @Test func aRunThatFailsBeforeItsReportWritesErrorMetrics() throws {
        let work = try CommandRunner.temporaryDirectory()
        let desired = work.appendingPathComponent("desired.yaml")
        try "version: 1\ngroups:\n  - name: erp-db\n    activeSite: nowhere\n".write(to: desired, atomically: true, encoding: .utf8)
        let metrics = work.appendingPathComponent("apply.prom")
        let result = try CommandRunner.switchyard(
            ["apply", "-f", desired.path, "--auto-approve", "--metrics-file", metrics.path, "--journal", work.appendingPathComponent("j.jsonl").path,
             "--region", "cn-north-4", "--sdrs-endpoint", "http://127.0.0.1:9", "--ecs-endpoint", "http://127.0.0.1:9"],
            environment: ApplyCommandTests.environment, directory: work
        )
        #expect(result.status == 1, "\(result.stderr)")
        let text = try String(contentsOf: metrics, encoding: .utf8)
        #expect(text.contains(#"switchyard_apply_last_run_result{result="error"} 1"#))
        #expect(text.contains("switchyard_apply_last_run_success 0\n"))
        #expect(!text.contains("switchyard_apply_group"))
        try Self.check("check_metrics.py", metrics)
    }

    @Test func aMetricsFileInAMissingFolderIsRefusedBeforeAnything() throws {
        let work = try CommandRunner.temporaryDirectory()
        let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path
        let result = try CommandRunner.switchyard(
            ["apply", "-f", desired, "--auto-approve", "--metrics-file", work.appendingPathComponent("no/such/folder/apply.prom").path,
             "--region", "cn-north-4", "--sdrs-endpoint", "http://127.0.0.1:9", "--ecs-endpoint", "http://127.0.0.1:9"],
            environment: ApplyCommandTests.environment, directory: work
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:") && result.stderr.contains("apply.prom"), "\(result.stderr)")
    }
}
