// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `switchyard drill` end to end: the built binary against the embedded emulator (whose time scale
/// it knows, so recovery times read in cloud seconds) and against an `sdrs-emulator` process
/// (whose admin API shows which drills exist after a killed run).
@Suite("switchyard drill, end to end", .serialized)
struct DrillCommandTests {
    static let fixture = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml").path
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path

    /// `drill` against the embedded emulator at time scale 0.001, in `folder` (where its state file goes).
    func embeddedDrill(_ extra: [String], in folder: URL, desired: String = desired) throws -> CommandResult {
        try CommandRunner.switchyard(
            ["drill", "-f", desired, "--emulator", Self.fixture, "--emulator-time-scale", "0.001"] + extra, directory: folder)
    }

    /// A desired-state file in `folder`: erp-db with a 5-minute RTO (which the emulator's 10-minute
    /// drill exceeds), crm, and `extra` groups (YAML list items).
    static func slowERPDesired(in folder: URL, extra: String = "") throws -> URL {
        let desired = folder.appendingPathComponent("desired.yaml")
        try """
            version: 1
            groups:
              - name: erp-db
                activeSite: source
                rto: 5m
              - name: crm
                activeSite: target
            \(extra)
            """.write(to: desired, atomically: true, encoding: .utf8)
        return desired
    }

    /// `validate_drill_junit.py` on a JUnit report and the JSON report of the same drill, when the
    /// test Python (scripts/python-env) is there.
    static func validateJUnit(_ xml: String, against json: String) throws -> CommandResult? {
        let python = CommandRunner.repositoryRoot.appendingPathComponent(".build-venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return nil }
        return try CommandRunner.run(
            python, [CommandRunner.repositoryRoot.appendingPathComponent("Tests/SchemaAgreement/validate_drill_junit.py").path, xml, json])
    }

    /// The HTML page rendered in Chromium by `check_apply_report.py`, when SWITCHYARD_BROWSER_CHECK is set.
    static func renderInBrowser(_ page: String) throws -> CommandResult? {
        guard let browser = ApplyReportCommandTests.browserPython else { return nil }
        return try CommandRunner.run(
            URL(fileURLWithPath: browser), [CommandRunner.repositoryRoot.appendingPathComponent("Tests/Browser/check_apply_report.py").path, page])
    }

    /// The drills in the embedded emulator's state file (the emulator is gone when the CLI exits).
    func savedDrills(in folder: URL) throws -> [[String: Any]] {
        let path = folder.appendingPathComponent(".switchyard/emulator/quickstart-cloud.json")
        let state = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        return ((state["drills"] as? [String: Any]) ?? [:]).values.compactMap { $0 as? [String: Any] }
    }

    @Test func quickstartCreatesTimesChecksAndDeletesADrillPerGroup() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let log = folder.appendingPathComponent("checks.log").path
        let check = #"test -n "$SWITCHYARD_DRILL_SERVER_IDS" && echo "$SWITCHYARD_GROUP_NAME $SWITCHYARD_GROUP_ID $SWITCHYARD_DRILL_SERVER_IDS" >> "#
            + log
        let result = try embeddedDrill(["--format", "json", "--check", check], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["format_version"] as? Int == 1 && report["time_scale"] as? Double == 0.001)
        let groups = try #require(report["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["address"] as? String } == ["crm", "erp-app", "erp-db"])
        for group in groups {
            #expect(group["passed"] as? Bool == true && group["deleted"] as? Bool == true, "\(group)")
            #expect(group["check_exit_status"] as? Int == 0)
            // The emulator's drill takes 600 cloud seconds, by the drill's own timestamps.
            let recovery = try #require(group["recovery_seconds"] as? Double)
            #expect(abs(recovery - 600) < 1, "\(recovery)")
            #expect(try #require(group["measured_seconds"] as? Double) >= 599)
            #expect((group["servers"] as? [[String: Any]])?.isEmpty == false)
        }
        // erp-app declares rto: 15m, which a 10-minute drill meets.
        #expect(groups[1]["rto_seconds"] as? Int == 900 && groups[1]["exceeded_rto"] as? Bool == false)
        let checks = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(checks.count == 3)
        #expect(Set(checks.map { String($0.split(separator: " ")[0]) }) == ["erp-db", "erp-app", "crm"])
        #expect(try savedDrills(in: folder).isEmpty)
        #expect(result.stderr.contains("erp-db: creating drill switchyard-drill-"))
    }

