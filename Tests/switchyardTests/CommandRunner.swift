// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Runs the built `switchyard` and `sdrs-emulator` executables as a user would, capturing output.
struct CommandResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CommandRunner {
    /// The folder holding the built products (next to the test bundle), e.g. `.build/debug`.
    static let productsDirectory: URL = {
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: runner.appendingPathComponent("switchyard").path) { return runner }
        return repositoryRoot.appendingPathComponent(".build/debug")
    }()

    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `switchyard` with `arguments` in `directory` with a clean environment plus `environment`,
    /// then scans its output and the files in `directory` for secrets (`SecretScan`): any finding is
    /// recorded as a test issue, whatever the test itself checks.
    static func switchyard(
        _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CommandResult {
        let started = Date(timeIntervalSinceNow: -0.001)
        let result = try run(productsDirectory.appendingPathComponent("switchyard"), arguments, environment: environment, directory: directory)
        for finding in SecretScan.findings(result: result, folder: directory, since: started, secrets: SecretScan.secrets(environment: environment)) {
            Issue.record("secret leak: \(finding) — switchyard \(arguments.joined(separator: " "))", sourceLocation: sourceLocation)
        }
        return result
    }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = directory ?? repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes are drained at once: a chatty stderr (--debug) must not fill its pipe and stall
        // the child while stdout is being read.
        let errorReader = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorReader.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeReader: @unchecked Sendable {
    // `data` is written once by the reading thread before `done` is signalled, and read only after
    // `wait()` has seen that signal; the semaphore orders the two.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// An `sdrs-emulator` process on a free loopback port, for tests that need a real endpoint.
final class EmulatorProcess: @unchecked Sendable {
    // Not shared across tasks: created, used and stopped by one test.
    let process = Process()
    let url: String
    let stateFile: URL
    /// Extra curl arguments for the admin API (the CA of an HTTPS emulator).
    let curlArguments: [String]
    /// Where the admin API is reached: `url`, or for HTTPS `https://localhost:PORT` (the name the
    /// test certificate is issued for).
    var adminURL: String { curlArguments.isEmpty ? url : url.replacingOccurrences(of: "127.0.0.1", with: "localhost") }

    /// Starts the emulator on `fixture` (relative to the repository root, or absolute); with
    /// `tls` (certificate, key, CA) it serves HTTPS.
    init(fixture: String, timeScale: Double = 0.001, seed: UInt64 = 0, tls: (certificate: String, key: String, ca: String)? = nil) throws {
        stateFile = try CommandRunner.temporaryDirectory().appendingPathComponent("state.json")
        let fixturePath = fixture.hasPrefix("/") ? fixture : CommandRunner.repositoryRoot.appendingPathComponent(fixture).path
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("sdrs-emulator")
        process.arguments = ["--fixture", fixturePath, "--port", "0", "--time-scale", String(timeScale),
                             "--state-file", stateFile.path, "--seed", String(seed)]
            + (tls.map { ["--tls-certificate", $0.certificate, "--tls-key", $0.key] } ?? [])
        curlArguments = tls.map { ["--cacert", $0.ca] } ?? []
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var buffer = Data()
        var found: String?
        while found == nil {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            let text = String(decoding: buffer, as: UTF8.self)
            if let range = text.range(of: #"https?://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) { found = String(text[range]) }
        }
        guard let found else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        url = found
    }

    /// GETs an admin endpoint and returns the JSON object.
    func admin(_ path: String) throws -> [String: Any] {
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s"] + curlArguments + ["\(adminURL)/__emulator/\(path)"])
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any] ?? [:]
    }

    func post(_ path: String, json: String) throws {
        _ = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s"] + curlArguments + ["-X", "POST", "-H", "Content-Type: application/json", "-d", json, "\(adminURL)/__emulator/\(path)"])
    }

    func stop() {
        process.interrupt()
        process.waitUntilExit()
    }
}

extension String {
    /// The text with wrapped lines joined again (a line break followed by indentation becomes one
    /// space), so a test can look for a sentence that text output wrapped at 80 columns.
    var unwrapped: String { replacing(#/\n +/#, with: " ") }
}
