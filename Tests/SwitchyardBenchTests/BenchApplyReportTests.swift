// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardBench
import SwitchyardCore
import Testing

/// The benchmark reads switchyard's `apply --format json` report and requires every group converged,
/// so a change of the report's shape breaks the benchmark here, not silently at its next run.
@Suite struct BenchApplyReportTests {
    static func child(_ stdout: String) -> ChildResult {
        ChildResult(status: 0, wallSeconds: 1, cpuSeconds: 1, peakRSSBytes: 0, standardOutput: stdout, standardError: "")
    }

    static func report(_ results: [ApplyReport.Result]) throws -> String {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let groups = results.enumerated().map { ApplyReport.Group(address: "g\($0)", groupID: "id\($0)", result: $1) }
        return try ApplyReportJSONRenderer.render(ApplyReport(runID: "r", startedAt: at, endedAt: at, groups: groups))
    }

    @Test func acceptsAReportWhereEveryGroupConverged() throws {
        try BenchRunner.expectConverged(Self.child(try Self.report([.converged, .alreadyConverged])), groups: 2)
    }

    @Test func refusesAFailedGroupTheWrongCountOrTheOldShape() throws {
        #expect(throws: BenchError.self) { try BenchRunner.expectConverged(Self.child(try Self.report([.converged, .failed])), groups: 2) }
        #expect(throws: BenchError.self) { try BenchRunner.expectConverged(Self.child(try Self.report([.converged])), groups: 2) }
        let old = #"{"endedAt": "2026-01-01T00:00:00Z", "groups": [], "interrupted": false, "runID": "r", "startedAt": "2026-01-01T00:00:00Z"}"#
        #expect(throws: BenchError.self) { try BenchRunner.expectConverged(Self.child(old), groups: 0) }
    }
}
