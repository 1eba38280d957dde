// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SDRSEmulator

/// The benchmark's result as Markdown: settings, the plan table, the apply table, per-operation
/// calls, and the target verdicts computed from the figures.
public struct BenchReport: Sendable {
    /// Every measurement, in the order run.
    public var measurements: [RunMeasurement]
    /// The settings of the run.
    public var settings: BenchSettings
    /// The command line that produced it.
    public var command: String
    /// A line describing the machine.
    public var machine: String

    /// Creates a report.
    public init(measurements: [RunMeasurement], settings: BenchSettings, command: String, machine: String) {
        self.measurements = measurements
        self.settings = settings
        self.command = command
        self.machine = machine
    }

    /// The whole report.
    public func render() -> String {
        var lines: [String] = []
        lines.append("Command: `\(command)`  ")
        lines.append("Machine: \(machine)  ")
        let plans = settings.rateLimit == nil
            ? "plans at time scale 1 (latency = wall time)" : "plans at time scale \(Self.number(settings.planTimeScale, digits: 4))"
        lines.append("Emulator: latency \(Self.number(settings.latencyMilliseconds)) ms per API call (emulated time); \(plans), applies at time scale \(Self.number(settings.applyTimeScale, digits: 4)) (1 emulated s = \(Self.number(settings.applyTimeScale * 1000)) ms wall); \(settings.instancesPerGroup) instances per group.")
        if let limit = settings.rateLimit {
            lines.append("Rate limit: \(limit.calls) calls per \(Self.number(limit.perSeconds)) emulated s per access key (429 APIGW.0308); plans also at time scale \(Self.number(settings.planTimeScale, digits: 4)); switchyard's retry back-off scaled alike; SDK script skipped.")
            lines.append("")
            lines += throttlingTable()
        }
        lines.append("")
        lines += planTable()
        lines.append("")
        lines += applyTable()
        lines.append("")
        lines += operationsTable()
        lines.append("")
        lines += verdicts().map { "- \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    func planTable() -> [String] {
        var lines = [
            "### plan",
            "",
            "| groups | tool | API calls | calls/group | wall s | CPU s | peak RSS MB | text render CPU s | emulator CPU s (ms/call) | SDK ÷ switchyard (calls, wall) |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for run in measurements where run.scenario == .plan {
            let peer = ratio(of: run)
            lines.append(
                "| \(run.groups) | \(run.tool.rawValue) | \(run.requests.totalCalls) | \(Self.number(run.callsPerGroup, digits: 3)) | "
                    + "\(Self.number(run.child.wallSeconds, digits: 2)) | \(Self.number(run.child.cpuSeconds, digits: 2)) | "
                    + "\(Self.megabytes(run.child.peakRSSBytes)) | \(run.renderCPUSeconds.map { Self.number($0, digits: 3) } ?? "–") | "
                    + "\(Self.emulatorCPU(run)) | \(peer) |"
            )
        }
        return lines
    }

    func applyTable() -> [String] {
        var lines = [
            "### apply",
            "",
            "| groups | tool | API calls (changing) | calls/group | wall s | emulated s | ÷ critical path | ÷ paced bound | job reads/job | reads/job | detection lag mean / max | CPU s | peak RSS MB | emulator CPU s (ms/call) | SDK ÷ switchyard (calls, wall) |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|",
        ]
        for run in measurements where run.scenario == .apply {
            let lag = run.lag.map { "\(Self.percent($0.meanFraction)) / \(Self.percent($0.maximumFraction))" } ?? "–"
            lines.append(
                "| \(run.groups) | \(run.tool.rawValue) | \(run.requests.totalCalls) (\(run.requests.changingCalls)) | "
                    + "\(Self.number(run.callsPerGroup, digits: 1)) | \(Self.number(run.child.wallSeconds, digits: 2)) | "
                    + "\(Self.number(run.emulatedSeconds, digits: 0)) | \(run.criticalPathMultiple.map { Self.number($0, digits: 2) + "×" } ?? "–") | "
                    + "\(run.pacedBoundMultiple.map { Self.number($0, digits: 2) + "×" } ?? "–") | "
                    + "\(run.jobReadsPerJob.map { Self.number($0, digits: 1) } ?? "–") | \(run.readsPerJob.map { Self.number($0, digits: 1) } ?? "–") | "
                    + "\(lag) | \(Self.number(run.child.cpuSeconds, digits: 2)) | \(Self.megabytes(run.child.peakRSSBytes)) | "
                    + "\(Self.emulatorCPU(run)) | \(ratio(of: run)) |"
            )
        }
        if let critical = measurements.first(where: { $0.criticalPathSeconds != nil }) {
            lines.append("")
            lines.append("Critical path of one group (SOFT stop + reverse + start, emulator timings): \(Self.number(critical.criticalPathSeconds ?? 0)) emulated s = \(Self.number(critical.criticalPathWallSeconds ?? 0, digits: 2)) s wall. Paced bound: the critical path plus the time ECS's documented pace of 1,000 servers per minute queues the last stop and the last start of all declared groups switched at once (e.g. 1,000 groups × 4 servers: 110 + 2 × 180 = 470 emulated s).")
        }
        return lines
    }

    func throttlingTable() -> [String] {
        var lines = [
            "### under the rate limit",
            "",
            "| run | API calls (incl. refused) | refused (429) | switchyard waited, wall s (summed over concurrent calls) | waited, emulated s | wall s | emulated s |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for run in measurements where run.tool == .switchyard {
            let waited = run.throttleWaitSeconds ?? 0
            lines.append(
                "| \(run.scenario.rawValue) \(run.groups) | \(run.requests.totalCalls) | \(run.throttledCalls) | "
                    + "\(Self.number(waited, digits: 2)) | \(Self.number(waited / run.timeScale, digits: 0)) | "
                    + "\(Self.number(run.child.wallSeconds, digits: 2)) | \(Self.number(run.emulatedSeconds, digits: 0)) |"
            )
        }
        return lines
    }

    func operationsTable() -> [String] {
        let operations = EmulatorOperation.allCases.filter { operation in
            measurements.contains { $0.requests.calls(operation) > 0 }
        }
        var lines = [
            "### API calls by operation",
            "",
            "| run | " + operations.map(\.rawValue).joined(separator: " | ") + " |",
            "|---|" + operations.map { _ in "---:|" }.joined(),
        ]
        for run in measurements {
            lines.append("| \(run.scenario.rawValue) \(run.groups) \(run.tool.rawValue) | " + operations.map { "\(run.requests.calls($0))" }.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// "SDK ÷ switchyard" for the SDK row of a size measured with both tools.
    func ratio(of run: RunMeasurement) -> String {
        guard run.tool == .sdk,
            let ours = measurements.first(where: { $0.tool == .switchyard && $0.scenario == run.scenario && $0.groups == run.groups })
        else { return "" }
        let calls = Double(run.requests.totalCalls) / Double(max(1, ours.requests.totalCalls))
        return "\(Self.number(calls, digits: 1))×, \(Self.number(run.child.wallSeconds / ours.child.wallSeconds, digits: 1))×"
    }

    /// One line per benchmark target (BENCHMARKS.md, issue 14): met, missed, or not measured.
    public func verdicts() -> [String] {
        var lines: [String] = []
        let ours = measurements.filter { $0.tool == .switchyard }
        func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }
        if let plan = ours.first(where: { $0.scenario == .plan && $0.groups == 1_000 }) {
            lines.append("\(verdict(plan.child.wallSeconds < 1)): plan 1,000 groups < 1 s wall — \(Self.number(plan.child.wallSeconds, digits: 2)) s (\(Self.number(plan.callsPerGroup, digits: 3)) calls/group)")
        } else {
            lines.append("not measured: plan 1,000 groups")
        }
        if let big = ours.first(where: { $0.scenario == .plan && $0.groups == 10_000 }) {
            let rss = Double(big.child.peakRSSBytes) / 1_048_576
            lines.append("\(verdict(rss <= 100)): plan 10,000 groups peak RSS ≤ 100 MB — \(Self.megabytes(big.child.peakRSSBytes)) MB")
            lines.append("\(verdict(big.child.cpuSeconds <= 3)): plan 10,000 groups ≤ 3 s CPU — \(Self.number(big.child.cpuSeconds, digits: 2)) s")
            lines.append("\(verdict(big.child.wallSeconds <= 5)): plan 10,000 groups ≤ 5 s wall — \(Self.number(big.child.wallSeconds, digits: 2)) s (the in-process emulator used \(Self.emulatorCPU(big)) of CPU meanwhile)")
        } else {
            lines.append("not measured: plan 10,000 groups")
        }
        let limited = settings.rateLimit != nil
        if let apply = ours.first(where: { $0.scenario == .apply && $0.groups == 100 }), let multiple = apply.criticalPathMultiple {
            let name = limited ? "apply 100 groups under the rate limit" : "apply 100 groups"
            lines.append("\(verdict(apply.callsPerGroup <= 3)): \(name) ≤ 3 API calls per group — \(Self.number(apply.callsPerGroup, digits: 2))")
            let bound = limited ? 1.5 : 1.3
            lines.append("\(verdict(multiple <= bound)): \(name) within \(Self.number(bound, digits: 1))× one group's critical path — \(Self.number(multiple, digits: 2))×")
            if !limited, let lag = apply.lag {
                lines.append("\(verdict(lag.maximumFraction < 0.1)): apply 100 groups worst detection lag < 10 % — \(Self.percent(lag.maximumFraction)) (mean \(Self.percent(lag.meanFraction)))")
            }
        } else {
            lines.append("not measured: apply 100 groups")
        }
        if !limited, let apply = ours.first(where: { $0.scenario == .apply && $0.groups == 1_000 }), let multiple = apply.pacedBoundMultiple {
            lines.append("\(verdict(apply.callsPerGroup <= 2)): apply 1,000 groups ≤ 2 API calls per group — \(Self.number(apply.callsPerGroup, digits: 2))")
            if let lag = apply.lag {
                lines.append("\(verdict(lag.maximumFraction < 0.1)): apply 1,000 groups worst detection lag < 10 % — \(Self.percent(lag.maximumFraction)) (mean \(Self.percent(lag.meanFraction)))")
            }
            lines.append("\(verdict(multiple <= 1.5)): apply 1,000 groups within 1.5× the critical path plus ECS's pace (\(Self.number(apply.pacedBoundSeconds ?? 0, digits: 0)) emulated s) — \(Self.number(multiple, digits: 2))×")
        } else if !limited {
            lines.append("not measured: apply 1,000 groups")
        }
        return lines
    }

    /// "S s (M ms/call)" of the emulator's CPU, or "–".
    static func emulatorCPU(_ run: RunMeasurement) -> String {
        guard let seconds = run.emulatorCPUSeconds else { return "–" }
        return "\(number(seconds, digits: 2)) s (\(run.emulatorMillisecondsPerCall.map { number($0, digits: 2) } ?? "–") ms/call)"
    }

    static func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "–" }
        if digits == 0 { return String(Int(value.rounded())) }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func percent(_ fraction: Double) -> String { number(fraction * 100, digits: 1) + " %" }

    static func megabytes(_ bytes: Int) -> String { number(Double(bytes) / 1_048_576, digits: 1) }
}
