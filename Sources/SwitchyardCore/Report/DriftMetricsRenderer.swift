// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The drift report as a Prometheus text-format file (version 0.0.4) for node-exporter's textfile
/// collector: per-group gauges, counts per state, plus facts about the run.
///
/// Every family has `# HELP` and `# TYPE`; label values are escaped per the exposition format
/// by ``PrometheusLabel``. Names follow the Prometheus conventions: an info metric ends in `_info`
/// (value 1, the facts in labels), a count per state is one family with a `state` label (so
/// `sum(switchyard_groups)` is every declared group), units are in the name. The clock is injected
/// (`Run`), so output is deterministic. With no report (the run failed before it could judge
/// anything) only the run gauges are written, with `switchyard_drift_last_run_success 0`: alert on
/// that, not on stale per-group series.
///
/// Renamed (docs/drift.md, "Changed"): `switchyard_drifted_groups`
/// (which counted every state but in-sync) is `switchyard_groups{state=…}`, and
/// `switchyard_group_active_site` is `switchyard_group_active_site_info`.
public struct DriftMetricsRenderer: Sendable {
    /// When the run finished, how long it took, whether it produced a report.
    public struct Run: Sendable, Hashable {
        /// The end of the run (`switchyard_drift_last_run_timestamp_seconds`).
        public var finishedAt: Date
        /// The run's wall-clock duration (`switchyard_drift_last_run_duration_seconds`).
        public var duration: Duration
        /// Whether the cloud was observed and a report made (`switchyard_drift_last_run_success`).
        public var success: Bool

        /// Creates run facts.
        public init(finishedAt: Date, duration: Duration, success: Bool) {
            self.finishedAt = finishedAt
            self.duration = duration
            self.success = success
        }
    }

    /// Creates the renderer.
    public init() {}

    /// The metrics text; `report` is `nil` for a failed run.
    public func render(_ report: DriftReport?, run: Run) -> String {
        var out = PrometheusText()
        if let report {
            out.family("switchyard_group_in_sync", "1 when the declared group is at the site Git declares and healthy, else 0.")
            for group in report.groups {
                out.sample("switchyard_group_in_sync", [("group", group.address), ("group_id", group.groupID ?? "")], group.state == .inSync ? 1 : 0)
            }
            out.family("switchyard_group_active_site_info", "The site SDRS reports as production (priority_station) of a declared group, in labels; always 1.")
            for group in report.groups {
                guard let site = group.liveSite else { continue }
                out.sample(
                    "switchyard_group_active_site_info",
                    [("group", group.address), ("site", site.rawValue), ("availability_zone", group.liveAvailabilityZone ?? "")], 1)
            }
            out.family("switchyard_group_state", "The drift state of a declared group, one-hot: 1 for its state, 0 for the others.")
            for group in report.groups {
                for state in DriftState.allCases {
                    out.sample("switchyard_group_state", [("group", group.address), ("state", state.rawValue)], group.state == state ? 1 : 0)
                }
            }
            out.family("switchyard_groups", "Declared groups per drift state (in-sync, drifted, in-progress, degraded, missing); every state is always present.")
            for state in DriftState.allCases {
                out.sample("switchyard_groups", [("state", state.rawValue)], Double(report.groups.count { $0.state == state }))
            }
            out.family("switchyard_unmanaged_groups", "Live protection groups that the desired state does not declare.")
            out.sample("switchyard_unmanaged_groups", [], Double(report.summary.unmanaged))
        }
        out.family("switchyard_drift_last_run_timestamp_seconds", "When the last drift check finished, in seconds since the Unix epoch.")
        out.sample("switchyard_drift_last_run_timestamp_seconds", [], run.finishedAt.timeIntervalSince1970)
        out.family("switchyard_drift_last_run_duration_seconds", "How long the last drift check took, in seconds.")
        out.sample("switchyard_drift_last_run_duration_seconds", [], PrometheusText.seconds(run.duration))
        out.family("switchyard_drift_last_run_success", "1 when the last drift check observed the cloud and judged every group, 0 when it failed.")
        out.sample("switchyard_drift_last_run_success", [], run.success ? 1 : 0)
        return out.text
    }

    /// A label value escaped for the text exposition format (see ``PrometheusLabel/value(_:)``).
    public static func escapeLabelValue(_ value: String) -> String {
        PrometheusLabel.value(value)
    }

    /// A `# HELP` text escaped for the text exposition format (see ``PrometheusLabel/help(_:)``).
    public static func escapeHelp(_ text: String) -> String {
        PrometheusLabel.help(text)
    }
}
