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
    /// The language of the page (codes, IDs and timestamps stay as they are).
    public var language: Language

    /// Creates the renderer.
    public init(language: Language = .english) {
        self.language = language
    }

    /// The page for `report`.
    public func render(_ report: ApplyReport) -> String {
        let timeline = ApplyTimeline(report: report)
        let l = language
        var html = HTMLPage.start(title: l(.htmlTitle, ["run": .text(Self.escape(report.runID))]), language: l)
        html += header(report)
        if report.groups.allSatisfy(\.result.isUntouched) {
            html += "<p class=\"empty\">\(l(.htmlNothingWorkedOn))</p>\n"
        } else {
            html += "<section aria-labelledby=\"timeline-title\">\n<h2 id=\"timeline-title\">\(l(.htmlTimeline))</h2>\n"
            html += ApplyTimelineSVG(timeline: timeline, language: l).legend()
            html += ApplyTimelineSVG(timeline: timeline, language: l).render()
            html += "</section>\n"
            html += "<section aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">\(l(.htmlSummary))</h2>\n"
            html += ApplyReportHTMLTable(report: report, language: l).render()
            html += "</section>\n"
        }
        return html + HTMLPage.end
    }

    func header(_ report: ApplyReport) -> String {
        let failed = ExitStatus(apply: report) == .error
        let l = language
        var html = "<header class=\"\(failed ? "run failed" : "run")\">\n"
        html += "<h1>\(l(.htmlHeading))</h1>\n"
        if report.target?.emulated == true {
            html += "<p class=\"banner rehearsal\" role=\"note\">\(l(.htmlRehearsal))</p>\n"
        } else if report.target?.loopback == true {
            html += "<p class=\"banner rehearsal\" role=\"note\">\(l(.htmlRehearsalLoopback))</p>\n"
        }
        html += "<dl class=\"facts\">\n"
        html += "<dt>\(l(.htmlRun))</dt><dd><code>\(Self.escape(report.runID))</code></dd>\n"
        if let target = report.target {
            let kind = target.emulated ? l(.htmlEmbeddedEmulator) : target.loopback ? l(.htmlLoopback) : ""
            let project = l(.htmlProjectIn, [
                "project": "<code>\(Self.escape(target.projectID))</code>", "region": "<code>\(Self.escape(target.region))</code>", "kind": .text(kind),
            ])
            html += "<dt>\(l(.htmlProject))</dt><dd>\(project)</dd>\n"
            if let source = target.source { html += "<dt>\(l(.htmlApplied))</dt><dd><code>\(Self.escape(source))</code></dd>\n" }
            if let version = target.version { html += "<dt>\(l(.htmlBy))</dt><dd>\(Self.escape(version))</dd>\n" }
        }
        html += "<dt>\(l(.htmlStarted))</dt><dd><time datetime=\"\(Self.timestamp(report.startedAt))\">\(Self.timestamp(report.startedAt))</time></dd>\n"
        html += "<dt>\(l(.htmlEnded))</dt><dd><time datetime=\"\(Self.timestamp(report.endedAt))\">\(Self.timestamp(report.endedAt))</time></dd>\n"
        html += "<dt>\(l(.htmlTook))</dt><dd>\(DurationWording.format(seconds: report.endedAt.timeIntervalSince(report.startedAt)))</dd>\n"
        let overRTO = report.groups.filter { $0.exceededRTO == true }.count
        html += "<dt>\(l(.htmlResult))</dt><dd class=\"totals\">\(Self.escape(report.totalsSentence(l)))"
        if overRTO > 0 { html += " <strong class=\"bad\">\(l(.htmlOverRTOCount, ["count": "\(overRTO)"]))</strong>" }
        html += "</dd>\n</dl>\n"
        if report.interrupted {
            html += "<p class=\"banner bad\" role=\"alert\">\(l(.htmlInterrupted))</p>\n"
        }
        if let refusal = report.refusal {
            html += "<p class=\"banner bad\" role=\"alert\">\(l(.htmlRefused, ["reason": .text(Self.escape(refusal.text(l)))]))</p>\n"
        }
        return html + "</header>\n"
    }

    /// ISO 8601 in UTC to the second, e.g. `2026-11-29T08:00:05Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
