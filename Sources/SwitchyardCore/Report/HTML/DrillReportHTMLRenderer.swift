// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drill report as one self-contained HTML page: the apply report's page frame, stylesheet,
/// script and timeline SVG (``ApplyTimeline/init(drill:)``), and a table of the drills. No request
/// leaves the page (same Content-Security-Policy); every text from the report is escaped.
public struct DrillReportHTMLRenderer: Sendable {
    public init() {}

    /// Colours of the drill phases, added to the apply report's stylesheet.
    static let phaseStyles = """
        .bar.step-cleanup, .swatch.step-cleanup { fill: var(--restart); background: var(--restart); }
        .bar.step-create, .swatch.step-create { fill: var(--reverse); background: var(--reverse); }
        .bar.step-check, .swatch.step-check { fill: var(--start); background: var(--start); }
        .bar.step-delete, .swatch.step-delete { fill: var(--stop); background: var(--stop); }
        .bar.failed { fill: var(--failed); }

        """

    public func render(_ report: DrillReport) -> String {
        let timeline = ApplyTimeline(drill: report)
        let failed = ExitStatus(drill: report) == .error
        var html = HTMLPage.start(title: "switchyard drill report — \(escape(report.startedAt))", extraStyles: Self.phaseStyles)
        html += """
            <header class="\(failed ? "run failed" : "run")">
            <h1>switchyard drill report</h1>
            <dl class="facts">
            <dt>Desired state</dt><dd><code>\(escape(report.desiredFile))</code></dd>
            <dt>Started</dt><dd><time datetime="\(escape(report.startedAt))">\(escape(report.startedAt))</time></dd>
            <dt>Ended</dt><dd><time datetime="\(escape(report.endedAt))">\(escape(report.endedAt))</time></dd>
            <dt>Result</dt><dd class="totals">\(escape(DrillWording.summary(report)))</dd>
            </dl>

            """
        if let scale = report.timeScale {
            html += "<p>Emulated at time scale \(scale); durations are in cloud time.</p>\n"
        }
        html += "</header>\n"
        if !timeline.rows.isEmpty {
            html += "<section aria-labelledby=\"timeline-title\">\n<h2 id=\"timeline-title\">Timeline</h2>\n"
            html += ApplyTimelineSVG(timeline: timeline).legend()
            html += ApplyTimelineSVG(timeline: timeline).render()
            html += "</section>\n"
        }
        html += "<section aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Drills</h2>\n" + table(report) + "</section>\n"
        return html + HTMLPage.end
    }

    func table(_ report: DrillReport) -> String {
        var html = """
            <table id="summary">
            <thead><tr><th scope="col">Group</th><th scope="col">Result</th><th scope="col">Recovery</th><th scope="col">RTO</th><th scope="col">Drill servers</th><th scope="col">Details</th></tr></thead>
            <tbody>

            """
        for group in report.groups {
            let address = escape(group.address)
            html += "<tr class=\"\(group.passed ? "result-converged" : "result-failed failed")\" data-group=\"\(address)\">"
            html += "<th scope=\"row\">\(address)</th><td>\(group.passed ? "passed" : "failed")</td>"
            // Meeting the RTO is said as plainly as missing it, as in the apply report.
            let withinRTO = group.rtoSeconds != nil && group.recoverySeconds != nil && !group.exceededRTO
            let mark = group.exceededRTO ? " (over RTO)" : withinRTO ? " <span class=\"good\">✓ within RTO</span>" : ""
            let recovery = (group.recoverySeconds.map { DurationWording.format(seconds: $0) } ?? "—") + mark
            html += "<td data-sort=\"\(group.recoverySeconds.map { String($0) } ?? "")\"\(group.exceededRTO ? " class=\"bad\"" : "")>\(recovery)</td>"
            html += "<td data-sort=\"\(group.rtoSeconds.map(String.init) ?? "")\">\(group.rtoSeconds.map { DurationWording.format(seconds: Double($0)) } ?? "—")</td>"
            let servers = group.servers.map { "<code>\(escape($0.drillServerID))</code>" }
            html += "<td>\(servers.isEmpty ? "—" : servers.joined(separator: "<br>"))</td>"
            let details = ([DrillWording.headline(group)] + DrillWording.facts(group)).map(escape)
            html += "<td>\(details.joined(separator: "<br>"))</td></tr>\n"
        }
        for group in report.unresolved {
            let address = escape(group.address)
            html += "<tr class=\"result-failed failed\" data-group=\"\(address)\"><th scope=\"row\">\(address)</th><td>not drilled</td>"
            html += "<td data-sort=\"\">—</td><td data-sort=\"\">—</td><td>—</td><td>\(escape(group.reason))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
