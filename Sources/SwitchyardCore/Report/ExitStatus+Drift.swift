// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension ExitStatus {
    /// The status of `drift`: 0 when every declared group is in sync, 2 (`changesPending`) when any
    /// is drifted, in progress, degraded or missing. Errors (1) never reach a report: the command
    /// exits 1 when it cannot observe the cloud. Unmanaged groups never count.
    public static func decide(drift: DriftReport) -> ExitStatus {
        drift.driftFound ? .changesPending : .success
    }

    /// Same as `decide(drift:)`.
    public init(drift: DriftReport) {
        self = ExitStatus.decide(drift: drift)
    }
}
