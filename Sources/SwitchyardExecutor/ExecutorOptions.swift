// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Tuning of an apply run.
public struct ExecutorOptions: Sendable, Hashable {
    /// How jobs and states are polled.
    public var poll: PollSchedule
    /// Identifies this run in the journal and the report.
    public var runID: String
    /// Groups worked on at once; `nil`: the plan's policy.
    public var parallelism: Int?
    /// How often a waiting step says it is still waiting (`ApplyEvent.Kind.heartbeat`).
    public var heartbeatInterval: Duration

    public init(poll: PollSchedule = .standard, runID: String, parallelism: Int? = nil, heartbeatInterval: Duration = .seconds(30)) {
        self.poll = poll
        self.runID = runID
        self.parallelism = parallelism
        self.heartbeatInterval = heartbeatInterval
    }
}
