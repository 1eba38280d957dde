// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SDRSEmulator
import SwitchyardCore

/// Runs each tool as a child process against a fresh in-process emulator and measures it.
///
/// The emulator runs in this process so that the child's `wait4` figures (CPU, peak RSS) are the
/// tool's alone; request counts and job records come straight from the emulator's store.
public struct BenchRunner: Sendable {
    /// The settings of the whole run.
    public let settings: BenchSettings
    /// The emulator's logger (keep it quiet: one line per request would distort the figures).
    public let logger: Logger
    /// Progress lines (to standard error).
    public let progress: @Sendable (String) -> Void

    /// Creates a runner.
    public init(settings: BenchSettings, logger: Logger, progress: @escaping @Sendable (String) -> Void) {
        self.settings = settings
        self.logger = logger
        self.progress = progress
    }

    /// Plans `groups` groups with switchyard and, up to `sdkPlanMaximum`, reads them with the SDK script.
    ///
    /// - Throws: `BenchError` when a tool fails or its result is wrong.
    public func plan(groups: Int) async throws -> [RunMeasurement] {
        let workload = BenchWorkload.plan(groups: groups, instancesPerGroup: settings.instancesPerGroup)
        let directory = try makeDirectory("plan-\(groups)")
        let desired = try write(workload.desiredStateYAML(), to: directory, name: "desired.yaml")
        let planFile = directory + "/plan.json"
        var results: [RunMeasurement] = []
        progress("plan \(groups) groups: switchyard")
        var measured = try await measure(.switchyard, .plan, workload, timeScale: settings.planTimeScale) { url in
            (settings.switchyardPath, ["plan", "-f", desired, "--no-color", "--out", planFile]
                + cloudArguments(url, workload) + retryArguments(settings.planTimeScale))
        }
        let plan = try PlanJSONRenderer.decode(Data(contentsOf: URL(fileURLWithPath: planFile)))
        let expected = workload.declared.filter { $0.priorityStation == "source" }.count
        let switching = plan.groups.filter { $0.action == .switchover }.count
        guard plan.groups.count == groups, switching == expected else {
            throw BenchError("plan of \(groups) groups has \(plan.groups.count) groups and \(switching) switchovers, expected \(groups) and \(expected)")
        }
        measured.renderCPUSeconds = Self.renderCPUSeconds(plan)
        results.append(measured)
        if let python = settings.pythonPath, groups <= settings.sdkPlanMaximum, settings.rateLimit == nil {
            progress("plan \(groups) groups: SDK script")
            let ids = try write(workload.groupIDList(), to: directory, name: "groups.txt")
            let sdk = try await measure(.sdk, .plan, workload, timeScale: 1) { url in
                (python, [settings.sdkScriptPath, "--plan-only", "--groups-file", ids] + sdkArguments(url, workload, timeScale: 1))
            }
            try Self.expectSummary(sdk.child, groups: groups, key: "planned")
            results.append(sdk)
        }
        return results
    }

    /// Switches `groups` groups with switchyard and, up to `sdkApplyMaximum`, with the SDK script,
    /// each from the same fresh estate, and checks that every group really switched.
    ///
    /// - Throws: `BenchError` when a tool fails or a group did not end at its target, running.
    public func apply(groups: Int) async throws -> [RunMeasurement] {
        let workload = BenchWorkload.apply(groups: groups, instancesPerGroup: settings.instancesPerGroup)
        let directory = try makeDirectory("apply-\(groups)")
        let desired = try write(workload.desiredStateYAML(), to: directory, name: "desired.yaml")
        let scale = settings.applyTimeScale
        var results: [RunMeasurement] = []
        progress("apply \(groups) groups: switchyard")
        let journal = directory + "/journal.jsonl"
        try? FileManager.default.removeItem(atPath: journal)
        results.append(try await measure(.switchyard, .apply, workload, timeScale: scale) { url in
            (settings.switchyardPath, [
                "apply", "-f", desired, "--auto-approve", "--no-color", "--journal", journal, "--format", "json",
                "--poll-scale", String(scale),
            ] + cloudArguments(url, workload) + retryArguments(scale))
        })
        if let python = settings.pythonPath, groups <= settings.sdkApplyMaximum, settings.rateLimit == nil {
            progress("apply \(groups) groups: SDK script")
            let ids = try write(workload.groupIDList(), to: directory, name: "groups.txt")
            let sdk = try await measure(.sdk, .apply, workload, timeScale: scale) { url in
                (python, [settings.sdkScriptPath, "--groups-file", ids] + sdkArguments(url, workload, timeScale: scale))
            }
            try Self.expectSummary(sdk.child, groups: groups, key: "switched")
            results.append(sdk)
        }
        return results
    }

