// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension ApplyTimeline {
    /// Lays out a drill run on the same axis and marks as an apply run: one row per drilled group,
    /// one bar per phase (`cleanup`, `create`, `check`, `delete`), the `create` phase as the band
    /// (the time until the servers exist, i.e. a real failover's downtime) and the group's RTO
    /// deadline counted from the start of `create`. A passed group's row reads `converged`, a
    /// failed one `failed` (the apply vocabulary the SVG draws).
    public init(drill report: DrillReport) {
        origin = (try? Date(report.startedAt, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
        var rows: [Row] = []
        var runLength = 0.0
        for group in report.groups {
            let bars = group.phases.map {
                Bar(step: $0.name, start: $0.start, end: $0.end, finished: true, failed: $0.failed, jobID: nil, polls: 0)
            }
            runLength = max(runLength, bars.map(\.end).max() ?? 0)
            let create = group.phases.first { $0.name == "create" }
            rows.append(
                Row(
                    address: group.address, result: group.passed ? .converged : .failed, bars: bars,
                    downtime: create.map { $0.start...max($0.start, $0.end) }, stillDown: false,
                    rtoDeadline: create.flatMap { phase in group.rtoSeconds.map { phase.start + Double($0) } },
                    rtoOffScale: false
                )
            )
        }
        (span, ticks) = Self.axis(rows: &rows, runLength: runLength)
        self.rows = rows
    }
}
