// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension ExitStatus {
    /// The status of `drill`: 0 when every selected group's drill passed; 1 (error) when any
    /// failed, exceeded its RTO, or could not be drilled. A drill that failed is a failed
    /// rehearsal, like a failed apply.
    public init(drill report: DrillReport) {
        self = ExitStatus.decide(
            errored: report.failedCount > 0, blocked: false, changesPending: false, detailedExitCode: false)
    }
}
