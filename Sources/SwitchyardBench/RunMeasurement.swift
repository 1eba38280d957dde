// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SDRSEmulator

/// Which program a measurement is of.
public enum BenchTool: String, Sendable, Hashable, CaseIterable {
    /// The `switchyard` CLI.
    case switchyard
    /// The sequential script over the official Python SDK (`benchmarks/sdk_sequential_switch.py`).
    case sdk = "sdk-script"
}

/// What was measured.
public enum BenchScenario: String, Sendable, Hashable {
    /// Observe and plan (no changing call).
    case plan
    /// Switch every declared group.
    case apply
}

/// One measured run of one tool against a fresh emulator.
public struct RunMeasurement: Sendable {
    /// The program.
    public var tool: BenchTool
    /// Plan or apply.
    public var scenario: BenchScenario
    /// Declared groups.
    public var groups: Int
    /// Protected instances per group.
    public var instancesPerGroup: Int
    /// The emulator's time scale during the run (emulated seconds × scale = wall seconds).
    public var timeScale: Double
    /// The child process: wall time, CPU, peak RSS.
    public var child: ChildResult
    /// API calls per operation, as the emulator counted them.
    public var requests: RequestCountReport
    /// Jobs created for the declared groups.
    public var jobs: Int
    /// Apply: how fast job ends were acted on.
    public var lag: DetectionLag?
    /// Apply: emulated seconds of one group's stop + reverse + start.
    public var criticalPathSeconds: Double?
    /// Apply: emulated seconds that the critical path plus ECS's pace of power actions allow for
    /// all declared groups at once (`BenchWorkload.pacedBoundSeconds`).
    public var pacedBoundSeconds: Double?
    /// CPU seconds of the in-process emulator while it served this run (the bench process's CPU
    /// during the child's lifetime).
    public var emulatorCPUSeconds: Double?
    /// Plan (switchyard): thread CPU seconds to render the saved plan as text (median of 3).
    public var renderCPUSeconds: Double?
    /// Calls the emulator's rate limit refused (429 `APIGW.0308`).
    public var throttledCalls = 0
    /// Wall seconds switchyard reported waiting after throttling (`nil`: it reported none).
    public var throttleWaitSeconds: Double?

    /// Creates a measurement; `lag`, `criticalPathSeconds` and `renderCPUSeconds` start empty.
    public init(
        tool: BenchTool, scenario: BenchScenario, groups: Int, instancesPerGroup: Int, timeScale: Double,
        child: ChildResult, requests: RequestCountReport, jobs: Int
    ) {
        self.tool = tool
        self.scenario = scenario
        self.groups = groups
        self.instancesPerGroup = instancesPerGroup
        self.timeScale = timeScale
        self.child = child
        self.requests = requests
        self.jobs = jobs
    }

    /// Calls per declared group.
    public var callsPerGroup: Double { groups > 0 ? Double(requests.totalCalls) / Double(groups) : 0 }
    /// Job reads (`ShowJob` + `ShowJobStatus`) per job.
    public var jobReadsPerJob: Double? {
        jobs > 0 ? Double(requests.calls(.showJob) + requests.calls(.showJobStatus)) / Double(jobs) : nil
    }
    /// Every non-changing call per job (job reads and state observation).
    public var readsPerJob: Double? {
        jobs > 0 ? Double(requests.totalCalls - requests.changingCalls) / Double(jobs) : nil
    }
    /// Wall seconds of the critical path at this run's time scale.
    public var criticalPathWallSeconds: Double? { criticalPathSeconds.map { $0 * timeScale } }
    /// Wall time as a multiple of the critical path.
    public var criticalPathMultiple: Double? { criticalPathWallSeconds.map { child.wallSeconds / $0 } }
    /// Wall time as a multiple of the paced bound.
    public var pacedBoundMultiple: Double? { pacedBoundSeconds.map { child.wallSeconds / ($0 * timeScale) } }
    /// The emulator's CPU milliseconds per API call it answered.
    public var emulatorMillisecondsPerCall: Double? {
        guard let seconds = emulatorCPUSeconds, requests.totalCalls > 0 else { return nil }
        return seconds * 1000 / Double(requests.totalCalls)
    }
    /// Wall time converted to emulated seconds.
    public var emulatedSeconds: Double { child.wallSeconds / timeScale }

    /// The seconds in switchyard's closing `throttled: … ; S s spent waiting before retrying.` line.
    public static func throttleWaitSeconds(in standardError: String) -> Double? {
        guard let match = standardError.firstMatch(of: #/rate limit; ([0-9.]+) s spent waiting/#) else { return nil }
        return Double(match.1)
    }
}
