// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

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
}