    @Test func aDrillSlowerThanTheRTOFailsItsJUnitTestCaseAndTheRun() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let desired = try Self.slowERPDesired(in: folder)
        let xml = folder.appendingPathComponent("drill.xml").path
        let page = folder.appendingPathComponent("drill.html").path
        let junit = try embeddedDrill(["--format", "junit", "--output", xml, "--report", page], in: folder, desired: desired.path)
        #expect(junit.status == 1, "\(junit.stderr)")
        #expect(junit.stdout == "Drill: 1 passed, 1 failed.\n")
        let text = try String(contentsOfFile: xml, encoding: .utf8)
        #expect(text.contains(#"<testcase classname="switchyard.drill" name="erp-db" time="600"#))
        #expect(text.contains(#"type="rto-exceeded""#))
        #expect(text.contains(#"tests="2" failures="1""#))
        let json = try embeddedDrill(["--format", "json"], in: folder, desired: desired.path)
        #expect(json.status == 1)
        let jsonPath = folder.appendingPathComponent("drill.json")
        try json.stdout.write(to: jsonPath, atomically: true, encoding: .utf8)
        if let check = try Self.validateJUnit(xml, against: jsonPath.path) {
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("1 passed, 0 failed"))
        }
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<svg class=\"timeline\""))
        #expect(html.contains("class=\"bar step-create\"") && html.contains("class=\"rto"))
        #expect(html.contains("<tr class=\"result-failed failed\" data-group=\"erp-db\">"))
        if let rendered = try Self.renderInBrowser(page) {
            #expect(rendered.status == 0, "\(rendered.stdout)\n\(rendered.stderr)")
            #expect(rendered.stdout.contains("(a failure is reported)"))
        }
        #expect(try savedDrills(in: folder).isEmpty)
    }

    @Test func aFailingCheckFailsTheRunAndKeepLeavesDrillsForTheNextRun() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let failing = try embeddedDrill(["--target", "crm", "--check", "exit 7"], in: folder)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("check exited with status 7"))
        #expect(try savedDrills(in: folder).isEmpty)
        let kept = try embeddedDrill(["--target", "crm", "--keep"], in: folder)
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(try savedDrills(in: folder).count == 1)
        let next = try embeddedDrill(["--target", "crm", "--format", "json"], in: folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains(#""removed_leftovers" : ["#))
        #expect(try savedDrills(in: folder).isEmpty)
        let unknown = try embeddedDrill(["--target", "nope"], in: folder)
        #expect(unknown.status == 1 && unknown.stderr.contains("names no declared group"))
    }

    @Test func aDrillLeftRunningIsDriftUntilTheNextDrillRemovesIt() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let kept = try embeddedDrill(["--target", "crm", "--keep"], in: folder)
        #expect(kept.status == 0, "\(kept.stderr)")
        let drift = try CommandRunner.switchyard(
            ["drift", "-f", Self.desired, "--emulator", Self.fixture, "--format", "json"], directory: folder)
        #expect(drift.status == 2, "\(drift.stdout)\n\(drift.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any])
        let crm = (report["groups"] as? [[String: Any]] ?? []).first { $0["address"] as? String == "crm" }
        #expect(crm?["state"] as? String == "degraded")
        #expect((crm?["reasons"] as? [[String: Any]] ?? []).contains { $0["code"] as? String == "drill-left-running" }, "\(drift.stdout)")
        _ = try embeddedDrill(["--target", "crm"], in: folder)
        let clean = try CommandRunner.switchyard(
            ["drift", "-f", Self.desired, "--emulator", Self.fixture, "--format", "json"], directory: folder)
        #expect(!clean.stdout.contains("drill-left-running"), "\(clean.stdout)")
    }

    @Test func drillVPCsAreAssignedPerGroupAndABareVPCNeedsASingleGroup() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let result = try embeddedDrill(["--target", "crm", "--target", "erp-db", "--drill-vpc", "crm=vpc-drill-1", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let vpcs = (report["groups"] as? [[String: Any]] ?? []).map { $0["drill_vpc_id"] as? String }
        #expect(vpcs.first == "vpc-drill-1" && vpcs.count == 2 && vpcs[1] != "vpc-drill-1")
        let bare = try embeddedDrill(["--drill-vpc", "vpc-drill-2"], in: folder)
        #expect(bare.status == 1 && bare.stderr.contains("needs exactly one drilled group"))
        let twice = try embeddedDrill(["--drill-vpc", "crm=vpc-x", "--drill-vpc", "erp-db=vpc-x"], in: folder)
        #expect(twice.status == 64 && twice.stderr.contains("SDRS.1921"))
    }

    @Test func aDrillWhoseCreationFailsFailsItsGroupAndIsDeletedAgain() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        try emulator.post("faults", json: #"{"kind": "drill-job-failure", "operation": "CreateDisasterRecoveryDrill", "count": 1}"#)
        let result = try CommandRunner.switchyard(
            ["drill", "-f", Self.desired, "--target", "crm", "--format", "junit", "--poll-scale", "0.01"]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: try CommandRunner.temporaryDirectory())
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains(#"type="drill-failed""#) && result.stdout.contains("status error instead of available"))
        #expect((try emulator.admin("drills")["drills"] as? [Any])?.isEmpty == true)
        #expect((try emulator.admin("faults")["faults"] as? [Any])?.isEmpty == true)
    }

    @Test func permissionsForDrillListTheReadsAndTheDrillCallsAndTheSDRSAdministratorRole() throws {
        let result = try CommandRunner.switchyard(["permissions", "--for", "drill", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let calls = document["calls"] as? [[String: Any]] ?? []
        #expect(calls.compactMap { $0["operation"] as? String } == PermissionsCommandTests.readOperations + [
            "ListDisasterRecoveryDrills", "CreateDisasterRecoveryDrill", "ShowDisasterRecoveryDrill", "DeleteDisasterRecoveryDrill",
        ])
        let create = try #require(calls.first { $0["operation"] as? String == "CreateDisasterRecoveryDrill" })
        #expect(create["granted_by"] as? [String] == ["SDRS Administrator (sdrs_adm)"] && create["action"] == nil)
        #expect(calls.allSatisfy { !["BatchStopServers", "BatchStartServers", "StartReverseProtectionGroup"].contains($0["operation"] as? String ?? "") })
        let grants = (document["grants"] as? [[String: Any]] ?? []).compactMap { $0["grant"] as? String }
        #expect(grants == ["SDRS Administrator (sdrs_adm)"])
    }

    @Test func theCheckGetsTheDrillButNotTheCredentials() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let folder = try CommandRunner.temporaryDirectory()
        let log = folder.appendingPathComponent("env.log").path
        let result = try CommandRunner.switchyard(
            ["drill", "-f", Self.desired, "--target", "crm", "--check", "env > \(log)", "--poll-scale", "0.01"]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let environment = try String(contentsOfFile: log, encoding: .utf8)
        #expect(environment.contains("SWITCHYARD_GROUP_NAME=crm\n"))
        #expect(environment.contains("SWITCHYARD_DRILL_SERVER_IDS="))
        #expect(!environment.contains("HUAWEICLOUD_SDK_SK") && !environment.contains("HUAWEICLOUD_SDK_AK"))
        #expect(environment.contains("HUAWEICLOUD_SDK_PROJECT_ID="))
    }

    @Test func aRunKilledMidDrillIsCleanedUpByTheNextRun() async throws {
        // Time scale 0.005: a drill takes 3 s to create, so the kill lands while it is creating.
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml", timeScale: 0.005)
        defer { emulator.stop() }
        let arguments = ["drill", "-f", Self.desired, "--format", "json"] + ApplyCommandTests.endpointArguments(emulator)
            + ["--poll-scale", "0.01"]
        let process = Process()
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("switchyard")
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()].merging(ApplyCommandTests.environment) { _, new in new }
        process.currentDirectoryURL = try CommandRunner.temporaryDirectory()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let drillsBeforeKill = try await offThePool { () -> Int in
            let deadline = Date().addingTimeInterval(20)
            var count = 0
            while Date() < deadline, process.isRunning {
                count = (try emulator.admin("drills")["drills"] as? [Any])?.count ?? 0
                if count == 3 { break }
                usleep(20_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return count
        }
        #expect(drillsBeforeKill == 3)
        #expect((try emulator.admin("drills")["drills"] as? [Any])?.count == 3)
        let rerun = try await offThePool {
            try CommandRunner.switchyard(arguments, environment: ApplyCommandTests.environment, directory: try CommandRunner.temporaryDirectory())
        }
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(rerun.stdout.utf8)) as? [String: Any])
        let groups = try #require(report["groups"] as? [[String: Any]])
        #expect(groups.allSatisfy { ($0["removed_leftovers"] as? [String])?.count == 1 && $0["passed"] as? Bool == true })
        #expect((try emulator.admin("drills")["drills"] as? [Any])?.isEmpty == true)
        #expect((try emulator.admin("invariants")["violations"] as? [Any])?.isEmpty == true)
        let counts = try emulator.admin("requests")
        let operations = counts["operations"] as? [[String: Any]] ?? []
        let production = operations.filter {
            ["StartReverseProtectionGroup", "BatchStopServers", "BatchStartServers", "StartFailoverProtectionGroup",
             "StartProtectionGroup", "StopProtectionGroup"].contains($0["operation"] as? String ?? "")
        }
        #expect(production.allSatisfy { $0["calls"] as? Int == 0 })
    }
}
