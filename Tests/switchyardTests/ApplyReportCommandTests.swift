// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `apply --report FILE.html` end to end: the page the real CLI writes for a run where one group
/// converges and one fails, checked for content and, when `SWITCHYARD_BROWSER_CHECK` names the
/// Python with Pillow (scripts/test sets it), rendered in headless Chromium by
/// `Tests/Browser/check_apply_report.py`.
@Suite("switchyard apply --report", .serialized)
struct ApplyReportCommandTests {
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path
    static let erpApp = "1a8a088e-8ec8-4fe5-94b5-37bc699d57a3"
    static let browserPython = ProcessInfo.processInfo.environment["SWITCHYARD_BROWSER_CHECK"]

    /// Runs apply with erp-app's reverse jobs failing; returns the result and the report path.
    func applyWithAFailedGroup(_ emulator: EmulatorProcess, work: URL) throws -> (CommandResult, String) {
        try emulator.post("faults", json: #"{"kind": "reverse-job-failure", "group_id": "\#(Self.erpApp)", "error_code": "SDRS.1029", "fail_reason": "replication link broken"}"#)
        let report = work.appendingPathComponent("reports/apply.html").path
        let result = try CommandRunner.switchyard(
            ["apply", "-f", Self.desired, "--auto-approve", "--journal", work.appendingPathComponent("journal.jsonl").path, "--no-color", "--report", report]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work
        )
        return (result, report)
    }

    @Test func writesATimelineWithTheFailedGroupInRed() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let (result, report) = try applyWithAFailedGroup(emulator, work: work)
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("HTML report written to \(report)"))
        let html = try String(contentsOfFile: report, encoding: .utf8)
        let attributes = try FileManager.default.attributesOfItem(atPath: report)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(html.contains("<tr class=\"result-converged\" data-group=\"erp-db\">"))
        #expect(html.contains("<tr class=\"result-failed failed\" data-group=\"erp-app\">"))
        #expect(html.contains("class=\"bar step-stop\""))
        #expect(html.contains("class=\"bar step-start\""))
        #expect(html.range(of: #"class="bar step-reverse[^"]* failed""#, options: .regularExpression) != nil)
        #expect(html.contains("SDRS.1029"))
        #expect(html.contains("class=\"rto"))
        // An sdrs-emulator on loopback: the page says it may be a rehearsal, and where it ran.
        #expect(html.contains("<strong>REHEARSAL?</strong>"), "the loopback banner")
        #expect(html.contains("(loopback endpoints)") && html.contains("<dt>By</dt><dd>switchyard "))
        #expect(!html.contains("quickstart-secret-key-not-real") && !html.contains("HPUAQUICKSTART00000A"))
        #expect(try ApplyCommandTests.violations(emulator).isEmpty)
    }

    @Test(.enabled(if: browserPython != nil, "set SWITCHYARD_BROWSER_CHECK to the Python with Pillow (scripts/test does)"))
    func theCLIsPageRendersInHeadlessChromium() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let (result, report) = try applyWithAFailedGroup(emulator, work: work)
        #expect(result.status == 1)
        let check = try CommandRunner.run(
            URL(fileURLWithPath: try #require(Self.browserPython)),
            [CommandRunner.repositoryRoot.appendingPathComponent("Tests/Browser/check_apply_report.py").path, report]
        )
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        #expect(check.stdout.contains("(a failed step is reported)"))
    }

    @Test func aReportPathThatCannotBeWrittenIsRefusedBeforeAnyChange() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.switchyard(
            ["apply", "-f", Self.desired, "--auto-approve", "--journal", work.appendingPathComponent("journal.jsonl").path, "--report", work.path]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(work.path): is a folder; give a file name for the report"), "\(result.stderr)")
        #expect(try ApplyCommandTests.changingCalls(emulator) == 0)
    }

    @Test func aRunWithNothingToDoStillWritesItsReport() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let journal = work.appendingPathComponent("journal.jsonl").path
        let first = try CommandRunner.switchyard(
            ["apply", "-f", Self.desired, "--auto-approve", "--journal", journal] + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work
        )
        #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
        let report = work.appendingPathComponent("again.html").path
        let again = try CommandRunner.switchyard(
            ["apply", "-f", Self.desired, "--auto-approve", "--journal", work.appendingPathComponent("other-journal.jsonl").path, "--report", report]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work
        )
        #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        #expect(again.stdout.contains("No changes: every group is where it should be."))
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("No group was worked on in this run."))
    }
}
