// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The apply report's summary table in HTML: one row per group with its result, downtime against
/// the RTO, each step's duration and polls, the jobs, and why a group failed or was left alone.
struct ApplyReportHTMLTable {
    var report: ApplyReport

    func render() -> String {
        var html = """
            <table id="summary">
            <thead><tr><th scope="col">Group</th><th scope="col">Result</th><th scope="col">Downtime</th><th scope="col">RTO</th><th scope="col">Steps</th><th scope="col">Jobs</th><th scope="col">Details</th></tr></thead>
            <tbody>

            """
        for group in report.groupsInRunOrder {
            let failed = group.result == .failed || group.result == .interrupted
            let address = ApplyReportHTMLRenderer.escape(group.address)
            html += "<tr class=\"result-\(group.result.rawValue)\(failed ? " failed" : "")\" data-group=\"\(address)\">"
            html += "<th scope=\"row\">\(address)</th>"
            html += "<td>\(group.result.rawValue)</td>"
            html += downtimeCell(group)
            html += "<td data-sort=\"\(group.rto.map { String($0.seconds) } ?? "")\">\(group.rto.map { ApplyReportHTMLRenderer.escape($0.description) } ?? "—")</td>"
            let steps = group.steps.map { step in
                let duration = step.duration.map { DurationWording.format(seconds: $0) } ?? "unfinished"
                return "<span class=\"step\">\(ApplyReportHTMLRenderer.escape(step.name)) \(duration) (\(step.polls) poll\(step.polls == 1 ? "" : "s"))</span>"
            }
            html += "<td>\(steps.isEmpty ? "—" : steps.joined(separator: "<br>"))</td>"
            let jobs = group.jobIDs.map { "<code>\(ApplyReportHTMLRenderer.escape($0.description))</code>" }
            html += "<td>\(jobs.isEmpty ? "—" : jobs.joined(separator: "<br>"))</td>"
            html += "<td>\(details(group))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    func downtimeCell(_ group: ApplyReport.Group) -> String {
        guard let downtime = group.downtime else {
            let note = group.downtimeStart != nil ? "still down" : "—"
            return "<td data-sort=\"\(group.downtimeStart != nil ? "Infinity" : "")\"\(group.downtimeStart != nil ? " class=\"bad\"" : "")>\(note)</td>"
        }
        let over = group.exceededRTO == true
        // Meeting the RTO is said as plainly as missing it.
        let within = group.exceededRTO == false ? " <span class=\"good\">✓ within RTO</span>" : ""
        return "<td data-sort=\(String(format: "\"%.3f\"", downtime))\(over ? " class=\"bad\"" : "")>\(DurationWording.format(seconds: downtime))\(over ? " (over RTO)" : within)</td>"
    }

    func details(_ group: ApplyReport.Group) -> String {
        var lines: [String] = []
        // A failed group's reason is its failure's sentence: the failure's parts below say it once.
        if let reason = group.reason, group.failure == nil { lines.append(ApplyReportHTMLRenderer.escape(reason)) }
        if let failure = group.failure {
            lines.append("<strong>\(ApplyReportHTMLRenderer.escape(failure.message))</strong>")
            if let code = failure.errorCode {
                lines.append("error code <code>\(ApplyReportHTMLRenderer.escape(code))</code>\(failure.failReason.map { ": " + ApplyReportHTMLRenderer.escape($0) } ?? "")")
            }
            if let state = failure.serverState { lines.append("servers: \(ApplyReportHTMLRenderer.escape(state))") }
            lines.append("next safe action: \(ApplyReportHTMLRenderer.escape(failure.nextSafeAction))")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "<br>")
    }
}
