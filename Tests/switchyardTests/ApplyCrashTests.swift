// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Crash safety: kill apply at every journal point (after an intent and before
/// its outcome included), rerun it, and it converges without breaking any SDRS rule.
@Suite("apply survives being killed at any journal point", .serialized)
struct ApplyCrashTests {
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path

    /// Records a full quickstart apply writes: a header, then an intent and an outcome per changing
    /// call (2 groups × stop, reverse, start).
    static let journalPoints = Array(1...13)

    @Test(arguments: journalPoints)
    func rerunConvergesAfterAKillAtJournalRecord(_ point: Int) throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let journal = work.appendingPathComponent("journal.jsonl").path
        let arguments = ["apply", "-f", Self.desired, "--auto-approve", "--journal", journal, "--no-color"] + ApplyCommandTests.endpointArguments(emulator)
        var environment = ApplyCommandTests.environment
        environment["SWITCHYARD_TEST_KILL_AFTER_JOURNAL_RECORD"] = String(point)
        let killed = try CommandRunner.switchyard(arguments, environment: environment, directory: work)
        // Killed by SIGKILL (Process reports the signal number) right after record `point` was written.
        #expect(killed.status == SIGKILL, "point \(point): \(killed.stderr)")
        let records = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        #expect(records.count == point, "point \(point): journal has \(records.count) records")

        let rerun = try CommandRunner.switchyard(arguments, environment: ApplyCommandTests.environment, directory: work)
        #expect(rerun.status == 0, "point \(point): \(rerun.stdout)\n\(rerun.stderr)")
        let plan = try CommandRunner.switchyard(["plan", "-f", Self.desired, "--no-color"] + ApplyCommandTests.endpointArguments(emulator), environment: ApplyCommandTests.environment, directory: work)
        #expect(plan.stdout.contains("0 to switch, 3 in sync, 0 blocked."), "point \(point): \(plan.stdout)")
        #expect(try ApplyCommandTests.violations(emulator).isEmpty, "point \(point)")
        // Exactly one switchover per group, however the runs were cut.
        let counts = try emulator.admin("requests")["operations"] as? [[String: Any]] ?? []
        let reverses = counts.first { $0["operation"] as? String == "StartReverseProtectionGroup" }
        #expect((reverses?["calls"] as? Int ?? 0) - (reverses?["failures"] as? Int ?? 0) == 2, "point \(point)")
    }

    @Test func firstInterruptStopsCleanlyAndARerunResumes() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml", timeScale: 0.02)
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let journal = work.appendingPathComponent("journal.jsonl").path
        let arguments = ["apply", "-f", Self.desired, "--auto-approve", "--journal", journal, "--no-color"] + ApplyCommandTests.endpointArguments(emulator)

        let process = Process()
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("switchyard")
        process.arguments = arguments
        process.environment = ApplyCommandTests.environment.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a }
        process.currentDirectoryURL = work
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while !seen.contains("reverse started") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        process.interrupt()
        let rest = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        seen += String(decoding: rest, as: UTF8.self)
        #expect(process.terminationStatus == 1, "\(seen)")
        #expect(seen.contains("interrupted"))

        let rerun = try CommandRunner.switchyard(arguments, environment: ApplyCommandTests.environment, directory: work)
        #expect(rerun.status == 0, "\(rerun.stdout)\n\(rerun.stderr)")
        #expect(try ApplyCommandTests.violations(emulator).isEmpty)
    }
}
