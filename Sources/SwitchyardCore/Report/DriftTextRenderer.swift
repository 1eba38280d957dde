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

    /// The language of the text (`--lang`, `SWITCHYARD_LANG` or the locale; English by default).
    public var language: Language

    /// Creates the renderer; colour is off unless asked for (goldens are recorded without it).
    public init(color: Bool = false, width: Int = TerminalWrap.defaultWidth, language: Language = .english) {
        self.color = color
        self.width = width
        self.language = language
    }

    /// The text of `report`, ending with the summary line and a newline.
    public func render(_ report: DriftReport) -> String {
        let l = language
        var lines = [paint(l(.driftHeader, ["file": .text(report.desiredFile)]), "1")]
        if let scope = DriftWording.scope(report, l) { lines.append(plain(scope)) }
        for group in DriftWording.notInSync(report) {
            lines.append("")
            var header = "\(group.state.symbol) \(group.address)  \(DriftWording.headline(group, l))"
            if let wave = group.wave { header += "  " + l(.planWaveTag, ["wave": .text(String(wave))]) }
            lines.append(paint(header, style(group.state)))
            lines += TerminalWrap.wrap(plain(DriftWording.facts(group, l)), width: width, first: "    ", rest: "      ")
            for reason in group.blocked ?? [] {
                lines += labelled(l(.labelBlocked), "\(reason.text(l)) [\(reason.code.rawValue)]")
            }
            for reason in DriftWording.reasons(group) {
                lines += labelled(l(.labelReason), "\(reason.text(l)) [\(reason.code)]")
            }
        }
        let inSync = report.groups.filter { $0.state == .inSync }
        if !inSync.isEmpty {
            lines.append("")
            lines.append(paint(l(.planInSyncList, ["list": .text(inSync.map(\.address).joined(separator: ", "))]), "32"))
        }
        if !report.unmanaged.isEmpty {
            lines.append("")
            lines.append(paint(l(.driftUnmanagedHeading), "1"))
            for group in report.unmanaged { lines.append(plain("    \(DriftWording.unmanaged(group, l))")) }
        }
        lines.append("")
        lines += TerminalWrap.items(DriftWording.legendItems(l).map(plain), width: width).map { paint($0, "2") }
        lines.append(paint(report.summary.line(l), "1"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `    label: text` (label in red), wrapped at word boundaries to the width, continued under the text.
    private func labelled(_ label: String, _ text: String) -> [String] {
        TerminalWrap.labelled(label, painted: paint(label, "31"), plain(text), width: width)
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
