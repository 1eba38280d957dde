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
        var thousand = Self.run(.switchyard, .apply, groups: 1_000, wall: 11.28, calls: [.listProtectionGroups: 500, .startReverseProtectionGroup: 1_000], lag: 0.05)
        thousand.pacedBoundSeconds = 470
        thousand.emulatorCPUSeconds = 3
        let report = BenchReport(
            measurements: [
                Self.run(.switchyard, .plan, groups: 1_000, wall: 0.8, calls: [.listProtectionGroups: 1, .listServersDetails: 16]),
                Self.run(.switchyard, .plan, groups: 10_000, wall: 5, rss: 150 << 20, calls: [.listProtectionGroups: 10]),
                Self.run(.switchyard, .apply, groups: 100, wall: 2.5, calls: [.showJob: 600, .batchStopServers: 100], lag: 0.25),
                Self.run(.sdk, .apply, groups: 100, wall: 240, calls: [.showJob: 3_000, .batchStopServers: 100]),
                thousand,
            ],
            settings: Self.settings, command: "switchyard-bench", machine: "test machine"
        )
        let verdicts = report.verdicts()
        #expect(verdicts.contains("met: plan 1,000 groups < 1 s wall — 0.8 s (0.017 calls/group)"), "\(verdicts)")
        #expect(verdicts.contains("MISSED: plan 10,000 groups peak RSS ≤ 100 MB — 150 MB"))
        #expect(verdicts.contains("met: plan 10,000 groups ≤ 3 s CPU — 0.5 s"))
        #expect(verdicts.contains { $0.hasPrefix("met: plan 10,000 groups ≤ 5 s wall — 5 s") })
        #expect(verdicts.contains("MISSED: apply 100 groups ≤ 3 API calls per group — 7"))
        // 2.5 s against 110 × 0.02 = 2.2 s: 1.14×.
        #expect(verdicts.contains("met: apply 100 groups within 1.3× one group's critical path — 1.14×"))
        #expect(verdicts.contains("MISSED: apply 100 groups worst detection lag < 10 % — 25 % (mean 25 %)"))
        #expect(verdicts.contains("met: apply 1,000 groups ≤ 2 API calls per group — 1.5"))
        #expect(verdicts.contains("met: apply 1,000 groups worst detection lag < 10 % — 5 % (mean 5 %)"))
        // 11.28 s against 470 × 0.02 = 9.4 s: 1.2×.
        #expect(verdicts.contains("met: apply 1,000 groups within 1.5× the critical path plus ECS's pace (470 emulated s) — 1.2×"))
        let text = report.render()
        #expect(text.contains("| 100 | sdk-script | 3100 (100) | 31 | 240 | 12000 | 109.09× | – | 10 | 10 | – | 0.5 | 50 | – | 4.4×, 96× |"), "\(text)")
        #expect(text.contains("| 1000 | switchyard | 1500 (1000) | 1.5 | 11.28 | 564 | 5.13× | 1.2× | 0 | 0.2 | 5 % / 5 % | 0.5 | 50 | 3 s (2 ms/call) |  |"), "\(text)")
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
        #expect(report.verdicts() == [
            "not measured: plan 1,000 groups", "not measured: plan 10,000 groups", "not measured: apply 100 groups",
            "not measured: apply 1,000 groups",
        ])
    }
}
