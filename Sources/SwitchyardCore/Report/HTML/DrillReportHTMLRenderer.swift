// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drill report as one self-contained HTML page: the apply report's page frame, stylesheet,
/// script and timeline SVG (``ApplyTimeline/init(drill:)``), and a table of the drills. No request
/// leaves the page (same Content-Security-Policy); every text from the report is escaped. Words
/// are in `language`; IDs, statuses, phase names and timestamps stay as they are.
public struct DrillReportHTMLRenderer: Sendable {
    /// The language of the page.
    public var language: Language

    public init(language: Language = .english) {
        self.language = language
    }

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
        let l = language
        var html = HTMLPage.start(title: l(.drillHTMLTitle, ["started": .text(escape(report.startedAt))]), extraStyles: Self.phaseStyles, language: l)
        html += """
            <header class="\(failed ? "run failed" : "run")">
            <h1>\(l(.drillHTMLHeading))</h1>
            <dl class="facts">
            <dt>\(l(.drillHTMLDesiredState))</dt><dd><code>\(escape(report.desiredFile))</code></dd>
            <dt>\(l(.htmlStarted))</dt><dd><time datetime="\(escape(report.startedAt))">\(escape(report.startedAt))</time></dd>
            <dt>\(l(.htmlEnded))</dt><dd><time datetime="\(escape(report.endedAt))">\(escape(report.endedAt))</time></dd>
            <dt>\(l(.htmlResult))</dt><dd class="totals">\(escape(DrillWording.summary(report, l)))</dd>
            </dl>

            """
        if let scale = report.timeScale {
            html += "<p>\(l(.drillHTMLTimeScale, ["scale": "\(scale)"]))</p>\n"
        }
        html += "</header>\n"
        if !timeline.rows.isEmpty {
            html += "<section aria-labelledby=\"timeline-title\">\n<h2 id=\"timeline-title\">\(l(.htmlTimeline))</h2>\n"
            html += ApplyTimelineSVG(timeline: timeline, language: l).legend()
            html += ApplyTimelineSVG(timeline: timeline, language: l).render()
            html += "</section>\n"
        }
        html += "<section aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">\(l(.drillHTMLDrills))</h2>\n" + table(report) + "</section>\n"
        return html + HTMLPage.end
    }

    func table(_ report: DrillReport) -> String {
        let l = language
        var html = """
            <table id="summary">
            <thead><tr>\(l(.drillHTMLTableHeader))</tr></thead>
            <tbody>

            """
        for group in report.groups {
            let address = escape(group.address)
            html += "<tr class=\"\(group.passed ? "result-converged" : "result-failed failed")\" data-group=\"\(address)\">"
            html += "<th scope=\"row\">\(address)</th><td>\(l(group.passed ? .drillPassed : .drillHTMLFailed))</td>"
            // Meeting the RTO is said as plainly as missing it, as in the apply report.
            let withinRTO = group.rtoSeconds != nil && group.recoverySeconds != nil && !group.exceededRTO
            let mark = group.exceededRTO ? l(.htmlOverRTO) : withinRTO ? " <span class=\"good\">\(l(.htmlWithinRTO))</span>" : ""
            let recovery = (group.recoverySeconds.map { DurationWording.format(seconds: $0) } ?? "—") + mark
            html += "<td data-sort=\"\(group.recoverySeconds.map { String($0) } ?? "")\"\(group.exceededRTO ? " class=\"bad\"" : "")>\(recovery)</td>"
            html += "<td data-sort=\"\(group.rtoSeconds.map(String.init) ?? "")\">\(group.rtoSeconds.map { DurationWording.format(seconds: Double($0)) } ?? "—")</td>"
            let servers = group.servers.map { "<code>\(escape($0.drillServerID))</code>" }
            html += "<td>\(servers.isEmpty ? "—" : servers.joined(separator: "<br>"))</td>"
            let details = ([DrillWording.headline(group, l)] + DrillWording.facts(group, l)).map(escape)
            html += "<td>\(details.joined(separator: "<br>"))</td></tr>\n"
        }
        for group in report.unresolved {
            let address = escape(group.address)
            html += "<tr class=\"result-failed failed\" data-group=\"\(address)\"><th scope=\"row\">\(address)</th><td>\(l(.drillHTMLNotDrilled))</td>"
            html += "<td data-sort=\"\">—</td><td data-sort=\"\">—</td><td>—</td><td>\(escape(group.reason.text(l)))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
