// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The apply report as a Prometheus text-format file (version 0.0.4), for `apply --metrics-file`:
/// per group its downtime, its RTO and whether the downtime met it, and its result; counts per
/// result; and the run's result, end and duration.
///
/// The same conventions as ``DriftMetricsRenderer`` (``PrometheusText``): gauges with help, units
/// in the name, one-hot `result` labels. The run facts are injected (`Run`), so output is
/// deterministic. With no report (the run failed before it decided anything: input, cloud or
/// approval) only the run gauges are written, with `switchyard_apply_last_run_result{result="error"} 1`.
public struct ApplyMetricsRenderer: Sendable {
    /// How the run ended, as `switchyard_apply_last_run_result{result=…}` says (one-hot).
    public enum RunResult: String, Sendable, Hashable, CaseIterable {
        /// Every group converged or was in sync: exit status 0.
        case success
        /// Some groups were refused, skipped or blocked and left alone: exit status 3.
        case blocked
        /// A group failed: exit status 1.
        case failed
        /// The run was stopped by SIGINT/SIGTERM: exit status 1.
        case interrupted
        /// No report: the run failed before it decided anything (nothing was changed): exit status 1.
        case error

        /// The result of a run that made `report` (`nil`: none).
        public init(_ report: ApplyReport?) {
            guard let report else {
                self = .error
                return
            }
            if report.interrupted || report.groups.contains(where: { $0.result == .interrupted }) {
                self = .interrupted
                return
            }
            switch ExitStatus(apply: report) {
            case .success, .changesPending: self = .success
            case .blocked: self = .blocked
            case .error: self = .failed
            }
        }
    }

    /// When the run finished and how long it took.
    public struct Run: Sendable, Hashable {
        /// The end of the run (`switchyard_apply_last_run_timestamp_seconds`).
        public var finishedAt: Date
        /// The run's duration, measured monotonically (`switchyard_apply_last_run_duration_seconds`).
        public var duration: Duration

        /// Creates run facts.
        public init(finishedAt: Date, duration: Duration) {
            self.finishedAt = finishedAt
            self.duration = duration
        }
    }

    /// Creates the renderer.
    public init() {}

    /// The metrics text; `report` is `nil` for a run that failed before it made one.
    public func render(_ report: ApplyReport?, run: Run) -> String {
        var out = PrometheusText()
        if let report {
            let groups = report.groups
            func labels(_ group: ApplyReport.Group) -> [(String, String)] { [("group", group.address), ("group_id", group.groupID)] }
            out.family("switchyard_apply_group_result", "How the last apply left a group of its plan, one-hot: 1 for its result, 0 for the others.")
            for group in groups {
                for result in ApplyReport.Result.allCases {
                    out.sample("switchyard_apply_group_result", labels(group) + [("result", result.rawValue)], group.result == result ? 1 : 0)
                }
            }
            out.family("switchyard_apply_group_downtime_seconds", "Downtime the last apply caused a group: from its first stop to its last start finished; only for groups that were stopped and started again.")
            for group in groups {
                guard let downtime = group.downtime else { continue }
                out.sample("switchyard_apply_group_downtime_seconds", labels(group), downtime)
            }
            out.family("switchyard_apply_group_rto_seconds", "The recovery time objective declared for a group (rto), in seconds; only for groups that declare one.")
            for group in groups {
                guard let rto = group.rto else { continue }
                out.sample("switchyard_apply_group_rto_seconds", labels(group), Double(rto.seconds))
            }
            out.family("switchyard_apply_group_rto_met", "1 when a group's downtime in the last apply was within its rto, 0 when it exceeded it; only for groups with both.")
            for group in groups {
                guard let exceeded = group.exceededRTO else { continue }
                out.sample("switchyard_apply_group_rto_met", labels(group), exceeded ? 0 : 1)
            }
            out.family("switchyard_apply_groups", "Groups of the last apply's plan per result; every result is always present.")
            for result in ApplyReport.Result.allCases {
                out.sample("switchyard_apply_groups", [("result", result.rawValue)], Double(groups.count { $0.result == result }))
            }
        }
        let result = RunResult(report)
        out.family("switchyard_apply_last_run_result", "How the last apply ended, one-hot: success (exit 0), blocked (3: groups left alone), failed (1: a group failed), interrupted (1), error (1: nothing decided, nothing changed).")
        for candidate in RunResult.allCases {
            out.sample("switchyard_apply_last_run_result", [("result", candidate.rawValue)], candidate == result ? 1 : 0)
        }
        out.family("switchyard_apply_last_run_success", "1 when the last apply converged every group of its plan (exit status 0), else 0.")
        out.sample("switchyard_apply_last_run_success", [], result == .success ? 1 : 0)
        out.family("switchyard_apply_last_run_timestamp_seconds", "When the last apply finished, in seconds since the Unix epoch.")
        out.sample("switchyard_apply_last_run_timestamp_seconds", [], run.finishedAt.timeIntervalSince1970)
        out.family("switchyard_apply_last_run_duration_seconds", "How long the last apply took, in seconds.")
        out.sample("switchyard_apply_last_run_duration_seconds", [], PrometheusText.seconds(run.duration))
        return out.text
    }
}
