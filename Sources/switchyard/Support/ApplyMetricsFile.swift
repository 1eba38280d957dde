// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Synchronization
import SwitchyardCore

/// `apply --metrics-file`: the Prometheus textfile of one run, written once, when the run's report
/// exists (the same moment the report is printed), or with the `error` result when the run ended
/// without one. Written like the drift metrics (``MetricsFile``: atomically, mode 0644).
final class ApplyMetricsFile: Sendable {
    let path: String
    /// When the command started; the run's duration is measured monotonically from here.
    private let started: ContinuousClock.Instant
    /// Whether this run's metrics were written (or tried), so a later failure does not overwrite them.
    private let written = Mutex(false)

    init(path: String, started: ContinuousClock.Instant = .now) {
        self.path = path
        self.started = started
    }

    /// Writes the metrics of `report` (`nil`: the run failed before it made one).
    /// - Throws: `SecureFileError` when the file cannot be written.
    func write(_ report: ApplyReport?) throws {
        written.withLock { $0 = true }
        let run = ApplyMetricsRenderer.Run(finishedAt: Date(), duration: started.duration(to: .now))
        try MetricsFile.write(ApplyMetricsRenderer().render(report, run: run), to: path)
    }

    /// After a failure: the `error` result, unless this run already wrote its report's metrics. A
    /// failure to write is not reported again: the run is already failing with its own error.
    func writeFailureUnlessWritten() {
        guard !written.withLock({ $0 }) else { return }
        try? write(nil)
    }
}
