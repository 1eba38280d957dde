// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// TLS verification is always on and cannot be switched off: against an HTTPS emulator whose
/// certificate (for the name `localhost` only) comes from a private test CA (`Fixtures/tls/`),
/// switchyard refuses the connection unless `--ca-bundle` names that CA, still refuses with another
/// CA or an address the certificate does not name, and no flag disables the check.
@Suite("TLS verification cannot be turned off", .serialized)
struct TLSVerificationTests {
    static let tlsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/tls")
    static func file(_ name: String) -> String { tlsFolder.appendingPathComponent(name).path }
    static let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path

    static func httpsEmulator() throws -> EmulatorProcess {
        try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml", tls: (file("server.pem"), file("server-key.pem"), file("ca.pem")))
    }

    static func plan(_ endpoint: String, _ extra: [String] = []) throws -> CommandResult {
        try CommandRunner.switchyard(
            ["plan", "-f", desired, "--no-color", "--region", "cn-north-4", "--sdrs-endpoint", endpoint, "--ecs-endpoint", endpoint] + extra,
            environment: ApplyCommandTests.environment
        )
    }

    static func requestCount(_ emulator: EmulatorProcess) throws -> Int {
        let operations = try emulator.admin("requests")["operations"] as? [[String: Any]] ?? []
        return operations.reduce(0) { $0 + ($1["calls"] as? Int ?? 0) }
    }

    @Test func anUntrustedCertificateIsRefusedAndNoRequestGetsThrough() throws {
        let emulator = try Self.httpsEmulator()
        defer { emulator.stop() }
        #expect(emulator.adminURL.hasPrefix("https://localhost:"))
        let result = try Self.plan(emulator.adminURL)
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.lowercased().contains("certificate"), "\(result.stderr)")
        #expect(try Self.requestCount(emulator) == 0)
    }

    @Test func theCABundleMakesThePrivateCATrusted() throws {
        let emulator = try Self.httpsEmulator()
        defer { emulator.stop() }
        let result = try Self.plan(emulator.adminURL, ["--ca-bundle", Self.file("ca.pem")])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("2 to switch"), "\(result.stdout)")
        #expect(try Self.requestCount(emulator) > 0)
    }

    @Test func anotherCAsBundleDoesNotHelp() throws {
        let emulator = try Self.httpsEmulator()
        defer { emulator.stop() }
        let result = try Self.plan(emulator.adminURL, ["--ca-bundle", Self.file("other-ca.pem")])
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(try Self.requestCount(emulator) == 0)
    }

    @Test func theHostNameIsCheckedToo() throws {
        let emulator = try Self.httpsEmulator()
        defer { emulator.stop() }
        // The certificate names localhost only; 127.0.0.1 reaches the same socket but is not named.
        #expect(emulator.url.hasPrefix("https://127.0.0.1:"))
        let result = try Self.plan(emulator.url, ["--ca-bundle", Self.file("ca.pem")])
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(try Self.requestCount(emulator) == 0)
    }

    @Test(arguments: ["--insecure", "-k", "--no-verify", "--no-verify-ssl", "--skip-tls-verify", "--tls-skip-verify", "--ignore-ssl-verification"])
    func noFlagTurnsVerificationOff(_ flag: String) throws {
        let result = try Self.plan("https://127.0.0.1:9", [flag])
        #expect(result.status == 64, "\(flag): \(result.stderr)")
    }

    @Test(arguments: ["http://10.0.0.1:8080", "http://sdrs.cn-north-4.myhuaweicloud.com"])
    func plainHTTPIsRefusedBeyondLoopback(_ endpoint: String) throws {
        let result = try Self.plan(endpoint)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("loopback"), "\(result.stderr)")
    }
}
