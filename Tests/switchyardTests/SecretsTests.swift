// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Every command, run with `--debug` and temporary credentials (AK, SK and security token), leaks
/// none of them nor any signature into stdout, stderr, plans, journals, reports or metrics — also
/// when the cloud refuses the credentials or a job fails — and every file it writes is 0600.
/// (The scan itself runs in `CommandRunner.switchyard` after every CLI run in every test.)
@Suite("secrets never leak, files are private", .serialized)
struct SecretsTests {
    static let temporaryAccessKey = "HPUATEMPORARYKEY000A"
    static let temporarySecretKey = "temporary-secret-key-not-real-111111111"
    static let securityToken = "gQpzdGVtcG9yYXJ5LXNlY3VyaXR5LXRva2VuLW5vdC1yZWFsLTIyMjIyMjIy"
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path
    static let environment = [
        "HUAWEICLOUD_SDK_AK": temporaryAccessKey, "HUAWEICLOUD_SDK_SK": temporarySecretKey,
        "HUAWEICLOUD_SDK_SECURITY_TOKEN": securityToken, "HUAWEICLOUD_SDK_PROJECT_ID": ApplyCommandTests.project,
    ]

    /// The quickstart estate plus a temporary credential that needs its security token.
    static func fixtureWithTemporaryCredentials(in work: URL) throws -> String {
        let original = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml"), encoding: .utf8)
        let credential = """
            credentials:
              - access_key_id: \(temporaryAccessKey)
                secret_access_key: \(temporarySecretKey)
                security_token: \(securityToken)

            """
        let text = original.replacingOccurrences(of: "credentials:\n", with: credential)
        let path = work.appendingPathComponent("cloud.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Runs `arguments` with --debug; checks the run was really logged (the scan saw API calls).
    static func debugRun(_ arguments: [String], emulator: EmulatorProcess?, work: URL, environment: [String: String] = environment) throws -> CommandResult {
        let endpoints = emulator.map { ApplyCommandTests.endpointArguments($0) } ?? []
        return try CommandRunner.switchyard(arguments + ["--debug", "--no-color"] + endpoints, environment: environment, directory: work)
    }

    @Test func everyCommandWithDebugKeepsTheTemporaryCredentialsSecret() throws {
        let work = try CommandRunner.temporaryDirectory()
        let emulator = try EmulatorProcess(fixture: try Self.fixtureWithTemporaryCredentials(in: work))
        defer { emulator.stop() }
        let plan = work.appendingPathComponent("out/plan.json").path
        let journal = work.appendingPathComponent("out/journal.jsonl").path
        let report = work.appendingPathComponent("out/apply.html").path
        let drift = work.appendingPathComponent("out/drift.xml").path
        let metrics = work.appendingPathComponent("out/switchyard.prom").path

        let planned = try Self.debugRun(["plan", "-f", Self.desired, "--out", plan], emulator: emulator, work: work)
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stderr.contains("ListProtectionGroups"), "--debug logs every API call")
        let markdown = try Self.debugRun(["plan", "-f", Self.desired, "--format", "markdown"], emulator: emulator, work: work)
        #expect(markdown.status == 0, "\(markdown.stderr)")

        let applied = try Self.debugRun(["apply", plan, "--journal", journal, "--report", report, "--format", "json"], emulator: emulator, work: work)
        #expect(applied.status == 0, "\(applied.stdout)\n\(applied.stderr)")
        #expect(applied.stderr.contains("StartReverseProtectionGroup"), "--debug logs the changing calls too")
        let again = try Self.debugRun(["apply", "-f", Self.desired, "--auto-approve", "--journal", journal], emulator: emulator, work: work)
        #expect(again.status == 0, "\(again.stderr)")

        let drifted = try Self.debugRun(["drift", "-f", Self.desired, "--format", "junit", "--output", drift, "--metrics-file", metrics], emulator: emulator, work: work)
        #expect(drifted.status == 0, "\(drifted.stderr)")
        let validated = try CommandRunner.switchyard(["validate", "-f", Self.desired], environment: Self.environment, directory: work)
        #expect(validated.status == 0, "\(validated.stderr)")
        let permissions = try CommandRunner.switchyard(["permissions", "--for", "all"], environment: Self.environment, directory: work)
        #expect(permissions.status == 0)

        for file in [plan, journal, report, drift] {
            #expect(try Self.mode(file) == 0o600, "\(file) must be owner-only")
        }
        // The one exception, by design: node-exporter's textfile collector usually runs as another
        // user and must read the metrics (gauges and timestamps, nothing secret).
        #expect(try Self.mode(metrics) == 0o644)
        #expect(try ApplyCommandTests.violations(emulator).isEmpty)
    }

    @Test func refusedCredentialsAndFailedJobsDoNotLeakEither() throws {
        let work = try CommandRunner.temporaryDirectory()
        let emulator = try EmulatorProcess(fixture: try Self.fixtureWithTemporaryCredentials(in: work))
        defer { emulator.stop() }
        // A wrong secret key: the signature does not verify.
        var wrongSecret = Self.environment
        wrongSecret["HUAWEICLOUD_SDK_SK"] = "a-wrong-secret-key-that-must-not-appear-3333"
        let refused = try Self.debugRun(["plan", "-f", Self.desired], emulator: emulator, work: work, environment: wrongSecret)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("error:"))
        // The token left out: a temporary credential without its token is refused.
        var noToken = Self.environment
        noToken["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = nil
        let tokenless = try Self.debugRun(["plan", "-f", Self.desired], emulator: emulator, work: work, environment: noToken)
        #expect(tokenless.status == 1, "\(tokenless.stderr)")
        // A reverse job that fails: error bodies and job details are logged, credentials are not.
        try emulator.post("faults", json: #"{"kind": "reverse-job-failure", "error_code": "SDRS.1029"}"#)
        let failed = try Self.debugRun(
            ["apply", "-f", Self.desired, "--auto-approve", "--journal", work.appendingPathComponent("journal.jsonl").path, "--report", work.appendingPathComponent("failed.html").path],
            emulator: emulator, work: work
        )
        #expect(failed.status == 1, "\(failed.stdout)\n\(failed.stderr)")
        #expect(failed.stdout.contains("SDRS.1029"))
    }

    @Test func theEmbeddedEmulatorsFixtureCredentialsStaySecretToo() throws {
        let work = try CommandRunner.temporaryDirectory()
        let fixture = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml").path
        let embedded = ["--emulator", fixture, "--emulator-state", work.appendingPathComponent("emulator-state.json").path, "--emulator-time-scale", "0.001"]
        // No credentials in the environment: the embedded emulator's fixture supplies them.
        let planned = try Self.debugRun(["plan", "-f", Self.desired] + embedded, emulator: nil, work: work, environment: [:])
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stderr.contains("ListProtectionGroups"))
        let applied = try Self.debugRun(["apply", "-f", Self.desired, "--auto-approve", "--journal", work.appendingPathComponent("journal.jsonl").path] + embedded, emulator: nil, work: work, environment: [:])
        #expect(applied.status == 0, "\(applied.stderr)")
    }

    @Test func theScanFindsWhatItLooksFor() {
        let secrets = SecretScan.secrets(environment: ["HUAWEICLOUD_SDK_SK": "sk-value-long-enough"])
        #expect(SecretScan.findings(in: "x sk-value-long-enough y", source: "stderr", secrets: secrets).count == 1)
        #expect(SecretScan.findings(in: "Authorization: SDK-HMAC-SHA256 Access=K, SignedHeaders=x, Signature=ab", source: "stderr", secrets: []).count == 3)
        #expect(SecretScan.findings(in: "token \(Self.securityToken)", source: "plan.json", secrets: SecretScan.knownSecrets).count == 1)
        #expect(SecretScan.findings(in: "GET /v1/project/server-groups 200", source: "stderr", secrets: secrets).isEmpty)
    }
}
