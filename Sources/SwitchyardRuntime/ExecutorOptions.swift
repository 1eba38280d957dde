// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Tuning of an apply run.
public struct ExecutorOptions: Sendable, Hashable {
    /// How jobs and states are polled.
    public var poll: PollSchedule
    /// Identifies this run in the journal and the report.
    public var runID: String

    public init(poll: PollSchedule = .standard, runID: String) {
        self.poll = poll
        self.runID = runID
    }
}
