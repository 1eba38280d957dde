// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SDRSEmulator
import SwitchyardBench
import Testing

@Suite struct BenchReportTests {
    static func counts(_ calls: [EmulatorOperation: Int]) -> RequestCountReport {
        let entries = EmulatorOperation.allCases.map { operation in
            RequestCountReport.Entry(operation: operation.rawValue, changing: operation.isChanging, calls: calls[operation] ?? 0, failures: 0)
        }
        return RequestCountReport(
            operations: entries, totalCalls: entries.map(\.calls).reduce(0, +),
            changingCalls: entries.filter(\.changing).map(\.calls).reduce(0, +)
        )
    }

    static func run(
        _ tool: BenchTool, _ scenario: BenchScenario, groups: Int, wall: Double, rss: Int = 50 << 20,
        calls: [EmulatorOperation: Int], lag: Double? = nil
    ) -> RunMeasurement {
        var run = RunMeasurement(
            tool: tool, scenario: scenario, groups: groups, instancesPerGroup: 4, timeScale: scenario == .plan ? 1 : 0.02,
            child: ChildResult(status: 0, wallSeconds: wall, cpuSeconds: 0.5, peakRSSBytes: rss, standardOutput: "", standardError: ""),
            requests: counts(calls), jobs: scenario == .apply ? groups * 3 : 0
        )
        if scenario == .apply {
            run.criticalPathSeconds = 110
            run.lag = lag.map { DetectionLag(samples: [.init(step: "stop", seconds: $0 * 20, jobSeconds: 20)]) }
        } else if tool == .switchyard {
            run.renderCPUSeconds = 0.2
        }
        return run
    }

    static let settings = BenchSettings(switchyardPath: "switchyard", pythonPath: nil, sdkScriptPath: "sdk.py", workDirectory: "/tmp")

    @Test func verdictsFollowTheFigures() {
        let report = BenchReport(
            measurements: [
                Self.run(.switchyard, .plan, groups: 1_000, wall: 0.8, calls: [.listProtectionGroups: 1, .listServersDetails: 16]),
                Self.run(.switchyard, .plan, groups: 10_000, wall: 5, rss: 150 << 20, calls: [.listProtectionGroups: 10]),
                Self.run(.switchyard, .apply, groups: 100, wall: 2.5, calls: [.showJob: 600, .batchStopServers: 100], lag: 0.25),
                Self.run(.sdk, .apply, groups: 100, wall: 240, calls: [.showJob: 3_000, .batchStopServers: 100]),
            ],
            settings: Self.settings, command: "switchyard-bench", machine: "test machine"
        )
        let verdicts = report.verdicts()
        #expect(verdicts.contains { $0.hasPrefix("met: plan 1,000 groups — 0.017 calls/group") })
        // 2.5 s against 110 × 0.02 = 2.2 s: 1.14×.
        #expect(verdicts.contains { $0.hasPrefix("met: apply 100 groups within 1.3×") && $0.hasSuffix("1.14×") })
        #expect(verdicts.contains { $0.hasPrefix("met: apply 100 groups ≥ 20× faster") && $0.hasSuffix("96×") })
        #expect(verdicts.contains { $0.hasPrefix("MISSED: plan 10,000 groups peak RSS < 100 MB — 150 MB") })
        #expect(verdicts.contains { $0.hasPrefix("MISSED: detection lag < 20 %") && $0.contains("worst 25 %") })
        let text = report.render()
        #expect(text.contains("| 100 | sdk-script | 3100 (100) | 31 | 240 | 12000 | 109.09× | 10 | 10 | – | 0.5 | 50 | 4.4×, 96× |"))
    }

    @Test func aRateLimitedRunShowsRefusedCallsAndWaiting() {
        var settings = Self.settings
        settings.rateLimit = EmulatorRateLimit(calls: 200, perSeconds: 300)
        var apply = Self.run(.switchyard, .apply, groups: 100, wall: 20, calls: [.showJob: 900])
        apply.throttledCalls = 700
        apply.throttleWaitSeconds = RunMeasurement.throttleWaitSeconds(
            in: "x\nthrottled: 700 calls were refused by the cloud's rate limit; 12.50 s spent waiting before retrying.\n")
        let text = BenchReport(measurements: [apply], settings: settings, command: "switchyard-bench", machine: "m").render()
        #expect(apply.throttleWaitSeconds == 12.5)
        #expect(text.contains("Rate limit: 200 calls per 300 emulated s per access key (429 APIGW.0308)"))
        #expect(text.contains("| apply 100 | 900 | 700 | 12.5 | 625 | 20 | 1000 |"), "\(text)")
        #expect(settings.planTimeScale == settings.applyTimeScale)
    }

    @Test func missingSizesAreNotMeasuredRatherThanMet() {
        let report = BenchReport(
            measurements: [Self.run(.switchyard, .plan, groups: 10, wall: 0.1, calls: [.listProtectionGroups: 1])],
            settings: Self.settings, command: "switchyard-bench", machine: "test machine"
        )
        #expect(report.verdicts() == ["not measured: plan 1,000 groups", "not measured: apply 100 groups", "not measured: plan 10,000 groups"])
    }
}
