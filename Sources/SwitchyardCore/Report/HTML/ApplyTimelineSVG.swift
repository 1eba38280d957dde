// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Draws an ``ApplyTimeline`` as inline SVG: a row per group, a bar per step on a shared axis,
/// the downtime window as a band behind the bars, a dashed line where the RTO runs out, failed
/// steps in red. Every bar has a `<title>`, so hovering shows the step, its duration and its job.
struct ApplyTimelineSVG {
    var timeline: ApplyTimeline
    var language: Language = .english

    /// Layout in SVG user units (the SVG scales to the page width).
    static let width = 1000.0
    static let labelWidth = 230.0
    static let chartLeft = 240.0
    static let chartWidth = 690.0
    static let rowHeight = 30.0
    static let top = 34.0

    /// The steps a legend names, in the order they run.
    static let legendSteps = ["stop", "stop-hard", "reverse", "start", "restart-original"]

    func x(_ seconds: Double) -> Double { Self.chartLeft + Self.chartWidth * min(max(seconds / timeline.span, 0), 1) }

    /// A key to what this timeline shows (only the kinds of mark that appear in it).
    func legend() -> String {
        let bars = timeline.rows.flatMap(\.bars)
        let steps = Set(bars.map(\.step))
        var items = Self.legendSteps.filter(steps.contains).map { ("swatch step-\($0)", $0) }
        items += steps.subtracting(Self.legendSteps).sorted().map { ("swatch step-\(Self.cssName($0))", $0) }
        if bars.contains(where: \.failed) { items.append(("swatch failed", language(.timelineFailedStep))) }
        if bars.contains(where: { !$0.finished }) { items.append(("swatch unfinished", language(.timelineUnfinishedStep))) }
        if timeline.rows.contains(where: { $0.downtime != nil }) { items.append(("swatch downtime", language(.timelineDowntime))) }
        if timeline.rows.contains(where: { $0.rtoDeadline != nil }) { items.append(("swatch rto", language(.timelineRTODeadline))) }
        guard !items.isEmpty else { return "" }
        let entries = items.map { "<li><span class=\"\($0.0)\"></span>\(ApplyReportHTMLRenderer.escape($0.1))</li>" }
        return "<ul class=\"legend\">" + entries.joined() + "</ul>\n"
    }

