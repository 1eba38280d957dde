// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drift report as a person reads it in a terminal or a job log.
///
/// A header, one block per group that is not in sync (`~` drifted, `>` in progress, `!` degraded,
/// `?` missing) with its facts and reasons, a compact line of the in-sync groups, the unmanaged
/// groups, a legend of the symbols and the summary line **last**. Groups appear in the plan's order
/// (`DriftWording.notInSync`: changes by wave, then busy, blocked or degraded, missing); a group the
/// plan would block lists the plan's block reasons. Returns a string.
public struct DriftTextRenderer: Sendable {
    /// ANSI colour; the CLI turns it on for a terminal unless `NO_COLOR` or `--no-color`.
    public var color: Bool

    /// Where reasons wrap (at word boundaries): the terminal's width, or 80 when stdout is not one.
    public var width: Int

    /// Creates the renderer; colour is off unless asked for (goldens are recorded without it).
    public init(color: Bool = false, width: Int = TerminalWrap.defaultWidth) {
        self.color = color
        self.width = width
    }

    /// The text of `report`, ending with the summary line and a newline.
    public func render(_ report: DriftReport) -> String {
        var lines = [paint("switchyard drift for \(report.desiredFile)", "1")]
        if let scope = DriftWording.scope(report) { lines.append(plain(scope)) }
        for group in DriftWording.notInSync(report) {
            lines.append("")
            var header = "\(group.state.symbol) \(group.address)  \(DriftWording.headline(group))"
            if let wave = group.wave { header += "  [wave \(wave)]" }
            lines.append(paint(header, style(group.state)))
            lines += TerminalWrap.wrap(plain(DriftWording.facts(group)), width: width, first: "    ", rest: "      ")
            for reason in group.blocked ?? [] {
                lines += TerminalWrap.labelled("blocked:", painted: paint("blocked:", "31"), plain("\(reason.message) [\(reason.code.rawValue)]"), width: width)
            }
            for reason in DriftWording.reasons(group) {
                lines += TerminalWrap.labelled("reason:", painted: paint("reason:", "31"), plain("\(reason.message) [\(reason.code)]"), width: width)
            }
        }
        let inSync = report.groups.filter { $0.state == .inSync }
        if !inSync.isEmpty {
            lines.append("")
            lines.append(paint("= in sync: \(inSync.map(\.address).joined(separator: ", "))", "32"))
        }
        if !report.unmanaged.isEmpty {
            lines.append("")
            lines.append(paint("Unmanaged groups (not declared, not judged):", "1"))
            for group in report.unmanaged { lines.append(plain("    \(DriftWording.unmanaged(group))")) }
        }
        lines.append("")
        lines += TerminalWrap.items(DriftWording.legendItems.map(plain), width: width).map { paint($0, "2") }
        lines.append(paint(report.summary.line, "1"))
        return lines.joined(separator: "\n") + "\n"
    }

    private func style(_ state: DriftState) -> String {
        switch state {
        case .inSync: "32"
        case .drifted: "33"
        case .inProgress: "36"
        case .degraded: "31"
        case .missing: "35"
        }
    }

    /// Every line goes through the terminal sink's rule, ``TerminalText``, here or in `plain`.
    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(TerminalText.line(text))\u{1B}[0m" : plain(text)
    }

    private func plain(_ text: String) -> String { TerminalText.line(text) }
}
