// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardBench
import Testing

@Suite struct ChildProcessTests {
    @Test func reportsStatusOutputAndTheChildsOwnResourceUsage() async throws {
        let result = try await ChildProcess.run(
            "/bin/sh", ["-c", "echo out; echo err >&2; echo $GREETING; exit 3"], environment: ["GREETING": "hello"]
        )
        #expect(result.status == 3)
        #expect(result.standardOutput == "out\nhello\n")
        #expect(result.standardError == "err\n")
        #expect(result.peakRSSBytes > 0 && result.peakRSSBytes < 1_000_000_000)
        #expect(result.wallSeconds > 0 && result.cpuSeconds >= 0)
    }

    @Test func aSignalEndsWith128PlusItsNumber() async throws {
        let result = try await ChildProcess.run("/bin/sh", ["-c", "kill -TERM $$"], environment: [:])
        #expect(result.status == 128 + 15)
    }

    @Test func aMissingExecutableIsAnError() async {
        await #expect(throws: BenchError.self) {
            _ = try await ChildProcess.run("/nonexistent/tool", [], environment: [:])
        }
    }

    /// `.build/debug/switchyard-bench` (or wherever the test bundle's products are).
    static let launcher: String = {
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        let beside = runner.appendingPathComponent("switchyard-bench")
        if FileManager.default.fileExists(atPath: beside.path) { return beside.path }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/switchyard-bench").path
    }()

    @Test func theLauncherReportsTheChildsPeakRSSWhereADirectSpawnReportsTheParents() async throws {
        // Linux records the exec'ing memory's high-water mark: a vfork'd child inherits ours.
        let ballast = UnsafeMutableRawBufferPointer.allocate(byteCount: 300 << 20, alignment: 4096)
        defer { ballast.deallocate() }
        for offset in stride(from: 0, to: ballast.count, by: 4096) { ballast[offset] = 1 }
        let direct = try await ChildProcess.run("/bin/sh", ["-c", "exit 0"], environment: [:])
        let launched = try await ChildProcess.run("/bin/sh", ["-c", "echo hi; exit 4"], environment: [:], launcher: Self.launcher)
        #if os(Linux)
        #expect(direct.peakRSSBytes >= 300 << 20)
        #endif
        #expect(launched.peakRSSBytes > 0 && launched.peakRSSBytes < 50 << 20)
        #expect(launched.status == 4 && launched.standardOutput == "hi\n")
    }
}
