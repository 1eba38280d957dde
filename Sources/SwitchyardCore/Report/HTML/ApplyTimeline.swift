// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The geometry of an apply run's timeline, in seconds from the run's start: one row per group,
/// one bar per step, the downtime window, and where the group's RTO deadline falls.
///
/// A pure value computed from an ``ApplyReport``; the HTML renderer only draws it. The axis
/// covers the whole run, and stretches to show RTO deadlines that fall within twice the run's
/// length; deadlines further out are marked as off the scale instead of squashing every bar.
public struct ApplyTimeline: Sendable, Hashable {
    /// One step of one group, as a bar.
    public struct Bar: Sendable, Hashable {
        /// The step's name (`stop`, `stop-hard`, `reverse`, `start`, `restart-original`).
        public var step: String
        /// Seconds from the run's start.
        public var start: Double
        /// Seconds from the run's start; the run's end for a step that never finished.
        public var end: Double
        /// Whether the step finished (an unfinished step is drawn to the end of the run).
        public var finished: Bool
        /// Whether this is the step the group failed on.
        public var failed: Bool
        public var jobID: CloudJobID?
        public var polls: Int
    }

    /// One group.
    public struct Row: Sendable, Hashable {
        public var address: String
        public var result: ApplyReport.Result
        public var bars: [Bar]
        /// The downtime window in seconds from the run's start; its end is the run's end when the
        /// group was still down when the run ended (`stillDown`).
        public var downtime: ClosedRange<Double>?
        public var stillDown: Bool
        /// When the group's RTO ran out, in seconds from the run's start (`nil` without an RTO or
        /// without downtime).
        public var rtoDeadline: Double?
        /// Whether `rtoDeadline` lies beyond the axis.
        public var rtoOffScale: Bool
    }

    /// The instant the axis starts at (the run's start).
    public var origin: Date
    /// The axis length in seconds (always > 0).
    public var span: Double
    /// Tick positions in seconds from the start, evenly spaced, starting at 0.
    public var ticks: [Double]
    public var rows: [Row]

    /// Lays out `report`'s groups that the run worked on or was meant to (not the ones the plan left
    /// alone: in sync, blocked, excluded).
    public init(report: ApplyReport) {
        origin = report.startedAt
        let origin = report.startedAt
        let runLength = max(report.endedAt.timeIntervalSince(origin), 0)
        func offset(_ date: Date) -> Double { min(max(date.timeIntervalSince(origin), 0), runLength) }

        var rows: [Row] = []
        for group in report.groupsInRunOrder where !group.result.isUntouched {
            let failedIndex = group.result == .failed ? Self.failedStepIndex(group) : nil
            let bars = group.steps.enumerated().map { index, step in
                Bar(
                    step: step.name, start: offset(step.startedAt), end: offset(step.endedAt ?? report.endedAt),
                    finished: step.endedAt != nil, failed: index == failedIndex, jobID: step.jobID, polls: step.polls
                )
            }
            var downtime: ClosedRange<Double>?
            var stillDown = false
            var deadline: Double?
            if let downStart = group.downtimeStart {
                let start = offset(downStart)
                stillDown = group.downtimeEnd == nil
                downtime = start...max(start, offset(group.downtimeEnd ?? report.endedAt))
                if let rto = group.rto { deadline = downStart.timeIntervalSince(origin) + Double(rto.seconds) }
            }
            rows.append(Row(address: group.address, result: group.result, bars: bars, downtime: downtime, stillDown: stillDown, rtoDeadline: deadline, rtoOffScale: false))
        }
        (span, ticks) = Self.axis(rows: &rows, runLength: runLength)
        self.rows = rows
    }

    /// The axis for `rows` of a run `runLength` seconds long: it stretches to show RTO deadlines
    /// within twice the run's length and marks those further out as off the scale.
    static func axis(rows: inout [Row], runLength: Double) -> (span: Double, ticks: [Double]) {
        let deadlinesShown = rows.compactMap(\.rtoDeadline).filter { $0 <= 2 * runLength }
        let span = max(runLength, deadlinesShown.max() ?? 0, 0.001)
        for index in rows.indices {
            if let deadline = rows[index].rtoDeadline, deadline > span { rows[index].rtoOffScale = true }
        }
        let step = Self.tickStep(for: span)
        return (span, stride(from: 0, through: span + step * 1e-9, by: step).map { $0 })
    }

    /// The step a failed group failed on: the one with the failure's job, else the last one.
    static func failedStepIndex(_ group: ApplyReport.Group) -> Int? {
        if let job = group.failure?.jobID, let index = group.steps.lastIndex(where: { $0.jobID == job }) { return index }
        return group.steps.indices.last
    }

    /// A round tick interval giving at most eight intervals over `span` seconds.
    public static func tickStep(for span: Double) -> Double {
        let candidates: [Double] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400]
        return candidates.first { span / $0 <= 8 } ?? (span / 8).rounded(.up)
    }
}
