// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The apply report's summary table in HTML: one row per group with its result, downtime against
/// the RTO, each step's duration and polls, the jobs, and why a group failed or was left alone.
struct ApplyReportHTMLTable {
    var report: ApplyReport
    var language: Language = .english

    func render() -> String {
        let l = language
        var html = "<table id=\"summary\">\n<thead><tr>\(l(.htmlTableHeader))</tr></thead>\n<tbody>\n"
        for group in report.groupsInRunOrder {
            let failed = group.result == .failed || group.result == .interrupted
            let address = ApplyReportHTMLRenderer.escape(group.address)
            html += "<tr class=\"result-\(group.result.rawValue)\(failed ? " failed" : "")\" data-group=\"\(address)\">"
            html += "<th scope=\"row\">\(address)</th>"
            html += "<td>\(ApplyReportHTMLRenderer.escape(group.result.text(l)))</td>"
            html += downtimeCell(group)
            html += "<td data-sort=\"\(group.rto.map { String($0.seconds) } ?? "")\">\(group.rto.map { ApplyReportHTMLRenderer.escape($0.description) } ?? "—")</td>"
            let steps = group.steps.map { step in
                let duration = step.duration.map { DurationWording.format(seconds: $0) } ?? l(.htmlUnfinished)
                let text = l(step.polls == 1 ? .htmlStepPollsOne : .htmlStepPollsOther, [
                    "step": .text(ApplyReportHTMLRenderer.escape(step.name)), "duration": .text(duration), "count": "\(step.polls)",
                ])
                return "<span class=\"step\">\(text)</span>"
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
            let note = group.downtimeStart != nil ? language(.htmlStillDown) : "—"
            return "<td data-sort=\"\(group.downtimeStart != nil ? "Infinity" : "")\"\(group.downtimeStart != nil ? " class=\"bad\"" : "")>\(note)</td>"
        }
        let over = group.exceededRTO == true
        // Meeting the RTO is said as plainly as missing it.
        let within = group.exceededRTO == false ? " <span class=\"good\">\(language(.htmlWithinRTO))</span>" : ""
        return "<td data-sort=\(String(format: "\"%.3f\"", downtime))\(over ? " class=\"bad\"" : "")>\(DurationWording.format(seconds: downtime))\(over ? language(.htmlOverRTO) : within)</td>"
    }

    func details(_ group: ApplyReport.Group) -> String {
        var lines: [String] = []
        // A failed group's reason is its failure's sentence: the failure's parts below say it once.
        let l = language
        func escape(_ text: String) -> String { ApplyReportHTMLRenderer.escape(text) }
        if let reason = group.reason, group.failure == nil { lines.append(escape(reason.text(l))) }
        if let failure = group.failure {
            lines.append("<strong>\(escape(failure.message.text(l)))</strong>")
            if let code = failure.errorCode {
                lines.append(l(.htmlErrorCode, ["code": "<code>\(escape(code))</code>", "reason": .text(failure.failReason.map { ": " + escape($0) } ?? "")]))
            }
            if let state = failure.serverState { lines.append(l(.htmlServers, ["state": .text(escape(state.text(l)))])) }
            lines.append(l(.htmlNextSafeAction, ["action": .text(escape(failure.nextSafeAction.text(l)))]))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "<br>")
    }
}
