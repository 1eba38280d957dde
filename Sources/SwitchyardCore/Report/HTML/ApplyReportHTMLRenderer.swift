// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The apply report as one self-contained HTML page for people: a header with the run's totals, a
/// timeline (per group, its stop, reverse and start steps as bars on a shared time axis, the
/// downtime window, the RTO deadline, failures in red) and the summary table.
///
/// Self-contained means no request leaves the page: styles and the small script are inline, the
/// timeline is inline SVG, and a Content-Security-Policy forbids everything else. Everything the
/// page shows is drawn without the script (it only sorts the table and links hover highlights),
/// so the report reads the same in a mail client or a CI artifact viewer. Every text from the
/// report (group addresses, cloud error messages) is escaped. Returns a string; never prints.
public struct ApplyReportHTMLRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The page for `report`.
    public func render(_ report: ApplyReport) -> String {
        let timeline = ApplyTimeline(report: report)
        var html = HTMLPage.start(title: "switchyard apply report — run \(Self.escape(report.runID))")
        html += header(report)
        if report.groups.allSatisfy(\.result.isUntouched) {
            html += "<p class=\"empty\">No group was worked on in this run.</p>\n"
        } else {
            html += "<section aria-labelledby=\"timeline-title\">\n<h2 id=\"timeline-title\">Timeline</h2>\n"
            html += ApplyTimelineSVG(timeline: timeline).legend()
            html += ApplyTimelineSVG(timeline: timeline).render()
            html += "</section>\n"
            html += "<section aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n"
            html += ApplyReportHTMLTable(report: report).render()
            html += "</section>\n"
        }
        return html + HTMLPage.end
    }

    func header(_ report: ApplyReport) -> String {
        let failed = ExitStatus(apply: report) == .error
        var html = "<header class=\"\(failed ? "run failed" : "run")\">\n"
        html += "<h1>switchyard apply report</h1>\n"
        if report.target?.emulated == true {
            html += "<p class=\"banner rehearsal\" role=\"note\"><strong>REHEARSAL</strong>: this run went to the embedded SDRS emulator, not to Huawei Cloud; no production site was touched.</p>\n"
        } else if report.target?.loopback == true {
            html += "<p class=\"banner rehearsal\" role=\"note\"><strong>REHEARSAL?</strong> This run went to endpoints on this machine (loopback): an SDRS emulator, or a local proxy to the cloud.</p>\n"
        }
        html += "<dl class=\"facts\">\n"
        html += "<dt>Run</dt><dd><code>\(Self.escape(report.runID))</code></dd>\n"
        if let target = report.target {
            let kind = target.emulated ? " (embedded emulator)" : target.loopback ? " (loopback endpoints)" : ""
            html += "<dt>Project</dt><dd><code>\(Self.escape(target.projectID))</code> in <code>\(Self.escape(target.region))</code>\(kind)</dd>\n"
            if let source = target.source { html += "<dt>Applied</dt><dd><code>\(Self.escape(source))</code></dd>\n" }
            if let version = target.version { html += "<dt>By</dt><dd>\(Self.escape(version))</dd>\n" }
        }
        html += "<dt>Started</dt><dd><time datetime=\"\(Self.timestamp(report.startedAt))\">\(Self.timestamp(report.startedAt))</time></dd>\n"
        html += "<dt>Ended</dt><dd><time datetime=\"\(Self.timestamp(report.endedAt))\">\(Self.timestamp(report.endedAt))</time></dd>\n"
        html += "<dt>Took</dt><dd>\(DurationWording.format(seconds: report.endedAt.timeIntervalSince(report.startedAt)))</dd>\n"
        let overRTO = report.groups.filter { $0.exceededRTO == true }.count
        html += "<dt>Result</dt><dd class=\"totals\">\(Self.escape(report.totalsSentence))"
        if overRTO > 0 { html += " <strong class=\"bad\">\(overRTO) over RTO.</strong>" }
        html += "</dd>\n</dl>\n"
        if report.interrupted {
            html += "<p class=\"banner bad\" role=\"alert\">The run was interrupted; rerun apply to resume.</p>\n"
        }
        if let refusal = report.refusal {
            html += "<p class=\"banner bad\" role=\"alert\">Refused: \(Self.escape(refusal))</p>\n"
        }
        return html + "</header>\n"
    }

    /// ISO 8601 in UTC to the second, e.g. `2026-11-29T08:00:05Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
