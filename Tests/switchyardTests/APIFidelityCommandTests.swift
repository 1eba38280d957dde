// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// plan and apply against the emulator's gateway rate limit and IAM refusals (reference §12.1).
@Suite("switchyard against rate limits and IAM refusals, end to end", .serialized)
struct APIFidelityCommandTests {
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path

    /// The quickstart fixture with a per-identity rate limit, in a fresh folder.
    static func rateLimitedFixture(calls: Int, perSeconds: Int) throws -> (work: URL, fixture: String) {
        let work = try CommandRunner.temporaryDirectory()
        let original = try String(
            contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml"), encoding: .utf8)
        // The fixture (it holds the fixture's credentials) lives outside the folder the CLI runs in,
        // which the secret scan reads for files the run wrote.
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("cloud.yaml").path
        try (original + "\nrate_limit: {calls: \(calls), per_seconds: \(perSeconds)}\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (work, path)
    }

    /// `throttled: N calls were refused …; S s spent waiting before retrying.` → N.
    static func throttledCalls(_ stderr: String) -> Int? {
        guard let match = stderr.firstMatch(of: #/throttled: (\d+) calls? w(?:as|ere) refused by the cloud's rate limit; [0-9.]+ s spent waiting before retrying\./#) else {
            return nil
        }
        return Int(match.1)
    }

    @Test func planAndApplyFinishUnderAThrottlingRateLimitAndSaySo() throws {
        // A bucket of 1 call per 500 emulated seconds: at time scale 0.001, one token per 0.5 s of
        // wall time. Every observation sends its instance and replication lists at once after the
        // group list, so one of them is refused however slow the machine is (a bucket of 2 refilled
        // every 50 ms let a loaded machine pass without a single refusal). Back-off at 1 % of the real
        // cloud's (at most 0.3 s per wait, 60 attempts) outlasts a 0.5 s refill; at the emulator's
        // 0.1 % the 60 attempts were spent within 2 s.
        let (work, fixture) = try Self.rateLimitedFixture(calls: 1, perSeconds: 500)
        let embedded = ["--emulator", fixture, "--emulator-state", work.appendingPathComponent("state.json").path,
                        "--emulator-time-scale", "0.001", "--retry-time-scale", "0.01", "--no-color"]
        let plan = try CommandRunner.switchyard(["plan", "-f", Self.desired] + embedded, environment: [:], directory: work)
        #expect(plan.status == 0, "\(plan.stdout)\n\(plan.stderr)")
        #expect(plan.stdout.contains("2 to switch"))
        #expect((Self.throttledCalls(plan.stderr) ?? 0) > 0, "\(plan.stderr)")

        let apply = try CommandRunner.switchyard(
            ["apply", "-f", Self.desired, "--auto-approve", "--journal", work.appendingPathComponent("journal.jsonl").path] + embedded,
            environment: [:], directory: work)
        #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        #expect(apply.stdout.contains("erp-db: converged") && apply.stdout.contains("erp-app: converged"))
        #expect((Self.throttledCalls(apply.stderr) ?? 0) > 0, "\(apply.stderr)")

        let after = try CommandRunner.switchyard(["plan", "-f", Self.desired, "--detailed-exitcode"] + embedded, environment: [:], directory: work)
        #expect(after.status == 0, "\(after.stdout)\n\(after.stderr)")
        #expect(after.stdout.contains("0 to switch, 3 in sync"))
    }

    @Test func driftUnderAThrottlingRateLimitSaysSoToo() throws {
        let (work, fixture) = try Self.rateLimitedFixture(calls: 1, perSeconds: 500)
        let drift = try CommandRunner.switchyard(
            ["drift", "-f", Self.desired, "--emulator", fixture, "--emulator-state", work.appendingPathComponent("state.json").path,
             "--emulator-time-scale", "0.001", "--retry-time-scale", "0.01", "--no-color"], environment: [:], directory: work)
        // 2: drift found (two groups are not at their declared site).
        #expect(drift.status == 2, "\(drift.stdout)\n\(drift.stderr)")
        #expect((Self.throttledCalls(drift.stderr) ?? 0) > 0, "\(drift.stderr)")
    }

    @Test func unthrottledRunsPrintNoThrottlingLine() throws {
        let work = try CommandRunner.temporaryDirectory()
        let plan = try CommandRunner.switchyard(
            ["plan", "-f", Self.desired, "--emulator", "examples/quickstart/cloud.yaml",
             "--emulator-state", work.appendingPathComponent("state.json").path], environment: [:])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(!plan.stderr.contains("throttled"))
    }

    @Test func applyWithAReadOnlyIdentityStopsAtPdp0001AndChangesNothing() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let readOnly = [
            "HUAWEICLOUD_SDK_AK": "HPUAQUICKSTARTREAD0A", "HUAWEICLOUD_SDK_SK": "quickstart-readonly-key-not-real-00000000",
            "HUAWEICLOUD_SDK_PROJECT_ID": "6f4c1d2a9b8e47f3a5c0d9e8b7a61234",
        ]
        let apply = try CommandRunner.switchyard(
            ["apply", "-f", Self.desired, "--auto-approve", "--no-color", "--journal", work.appendingPathComponent("journal.jsonl").path,
             "--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url],
            environment: readOnly, directory: work)
        #expect(apply.status == 1, "\(apply.stdout)\n\(apply.stderr)")
        let output = apply.stdout + apply.stderr
        #expect(output.contains("Pdp.0001"), "\(output)")
        #expect(output.contains("Policy doesn't allow ecs:cloudServers:stop to be performed."))
        #expect(output.contains("switchyard permissions"))
        #expect(!output.contains("quickstart-readonly-key-not-real"))
        let requests = try emulator.admin("requests")
        let operations = requests["operations"] as? [[String: Any]] ?? []
        let calls = Dictionary(uniqueKeysWithValues: operations.compactMap { entry in
            (entry["operation"] as? String).map { ($0, entry["calls"] as? Int ?? 0) }
        })
        #expect(calls["StartReverseProtectionGroup"] ?? 0 == 0, "no reverse after the refused stop")
        #expect(calls["BatchStartServers"] ?? 0 == 0)
        #expect(requests["changing_calls"] as? Int == 1, "only the refused stop")
    }
}
