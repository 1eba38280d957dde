// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// End-to-end tests of the built `sdrs-emulator` binary (skipped when it has not been built).
@Suite struct EmulatorExecutableTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (`swift build --build-tests` builds it there).
    static let binary: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("sdrs-emulator"))
        }
        candidates.append(
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "sdrs-emulator"))
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/sdrs-emulator"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    private func launch(_ arguments: [String]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = Self.repositoryRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    /// Reads standard output up to the first newline.
    private func firstLine(of pipe: Pipe) -> String {
        var bytes: [UInt8] = []
        while !bytes.contains(UInt8(ascii: "\n")) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test(.enabled(if: binary != nil)) func announcesThePortServesAndExitsCleanlyOnSIGINT() async throws {
        let (process, output, _) = try launch(["--fixture", "examples/quickstart/cloud.yaml", "--port", "0"])
        let line = firstLine(of: output)
        #expect(line.hasPrefix("sdrs-emulator listening on http://127.0.0.1:"))
        #expect(line.hasSuffix("(project 6f4c1d2a9b8e47f3a5c0d9e8b7a61234, region cn-north-4)"))
        let port = try #require(Int(line.split(separator: ":")[2].prefix { $0.isNumber }))
        try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            let health = try await client.get("/__emulator/health")
            #expect(health.status == .ok)
            let unsigned = try await client.get("/v1/6f4c1d2a9b8e47f3a5c0d9e8b7a61234/server-groups")
            #expect(unsigned.status == .unauthorized)
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test(.enabled(if: binary != nil)) func rejectsBadFlagsWithUsageStatus() throws {
        let (process, _, _) = try launch(["--fixture", "examples/quickstart/cloud.yaml", "--time-scale", "0"])
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
    }

    @Test(.enabled(if: binary != nil)) func reportsFixtureProblemsWithPositions() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bad-fixture-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("project_id: 0123456789abcdef0123456789abcdef\nregion: x\ncredentials: []\ncolour: blue\n".utf8).write(
            to: file)
        let (process, _, errors) = try launch(["--fixture", file.path])
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.contains("\(file.path):4:1: error: unknown key 'colour'"))
        #expect(message.contains("at least one credential"))
    }
}