    /// Runs one tool against a fresh emulator serving `workload`, then reads the store.
    func measure(
        _ tool: BenchTool, _ scenario: BenchScenario, _ workload: BenchWorkload, timeScale: Double,
        command: @Sendable (URL) -> (String, [String])
    ) async throws -> RunMeasurement {
        // The emulator scales its latency with the time scale: the latency is in emulated time.
        var fixture = workload.fixture
        fixture.rateLimit = settings.rateLimit
        let configuration = EmulatorConfiguration(
            fixture: fixture, timeScale: timeScale,
            latency: .microseconds(Int64((settings.latencyMilliseconds * 1000).rounded())), seed: 1
        )
        let credential = workload.fixture.credentials[0]
        let environment = [
            "HUAWEICLOUD_SDK_AK": credential.accessKeyID, "HUAWEICLOUD_SDK_SK": credential.secretAccessKey,
            "PATH": "/usr/bin:/bin", "HOME": settings.workDirectory, "NO_COLOR": "1",
        ]
        return try await withRunningEmulator(configuration, logger: logger) { emulator in
            let (executable, arguments) = command(emulator.baseURL)
            // While the child runs, this process does little but serve it: its CPU is the emulator's.
            let cpuBefore = processCPUSeconds()
            let child = try await ChildProcess.run(executable, arguments, environment: environment, launcher: settings.launcherPath)
            let emulatorCPU = processCPUSeconds() - cpuBefore
            let exitTime = Date()
            guard child.status == 0 else {
                throw BenchError("\(tool.rawValue) \(scenario.rawValue) of \(workload.declared.count) groups exited \(child.status):\n\(child.standardError.suffix(2_000))")
            }
            let declared = Set(workload.declared.map(\.id))
            let jobs = try await emulator.store.jobRecords().filter { $0.groupID.map(declared.contains) ?? false }
            var measurement = RunMeasurement(
                tool: tool, scenario: scenario, groups: workload.declared.count,
                instancesPerGroup: settings.instancesPerGroup, timeScale: timeScale, child: child,
                requests: await emulator.store.requestCounts(), jobs: jobs.count
            )
            measurement.emulatorCPUSeconds = emulatorCPU
            measurement.throttledCalls = await emulator.store.rateLimitStatus().throttledCalls
            measurement.throttleWaitSeconds = RunMeasurement.throttleWaitSeconds(in: child.standardError)
            if scenario == .apply {
                if tool == .switchyard { try Self.expectConverged(child, groups: workload.declared.count) }
                try await Self.verifySwitched(workload, store: emulator.store, tool: tool)
                measurement.lag = DetectionLag.measure(jobs: jobs, groupIDs: declared, exitTime: exitTime)
                measurement.criticalPathSeconds = workload.criticalPathSeconds
                measurement.pacedBoundSeconds = workload.pacedBoundSeconds
            } else if measurement.requests.changingCalls > 0 {
                throw BenchError("\(tool.rawValue) made \(measurement.requests.changingCalls) changing calls while planning")
            }
            return measurement
        }
    }

    /// Every declared group is at its target, protected, with its new production servers running
    /// and its DR servers stopped, and no switchover rule was broken.
    static func verifySwitched(_ workload: BenchWorkload, store: EmulatorStore, tool: BenchTool) async throws {
        let records = Dictionary(uniqueKeysWithValues: try await store.groupRecords().map { ($0.id, $0) })
        for group in workload.declared {
            guard let record = records[group.id], record.priorityStation == "target", record.status == "protected",
                record.runningProductionServers * 2 == record.servers, record.unstoppedDRServers == 0
            else {
                throw BenchError("\(tool.rawValue) did not switch \(group.name): \(records[group.id].map { "\($0)" } ?? "missing")")
            }
        }
        let violations = try await store.invariantLog()
        guard violations.isEmpty else {
            throw BenchError("\(tool.rawValue) broke switchover rules: \(violations.prefix(3).map(\.message))")
        }
    }

    /// switchyard's `apply --format json` report (stdout) must read back and say every group converged.
    public static func expectConverged(_ child: ChildResult, groups: Int) throws {
        let report: ApplyReport
        do {
            report = try ApplyReportJSONRenderer.decode(Data(child.standardOutput.utf8))
        } catch {
            throw BenchError("switchyard apply --format json printed no apply report of format \(ApplyReport.currentFormatVersion): \(error)")
        }
        let converged = report.groups.count { $0.result == .converged || $0.result == .alreadyConverged }
        guard report.groups.count == groups, converged == groups else {
            throw BenchError("switchyard's apply report has \(report.groups.count) groups, \(converged) converged; expected \(groups): \(report.totalsSentence)")
        }
    }

    /// The SDK script's last stdout line is a JSON summary; `key` must count every group.
    static func expectSummary(_ child: ChildResult, groups: Int, key: String) throws {
        let last = child.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        let summary = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
        guard let count = summary?[key] as? Int, count == groups else {
            throw BenchError("the SDK script's summary does not report \(groups) \(key) groups: \(last)")
        }
    }

    /// Median thread CPU seconds of three text renderings of `plan`.
    static func renderCPUSeconds(_ plan: Plan) -> Double {
        let renderer = PlanTextRenderer()
        let samples = (0..<3).map { _ in
            let start = threadCPUSeconds()
            let text = renderer.render(plan)
            let seconds = threadCPUSeconds() - start
            precondition(!text.isEmpty)
            return seconds
        }.sorted()
        return samples[1]
    }

    func cloudArguments(_ url: URL, _ workload: BenchWorkload) -> [String] {
        [
            "--sdrs-endpoint", url.absoluteString, "--ecs-endpoint", url.absoluteString,
            "--project-id", workload.fixture.projectID, "--region", workload.fixture.region,
        ]
    }

    /// Under a rate limit, switchyard's retry back-off runs at the emulator's time scale.
    func retryArguments(_ scale: Double) -> [String] {
        settings.rateLimit == nil ? [] : ["--retry-time-scale", String(min(scale, 1))]
    }

    func sdkArguments(_ url: URL, _ workload: BenchWorkload, timeScale: Double) -> [String] {
        [
            "--endpoint", url.absoluteString, "--project-id", workload.fixture.projectID,
            "--time-scale", String(timeScale), "--poll-seconds", String(settings.sdkPollSeconds),
        ]
    }

    func makeDirectory(_ name: String) throws -> String {
        let path = settings.workDirectory + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, to directory: String, name: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
