// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `switchyard drift` end to end: the built binary against an `sdrs-emulator` process whose group
/// is switched out of band through the admin API.
@Suite("switchyard drift, end to end", .serialized)
struct DriftCommandTests {
    static let erpDB = "f8e34cd7-fbbf-4d9b-8c6b-a17d0ff7e85b"
    /// The read-only identity of the quickstart fixture: drift needs no more.
    static let environment = [
        "HUAWEICLOUD_SDK_AK": "HPUAQUICKSTARTREAD0A", "HUAWEICLOUD_SDK_SK": "quickstart-readonly-key-not-real-00000000",
        "HUAWEICLOUD_SDK_PROJECT_ID": "6f4c1d2a9b8e47f3a5c0d9e8b7a61234",
    ]
    static let inSyncSummary = "0 drifted, 0 in progress, 0 degraded, 0 missing, 3 in sync, 0 unmanaged."
    static let driftedSummary = "1 drifted, 0 in progress, 0 degraded, 0 missing, 2 in sync, 0 unmanaged."

    /// A desired state that matches the quickstart fixture as served (erp-db, erp-app at source; crm at target).
    func inSyncDesiredFile() throws -> URL {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("desired.yaml")
        try """
            version: 1
            groups:
              - name: erp-db
                activeSite: source
              - name: erp-app
                activeSite: source
              - name: crm
                activeSite: target

            """.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func drift(_ emulator: EmulatorProcess, _ desired: URL, _ extra: [String] = []) throws -> CommandResult {
        try CommandRunner.switchyard(
            ["drift", "-f", desired.path, "--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url, "--no-color"] + extra,
            environment: Self.environment
        )
    }

    @Test func inSyncExitsZeroAndMakesNoChangingCall() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let result = try drift(emulator, try inSyncDesiredFile())
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").last.map(String.init) == Self.inSyncSummary)
        #expect(result.stdout.contains("= in sync: crm, erp-app, erp-db"))
        let counts = try emulator.admin("requests")
        #expect(counts["changing_calls"] as? Int == 0)
        #expect((counts["total_calls"] as? Int ?? 0) > 0)
    }

    @Test func aGroupSwitchedOutOfBandIsDriftInEveryFormat() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let desired = try inSyncDesiredFile()
        try emulator.post("groups/\(Self.erpDB)/priority-station", json: #"{"priority_station": "target"}"#)

        let text = try drift(emulator, desired)
        #expect(text.status == 2, "\(text.stderr)")
        #expect(text.stdout.contains("~ erp-db  drifted: production at target (cn-north-4b), Git declares source (cn-north-4a)"))
        #expect(text.stdout.split(separator: "\n").last.map(String.init) == Self.driftedSummary)

        let json = try drift(emulator, desired, ["--format", "json"])
        #expect(json.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let groups = object?["groups"] as? [[String: Any]] ?? []
        let erpDB = groups.first { $0["address"] as? String == "erp-db" }
        #expect(erpDB?["state"] as? String == "drifted")
        #expect(erpDB?["group_id"] as? String == Self.erpDB)
        #expect(object?["format_version"] as? Int == 1)

        let markdown = try drift(emulator, desired, ["--format", "markdown"])
        #expect(markdown.status == 2)
        #expect(markdown.stdout.hasPrefix("### switchyard drift: drift found. \(Self.driftedSummary)"))
        #expect(markdown.stdout.contains("| `~` | `erp-db` | drifted |"))

        let junit = try drift(emulator, desired, ["--format", "junit"])
        #expect(junit.status == 2)
        #expect(junit.stdout.contains(#"<testcase classname="switchyard.drift" name="erp-db">"# + "\n" + #"      <failure message="drifted: "#))
        #expect(junit.stdout.contains(#"tests="3" failures="1" errors="0" skipped="0""#))
        #expect(junit.stdout.contains(#"<testcase classname="switchyard.drift" name="crm"/>"#))

        #expect(try emulator.admin("requests")["changing_calls"] as? Int == 0)
    }

    @Test func outputFileIsOwnerOnlyAndTheExitCodeStillSaysDrift() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        try emulator.post("groups/\(Self.erpDB)/priority-station", json: #"{"priority_station": "target"}"#)
        let directory = try CommandRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("reports/drift.xml").path
        let result = try drift(emulator, try inSyncDesiredFile(), ["--format", "junit", "--output", output])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout == Self.driftedSummary + "\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOfFile: output, encoding: .utf8)
        #expect(saved.hasPrefix("<?xml"))
        #expect(saved.contains(#"name="erp-db">"#))
    }

    @Test func metricsFileIsWrittenAtomicallyAndParses() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        try emulator.post("groups/\(Self.erpDB)/priority-station", json: #"{"priority_station": "target"}"#)
        let directory = try CommandRunner.temporaryDirectory()
        let metrics = directory.appendingPathComponent("switchyard.prom")
        let result = try drift(emulator, try inSyncDesiredFile(), ["--metrics-file", metrics.path])
        #expect(result.status == 2, "\(result.stderr)")
        let text = try String(contentsOf: metrics, encoding: .utf8)
        #expect(text.contains(#"switchyard_group_in_sync{group="erp-db",group_id="\#(Self.erpDB)"} 0"#))
        #expect(text.contains(#"switchyard_group_in_sync{group="crm",group_id="a1a9f963-559e-404c-a001-7eafd7581ced"} 1"#))
        #expect(text.contains(#"switchyard_group_active_site_info{group="erp-db",site="target",availability_zone="cn-north-4b"} 1"#))
        #expect(text.contains(#"switchyard_group_state{group="erp-db",state="drifted"} 1"#))
        #expect(text.contains(#"switchyard_groups{state="drifted"} 1"#))
        #expect(text.contains(#"switchyard_groups{state="in-sync"} 2"#))
        #expect(text.contains("switchyard_drift_last_run_success 1\n"))
        #expect(text.contains("# TYPE switchyard_drift_last_run_timestamp_seconds gauge\n"))
        // Only the metrics file is left: the temporary file was renamed into place.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["switchyard.prom"])
        // The real Prometheus parser, when the test virtualenv exists (scripts/test creates it).
        let python = CommandRunner.repositoryRoot.appendingPathComponent(".build-venv/bin/python")
        if FileManager.default.isExecutableFile(atPath: python.path) {
            let check = try CommandRunner.run(python, [CommandRunner.repositoryRoot.appendingPathComponent("Tests/SchemaAgreement/check_metrics.py").path, metrics.path])
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("1 passed, 0 failed"))
        }
    }

    @Test func aRefusedIdentityExitsOneAndRecordsAFailedRun() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let directory = try CommandRunner.temporaryDirectory()
        let metrics = directory.appendingPathComponent("switchyard.prom")
        var environment = Self.environment
        environment["HUAWEICLOUD_SDK_SK"] = "not-the-secret-key-of-this-identity-0000"
        let result = try CommandRunner.switchyard(
            ["drift", "-f", try inSyncDesiredFile().path, "--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url, "--metrics-file", metrics.path],
            environment: environment
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:"))
        #expect(!result.stderr.contains("not-the-secret-key"))
        let text = try String(contentsOf: metrics, encoding: .utf8)
        #expect(text.contains("switchyard_drift_last_run_success 0\n"))
        #expect(!text.contains("switchyard_group_in_sync"))
    }

    @Test func anInvalidDesiredStateExitsOne() throws {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("desired.yaml")
        try "version: 2\ngroups: []\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.switchyard(["drift", "-f", file.path], environment: Self.environment)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }
}
