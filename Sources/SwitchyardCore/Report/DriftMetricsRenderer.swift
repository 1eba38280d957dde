// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The drift report as a Prometheus text-format file (version 0.0.4) for node-exporter's textfile
/// collector: per-group gauges plus facts about the run.
///
/// Every family has `# HELP` and `# TYPE`; label values are escaped per the exposition format
/// by ``PrometheusLabel``. The clock is injected (`Run`), so output is deterministic. With no report
/// (the run failed before it could judge anything) only the run gauges are written, with
/// `switchyard_drift_last_run_success 0`: alert on that, not on stale per-group series.
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
        var out = ""
        if let report {
            family(&out, "switchyard_group_in_sync", "1 when the declared group is at the site Git declares and healthy, else 0.")
            for group in report.groups {
                sample(&out, "switchyard_group_in_sync", [("group", group.address), ("group_id", group.groupID ?? "")], group.state == .inSync ? 1 : 0)
            }
            family(&out, "switchyard_group_active_site", "The site SDRS reports as production (priority_station) for a declared group; always 1.")
            for group in report.groups {
                guard let site = group.liveSite else { continue }
                sample(&out, "switchyard_group_active_site", [("group", group.address), ("site", site.rawValue), ("availability_zone", group.liveAvailabilityZone ?? "")], 1)
            }
            family(&out, "switchyard_group_state", "The drift state of a declared group, one-hot: 1 for its state, 0 for the others.")
            for group in report.groups {
                for state in DriftState.allCases {
                    sample(&out, "switchyard_group_state", [("group", group.address), ("state", state.rawValue)], group.state == state ? 1 : 0)
                }
            }
            family(&out, "switchyard_drifted_groups", "Declared groups that are not in sync (drifted, in progress, degraded or missing).")
            sample(&out, "switchyard_drifted_groups", [], Double(report.summary.notInSync))
            family(&out, "switchyard_unmanaged_groups", "Live protection groups that the desired state does not declare.")
            sample(&out, "switchyard_unmanaged_groups", [], Double(report.summary.unmanaged))
        }
        family(&out, "switchyard_drift_last_run_timestamp_seconds", "When the last drift check finished, in seconds since the Unix epoch.")
        sample(&out, "switchyard_drift_last_run_timestamp_seconds", [], run.finishedAt.timeIntervalSince1970)
        family(&out, "switchyard_drift_last_run_duration_seconds", "How long the last drift check took, in seconds.")
        let (seconds, attoseconds) = run.duration.components
        sample(&out, "switchyard_drift_last_run_duration_seconds", [], Double(seconds) + Double(attoseconds) / 1e18)
        family(&out, "switchyard_drift_last_run_success", "1 when the last drift check observed the cloud and judged every group, 0 when it failed.")
        sample(&out, "switchyard_drift_last_run_success", [], run.success ? 1 : 0)
        return out
    }

    private func family(_ out: inout String, _ name: String, _ help: String) {
        out += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) gauge\n"
    }

    private func sample(_ out: inout String, _ name: String, _ labels: [(String, String)], _ value: Double) {
        out += name
        if !labels.isEmpty {
            out += "{" + labels.map { "\($0.0)=\"\(Self.escapeLabelValue($0.1))\"" }.joined(separator: ",") + "}"
        }
        out += " \(Self.format(value))\n"
    }

    /// A label value escaped for the text exposition format (see ``PrometheusLabel/value(_:)``).
    public static func escapeLabelValue(_ value: String) -> String {
        PrometheusLabel.value(value)
    }

    /// A `# HELP` text escaped for the text exposition format (see ``PrometheusLabel/help(_:)``).
    public static func escapeHelp(_ text: String) -> String {
        PrometheusLabel.help(text)
    }

    /// Integers without a fraction (`1`, `1767225600`), other values as Swift prints them (`1.25`).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
