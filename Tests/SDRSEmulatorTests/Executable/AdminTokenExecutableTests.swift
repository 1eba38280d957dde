// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// The built `sdrs-emulator` as a CI service: configured from the environment, its admin API
/// refuses a peer that is not on loopback without the token and accepts it with the token. The
/// "remote" peer is curl bound to 127.0.0.2, which the test-only `--admin-treat-as-remote` makes
/// the emulator treat as another host; everything stays on loopback.
@Suite(.serialized) struct AdminTokenExecutableTests {
    static let binary = EmulatorExecutableTests.binary
    static let curl = ["/usr/bin/curl", "/bin/curl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let token = "ci-service-token-0123456789"

    /// A running emulator; `stop()` interrupts it. Killed after 60 s whatever happens.
    struct Emulator {
        var process: Process
        var url: String

        static func start(_ arguments: [String], environment: [String: String]) throws -> Emulator {
            let process = Process()
            process.executableURL = AdminTokenExecutableTests.binary
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            process.currentDirectoryURL = EmulatorExecutableTests.repositoryRoot
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            ProcessDeadline(process, seconds: 60).arm()
            var bytes: [UInt8] = []
            while !bytes.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                bytes += chunk
            }
            let line = String(decoding: bytes, as: UTF8.self)
            let url = try #require(line.firstMatch(of: #/http://127\.0\.0\.1:[0-9]+/#).map { String($0.output) }, "\(line)")
            return Emulator(process: process, url: url)
        }

        func stop() {
            process.interrupt()
            process.waitUntilExit()
        }
    }

    /// `curl` from `source` (a loopback address) to the admin health endpoint; returns the HTTP status and body.
    static func adminHealth(_ emulator: Emulator, from source: String, bearer: String? = nil) throws -> (Int, String) {
        var arguments = ["--silent", "--max-time", "10", "--interface", source, "--write-out", "\n%{http_code}"]
        if let bearer { arguments += ["--header", "Authorization: Bearer \(bearer)"] }
        arguments.append(emulator.url + "/__emulator/health")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(curl))
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let status = Int(text.split(separator: "\n").last ?? "") ?? 0
        return (status, text)
    }

    static var canRun: Bool { binary != nil && curl != nil }

    @Test(.enabled(if: canRun)) func tokenOpensTheAdminAPIToARemotePeerAndNothingElseDoes() throws {
        let emulator = try Emulator.start(
            ["--admin-treat-as-remote", "127.0.0.2"],
            environment: [
                "SDRS_EMULATOR_FIXTURE": "examples/quickstart/cloud.yaml", "SDRS_EMULATOR_PORT": "0",
                "SDRS_EMULATOR_TIME_SCALE": "0.01", "SDRS_EMULATOR_ADMIN_TOKEN": Self.token,
            ])
        defer { emulator.stop() }
        #expect(try Self.adminHealth(emulator, from: "127.0.0.2").0 == 401)
        #expect(try Self.adminHealth(emulator, from: "127.0.0.2", bearer: "wrong-token").0 == 401)
        let (status, body) = try Self.adminHealth(emulator, from: "127.0.0.2", bearer: Self.token)
        #expect(status == 200, "\(body)")
        #expect(body.contains(#""status":"ok""#))
        #expect(try Self.adminHealth(emulator, from: "127.0.0.1").0 == 200, "loopback needs no token")
    }

    @Test(.enabled(if: canRun)) func withoutATokenARemotePeerIsRefusedWhateverItSends() throws {
        let emulator = try Emulator.start(
            ["--fixture", "examples/quickstart/cloud.yaml", "--admin-treat-as-remote", "127.0.0.2"],
            environment: ["SDRS_EMULATOR_ADMIN_TOKEN": ""])
        defer { emulator.stop() }
        let (status, body) = try Self.adminHealth(emulator, from: "127.0.0.2", bearer: Self.token)
        #expect(status == 403)
        #expect(body.contains("--admin-token"), "\(body)")
        #expect(try Self.adminHealth(emulator, from: "127.0.0.1").0 == 200)
    }

    @Test(.enabled(if: binary != nil)) func aBadEnvironmentVariableIsAUsageErrorNamingIt() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = []
        process.environment = ["SDRS_EMULATOR_FIXTURE": "examples/quickstart/cloud.yaml", "SDRS_EMULATOR_PORT": "eighty"]
        process.currentDirectoryURL = EmulatorExecutableTests.repositoryRoot
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(message.contains("SDRS_EMULATOR_PORT='eighty'"), "\(message)")
    }

    @Test(.enabled(if: binary != nil)) func versionSaysThisIsADevelopmentBuildAlsoAsJSON() throws {
        for json in [false, true] {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = json ? ["--version", "--json"] : ["--version"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            if json {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                #expect(object["program"] as? String == "sdrs-emulator")
                #expect(object["development_build"] as? Bool == true)
                #expect(object["commit"] is NSNull)
                #expect((object["version"] as? String)?.isEmpty == false)
            } else {
                #expect(text.hasPrefix("sdrs-emulator "))
                #expect(text.contains("development build"))
            }
        }
    }
}

/// Terminates a process still running after `seconds`, so no test waits on it forever.
final class ProcessDeadline: @unchecked Sendable {
    // Only `isRunning` and `terminate()` are used from the timer, both safe across threads.
    private let process: Process
    private let seconds: Double

    init(_ process: Process, seconds: Double) {
        self.process = process
        self.seconds = seconds
    }

    func arm() {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            if process.isRunning { process.terminate() }
        }
    }
}
