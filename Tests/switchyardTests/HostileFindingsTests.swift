// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// The findings of the hostile review (issue 12), one regression test each. Items 2, 3 and 5 are
/// also rows of the sink matrix (`HostileTextMatrixTests`); item 6 (saved plans checked step by
/// step) belongs to the apply rewrite.
@Suite("hostile review findings stay fixed", .serialized)
struct HostileFindingsTests {
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path

    func withEmulator(_ body: (EmulatorProcess, [String], URL) throws -> Void) throws {
        let work = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        try body(emulator, ApplyCommandTests.endpointArguments(emulator), work)
    }

    /// Finding 1: a token with a newline, an AK with a trailing CR: refused before any request,
    /// naming the variable, never printing the value, not retried as "connection failed".
    @Test(arguments: [
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", "MY-SECRET-TOKEN-PART1\nPART2"),
        ("HUAWEICLOUD_SDK_AK", "HPUAQUICKSTART00000A\r"),
        ("HUAWEICLOUD_SDK_SK", "quickstart-secret\u{1B}[2Jkey"),
        ("HUAWEICLOUD_SDK_SK", "quickstart-secret-key-not-real-0000000000 "),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "6f4c1d2a9b8e47f3a5c0d9e8b7a61234\r"),
    ])
    func credentialsWithControlCharactersAreRefusedUnshown(_ variable: String, _ value: String) throws {
        try withEmulator { emulator, cloud, work in
            var environment = ApplyCommandTests.environment
            environment[variable] = value
            let result = try CommandRunner.switchyard(["plan", "-f", Self.desired, "--debug"] + cloud, environment: environment, directory: work)
            #expect(result.status == 1)
            #expect(result.stderr.contains("error: \(variable) contains"), "\(result.stderr)")
            for part in value.split(whereSeparator: { $0.isWhitespace || $0 == "\u{1B}" }) where part.count >= 6 && !part.hasPrefix("[2J") {
                #expect(!result.stderr.contains(part) && !result.stdout.contains(part), "the value is never shown: \(result.stderr)")
            }
            #expect(!result.stderr.contains("retrying") && !result.stderr.contains("connection failed"))
            #expect(try emulator.admin("requests")["total_calls"] as? Int == 0, "no request was sent")
        }
    }

    /// Finding 2 (group name with control characters accepted) and 10 (alias bomb printed ten times).
    @Test func controlCharacterGroupNamesAreRefusedAndAliasBombsReportedOnce() throws {
        let work = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        try "version: 1\ngroups:\n  - name: \"erp\\e[2J\\u202Edb\"\n    activeSite: target\n".write(to: work.appendingPathComponent("desired.yaml"), atomically: true, encoding: .utf8)
        let refused = try CommandRunner.switchyard(["validate", "-f", "desired.yaml"], directory: work)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(#"desired.yaml:3:11: error: the group name 'erp\u{1b}[2J\u{202e}db' contains a control or format character"#), "\(refused.stderr)")

        let bomb = BadInputTable.desiredStateRows.first { $0.name == "alias-bomb" }?.files["desired.yaml"]
        guard case .text(let text) = bomb else { Issue.record("the alias-bomb row is gone"); return }
        try text.write(to: work.appendingPathComponent("bomb.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.switchyard(["validate", "-f", "bomb.yaml"], directory: work)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == Set(lines).count, "each diagnostic once: \(result.stderr)")
    }

    /// Finding 7: files.
    @Test func outputPathsAreCheckedFirstAndFilesAreNeverFollowedOrBlockedOn() throws {
        try withEmulator { emulator, cloud, work in
            let environment = ApplyCommandTests.environment
            // --journal onto a symlink (to an empty file, which the reader accepts): refused, the
            // target untouched (content and mode), nothing changed.
            let target = work.appendingPathComponent("precious.txt")
            try "".write(to: target, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target.path)
            try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("link.jsonl").path, withDestinationPath: target.path)
            let linked = try CommandRunner.switchyard(["apply", "-f", Self.desired, "--auto-approve", "--journal", "link.jsonl"] + cloud, environment: environment, directory: work)
            #expect(linked.status == 1)
            #expect(linked.stderr.contains("symbolic link"), "\(linked.stderr)")
            #expect(try String(contentsOf: target, encoding: .utf8) == "")
            #expect(try ApplyCommandTests.changingCalls(emulator) == 0)
            #expect((try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? NSNumber)?.intValue == 0o644)

            // --report /proc/r.html: refused before any change.
            let proc = try CommandRunner.switchyard(["apply", "-f", Self.desired, "--auto-approve", "--journal", "j.jsonl", "--report", "/proc/r.html"] + cloud, environment: environment, directory: work)
            #expect(proc.status == 1)
            #expect(proc.stderr.contains("/proc/r.html: cannot write a file in its folder"), "\(proc.stderr)")

            // --metrics-file onto a folder: exit 1, before observing.
            let folder = work.appendingPathComponent("metrics.prom")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let metrics = try CommandRunner.switchyard(["drift", "-f", Self.desired, "--metrics-file", folder.path] + cloud, environment: environment, directory: work)
            #expect(metrics.status == 1)
            #expect(metrics.stderr.contains("is a folder"), "\(metrics.stderr)")
            #expect(try ApplyCommandTests.changingCalls(emulator) == 0)

            // A failed drift --output run removes the previous report.
            let stale = work.appendingPathComponent("d.xml")
            try "<old/>".write(to: stale, atomically: true, encoding: .utf8)
            var broken = environment
            broken["HUAWEICLOUD_SDK_SK"] = "wrong-secret-key-not-real-99999999999"
            let failed = try CommandRunner.switchyard(["drift", "-f", Self.desired, "--format", "junit", "--output", stale.path] + cloud, environment: broken, directory: work)
            #expect(failed.status == 1)
            #expect(!FileManager.default.fileExists(atPath: stale.path), "no stale report is left to publish")
            #expect(failed.stderr.contains("removed the previous report"), "\(failed.stderr)")

            // -f on a FIFO with no writer: refused at once; a symlink loop is named as a loop.
            let fifo = work.appendingPathComponent("fifo.yaml").path
            #expect(mkfifo(fifo, 0o600) == 0)
            let fromFIFO = try CommandRunner.switchyard(["validate", "-f", fifo], directory: work)
            #expect(fromFIFO.status == 1)
            #expect(fromFIFO.stderr.contains("is not a regular file"), "\(fromFIFO.stderr)")
            try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("a.yaml").path, withDestinationPath: "b.yaml")
            try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("b.yaml").path, withDestinationPath: "a.yaml")
            let loop = try CommandRunner.switchyard(["validate", "-f", "a.yaml"], directory: work)
            #expect(loop.stderr.contains("symbolic link loop"), "\(loop.stderr)")

            // The same for a saved plan: `apply PLAN` on a FIFO or a loop is refused, never read.
            let planFIFO = work.appendingPathComponent("plan.json").path
            #expect(mkfifo(planFIFO, 0o600) == 0)
            let fromPlanFIFO = try CommandRunner.switchyard(["apply", planFIFO] + cloud, environment: environment, directory: work)
            #expect(fromPlanFIFO.status == 1)
            #expect(fromPlanFIFO.stderr.contains("is not a regular file"), "\(fromPlanFIFO.stderr)")
            let planLoop = try CommandRunner.switchyard(["apply", "a.yaml"] + cloud, environment: environment, directory: work)
            #expect(planLoop.stderr.contains("symbolic link loop"), "\(planLoop.stderr)")
        }
    }

    /// Finding 8: `--region` is checked like the file's region.
    @Test func anAvailabilityZoneIsNotARegion() throws {
        try withEmulator { emulator, _, work in
            let result = try CommandRunner.switchyard(
                ["plan", "-f", Self.desired, "--region", "cn-north-4a", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url],
                environment: ApplyCommandTests.environment, directory: work)
            #expect(result.status == 1)
            #expect(result.stderr.contains("--region 'cn-north-4a' is not a region name like cn-north-4; that is an availability zone, its region is cn-north-4"), "\(result.stderr)")
        }
    }

    /// Finding 9: the admin API bounds its numbers; the emulator keeps serving.
    @Test func theEmulatorClockCannotBeAdvancedPastItsBound() throws {
        try withEmulator { emulator, cloud, work in
            let status = try CommandRunner.run(
                URL(fileURLWithPath: "/usr/bin/curl"),
                ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H", "Content-Type: application/json", "-d", #"{"seconds": 1e300}"#, "\(emulator.adminURL)/__emulator/clock/advance"])
            #expect(status.stdout == "400")
            let plan = try CommandRunner.switchyard(["plan", "-f", Self.desired] + cloud, environment: ApplyCommandTests.environment, directory: work)
            #expect(plan.status == 0, "the emulator still answers: \(plan.stderr)")
        }
    }
}