    func render() -> String {
        let height = Self.top + Double(timeline.rows.count) * Self.rowHeight + 26
        let failedCount = timeline.rows.filter { $0.result == .failed }.count
        let failedText = failedCount > 0 ? language(.timelineFailedCount, ["count": "\(failedCount)"]) : ""
        let label = language(timeline.rows.count == 1 ? .timelineLabelOne : .timelineLabelOther, [
            "count": "\(timeline.rows.count)", "span": .text(DurationWording.format(seconds: timeline.span)), "failed": .text(failedText),
        ])
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Self.width.svg) \(height.svg)\" role=\"img\" aria-label=\"\(label)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += axis(bottom: height - 26)
        for (index, row) in timeline.rows.enumerated() {
            svg += self.row(row, y: Self.top + Double(index) * Self.rowHeight)
        }
        return svg + "</svg>\n"
    }

    func axis(bottom: Double) -> String {
        var svg = "<g class=\"axis\">\n"
        for tick in timeline.ticks {
            let position = x(tick).svg
            svg += "<line class=\"grid\" x1=\"\(position)\" y1=\"\((Self.top - 6).svg)\" x2=\"\(position)\" y2=\"\(bottom.svg)\"/>"
            svg += "<text x=\"\(position)\" y=\"\((Self.top - 12).svg)\" text-anchor=\"middle\">+\(DurationWording.format(seconds: tick))</text>\n"
        }
        return svg + "</g>\n"
    }

    func row(_ row: ApplyTimeline.Row, y: Double) -> String {
        let address = ApplyReportHTMLRenderer.escape(row.address)
        let failed = row.result == .failed || row.result == .interrupted
        var svg = "<g class=\"row result-\(row.result.rawValue)\(failed ? " failed" : "")\" data-group=\"\(address)\">\n"
        svg += "<rect class=\"row-bg\" x=\"0\" y=\"\(y.svg)\" width=\"\(Self.width.svg)\" height=\"\(Self.rowHeight.svg)\"/>"
        svg += "<text class=\"label\" x=\"\(Self.labelWidth.svg)\" y=\"\((y + 19).svg)\" text-anchor=\"end\">\(Self.truncated(address, row.address))<title>\(address): \(row.result.text(language))</title></text>\n"
        if let downtime = row.downtime {
            let width = max(x(downtime.upperBound) - x(downtime.lowerBound), 1)
            let text = language(.timelineDowntimeTitle, [
                "address": .text(address), "duration": .text(DurationWording.format(seconds: downtime.upperBound - downtime.lowerBound)),
                "still": .text(row.stillDown ? language(.timelineStillDownAtEnd) : ""),
            ])
            svg += "<rect class=\"downtime\" x=\"\(x(downtime.lowerBound).svg)\" y=\"\((y + 3).svg)\" width=\"\(width.svg)\" height=\"\((Self.rowHeight - 6).svg)\"><title>\(text)</title></rect>\n"
        }
        for bar in row.bars {
            svg += self.bar(bar, address: address, y: y)
        }
        if row.bars.isEmpty, failed {
            svg += "<text class=\"note\" x=\"\((Self.chartLeft + 4).svg)\" y=\"\((y + 19).svg)\">\(language(.timelineBeforeAnyStep, ["result": .text(row.result.text(language))]))</text>\n"
        }
        if let deadline = row.rtoDeadline {
            svg += rto(deadline: deadline, offScale: row.rtoOffScale, address: address, y: y)
        }
        return svg + "</g>\n"
    }

    func bar(_ bar: ApplyTimeline.Bar, address: String, y: Double) -> String {
        let left = x(bar.start)
        let width = max(x(bar.end) - left, 2)
        var classes = "bar step-\(Self.cssName(bar.step))"
        if bar.failed { classes += " failed" }
        if !bar.finished { classes += " unfinished" }
        var title = "\(address): \(ApplyReportHTMLRenderer.escape(bar.step)) "
        let duration = DurationWording.format(seconds: bar.end - bar.start)
        title += bar.finished ? duration : language(.timelineUnfinishedAfter, ["duration": .text(duration)])
        title += language(.timelineFrom, ["start": .text(DurationWording.format(seconds: bar.start))])
        if let job = bar.jobID { title += language(.timelineJob, ["job": .text(ApplyReportHTMLRenderer.escape(job.description))]) }
        title += language.count(bar.polls, one: .timelinePollsOne, other: .timelinePollsOther) + (bar.failed ? language(.timelineBarFailed) : "")
        return "<rect class=\"\(classes)\" x=\"\(left.svg)\" y=\"\((y + 7).svg)\" width=\"\(width.svg)\" height=\"\((Self.rowHeight - 14).svg)\" rx=\"2\"><title>\(title)</title></rect>\n"
    }

    func rto(deadline: Double, offScale: Bool, address: String, y: Double) -> String {
        let text = language(.timelineRTORunsOut, ["address": .text(address), "deadline": .text(DurationWording.format(seconds: deadline))])
        if offScale {
            let edge = Self.chartLeft + Self.chartWidth
            return "<g class=\"rto off-scale\"><text x=\"\((edge + 4).svg)\" y=\"\((y + 19).svg)\">RTO →</text><title>\(text)\(language(.timelineBeyondAxis))</title></g>\n"
        }
        let position = x(deadline).svg
        return "<g class=\"rto\"><line x1=\"\(position)\" y1=\"\((y + 2).svg)\" x2=\"\(position)\" y2=\"\((y + Self.rowHeight - 2).svg)\"/><title>\(text)</title></g>\n"
    }

    /// Long addresses are shortened in the label (the full one is in the title and the table).
    static func truncated(_ escaped: String, _ raw: String) -> String {
        guard raw.count > 30 else { return escaped }
        return ApplyReportHTMLRenderer.escape(String(raw.prefix(29))) + "…"
    }

    /// A step name usable as a CSS class (`[a-z0-9-]` only).
    static func cssName(_ step: String) -> String {
        String(step.lowercased().unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-" })
    }
}

fileprivate extension Double {
    /// A coordinate with at most two decimals and no trailing zeros, stable across platforms.
    var svg: String {
        let rounded = (self * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
