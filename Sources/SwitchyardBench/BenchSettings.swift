// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SDRSEmulator

/// Everything one benchmark run needs: sizes, emulator speed and latency, and where the tools are.
public struct BenchSettings: Sendable {
    /// A per-identity gateway rate limit for every run (`nil`: none). With a limit, plans also run
    /// at `applyTimeScale`, switchyard scales its retry back-off the same way, and the SDK script
    /// is skipped (it does not retry 429 answers).
    public var rateLimit: EmulatorRateLimit?
    /// The time scale of plan runs: 1 (latency = wall time), or `applyTimeScale` under a rate limit.
    public var planTimeScale: Double { rateLimit == nil ? 1 : applyTimeScale }
    /// Delay the emulator adds to every API call, in emulated milliseconds (default 20). Plans run
    /// at time scale 1, so there it is wall time too.
    public var latencyMilliseconds: Double = 20
    /// Emulator time scale of the apply runs (0.02: a 110 s switchover takes 2.2 s).
    public var applyTimeScale: Double = 0.02
    /// Group counts to plan.
    public var planSizes: [Int] = [10, 100, 1_000, 10_000]
    /// Group counts to switch.
    public var applySizes: [Int] = [1, 10, 100]
    /// Protected instances per group.
    public var instancesPerGroup = 4
    /// The `switchyard` executable.
    public var switchyardPath: String
    /// The Python interpreter with the official SDK; `nil` skips the SDK script.
    public var pythonPath: String?
    /// `benchmarks/sdk_sequential_switch.py`.
    public var sdkScriptPath: String
    /// The SDK script plans only up to this many groups (it makes ~10 calls per group).
    public var sdkPlanMaximum = 1_000
    /// The SDK script switches only up to this many groups (it takes one critical path per group).
    public var sdkApplyMaximum = 100
    /// The SDK script's job poll interval in emulated seconds (scaled like every duration).
    public var sdkPollSeconds: Double = 5
    /// Where desired-state files, plans and journals are written.
    public var workDirectory: String
    /// `switchyard-bench` itself, to spawn each tool from a small process (see `ChildProcess`);
    /// `nil` spawns directly, and peak RSS then includes this process's.
    public var launcherPath: String?

    /// Creates settings with the defaults above.
    public init(switchyardPath: String, pythonPath: String?, sdkScriptPath: String, workDirectory: String) {
        self.switchyardPath = switchyardPath
        self.pythonPath = pythonPath
        self.sdkScriptPath = sdkScriptPath
        self.workDirectory = workDirectory
    }
}
