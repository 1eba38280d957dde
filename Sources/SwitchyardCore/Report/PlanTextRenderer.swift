// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The plan as a person reads it in a terminal, in the style of a Terraform plan.
///
/// Layout: a header (file, project, region), the waves, one block per group that needs attention
/// (`~` switch, `+` start, `!` blocked, `?` unresolved, `=` in sync with notes) with numbered steps, reasons,
/// notes and advisories, then compact lines for in-sync and excluded groups, the unmanaged groups,
/// the plan diagnostics, and the summary line **last** (`2 to switch, 1 in sync, 1 blocked.`).
/// Groups appear by wave (then address); blocked and unresolved ones follow in their own section,
/// then in-sync groups with notes; a legend of the symbols precedes the summary. Reasons, notes and
/// advisories, steps and facts are wrapped at word boundaries to `Options.width` (the CLI passes the terminal's
/// width, or 80). Servers are named in the same order in every step (``PlanWording/ordered(_:_:)``).
/// Returns a string; never prints.
public struct PlanTextRenderer: Sendable {
    /// Rendering options.
    public struct Options: Sendable, Hashable {
        /// ANSI colour. The CLI turns it on for a TTY unless `NO_COLOR` is set or `--no-color` given;
        /// goldens are recorded without it.
        public var color: Bool

        /// Where long sentences (reasons, notes, advisories) wrap: the terminal's width, or
        /// ``TerminalWrap/defaultWidth`` (80) when stdout is not a terminal. Never read here.
        public var width: Int

        /// The language of the text (`--lang`, `SWITCHYARD_LANG` or the locale; English by default).
        public var language: Language

        /// Creates options; colour is off unless asked for, 80 columns unless told otherwise.
        public init(color: Bool = false, width: Int = TerminalWrap.defaultWidth, language: Language = .english) {
            self.color = color
            self.width = width
            self.language = language
        }
    }

    /// The options in effect.
    public var options: Options

    /// Creates the renderer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The text of `plan`, ending with the summary line and a newline.
    public func render(_ plan: Plan) -> String {
        var text = ""
        render(plan) { text += $0 }
        return text
    }

    /// The same text as ``render(_:)``, handed to `write` in pieces of whole lines as it is made, so
    /// that a 10,000-group plan never holds all its lines and their joined text at once.
    public func render(_ plan: Plan, into write: (String) -> Void) {
        withoutActuallyEscaping(write) { write in
            var lines = LineSink(write: write)
            render(plan, into: &lines)
            lines.flush()
        }
    }

    /// Lines collected and written in batches, each followed by a newline.
    private struct LineSink {
        let write: (String) -> Void
        var pending: [String] = []

        mutating func append(_ line: String) {
            pending.append(line)
            if pending.count >= 512 { flush() }
        }

        static func += (sink: inout LineSink, lines: [String]) {
            for line in lines { sink.append(line) }
        }

        mutating func flush() {
            guard !pending.isEmpty else { return }
            write(pending.joined(separator: "\n") + "\n")
            pending.removeAll(keepingCapacity: true)
        }
    }

    private func render(_ plan: Plan, into lines: inout LineSink) {
        let l = options.language
        lines.append(paint(l(.planHeader, ["file": .text(plan.inputs.desiredFile)]), .bold))
        if let scope = PlanWording.scope(plan.inputs, l) { lines.append(plain(scope)) }
        if !plan.inputs.targets.isEmpty { lines.append(plain(l(.planTargets, ["list": .text(plan.inputs.targets.joined(separator: ", "))]))) }
        if !plan.inputs.excludes.isEmpty { lines.append(plain(l(.planExcludes, ["list": .text(plan.inputs.excludes.joined(separator: ", "))]))) }
        let failovers = plan.groups.filter { $0.action == .failover }
        if !failovers.isEmpty {
            lines.append("")
            lines.append(paint(l(.planFailoverBanner, ["groups": .text(failovers.map(\.address).joined(separator: ", "))]), .red))
            for group in failovers { lines.append(plain("   \(group.address): \(group.failoverReason ?? "")")) }
        }
        if !plan.waves.isEmpty {
            lines.append("")
            lines.append(paint(l(.planWaves), .bold))
            for wave in plan.waves { lines.append(plain("  \(wave.number): \(wave.groups.joined(separator: ", "))")) }
        }
        var section = 0
        for group in PlanWording.detailed(plan) {
            let rank = PlanWording.section(group)
            if rank != section, let heading = PlanWording.sectionHeading(rank, l) {
                lines.append("")
                lines.append(paint(heading, .bold))
            }
            section = rank
            lines.append("")
            lines += block(group)
        }
        let quiet = plan.groups.filter { $0.action == .inSync && $0.notes.isEmpty }.map(\.address)
        let excluded = plan.groups.filter { $0.action == .excluded }
        if !quiet.isEmpty || !excluded.isEmpty { lines.append("") }
        if !quiet.isEmpty {
            lines.append(paint(l(.planInSyncList, ["list": .text(quiet.joined(separator: ", "))]), .green))
        }
        for group in excluded {
            let notes = group.notes.map { $0.text(l) }.joined(separator: "; ")
            lines.append(paint(l(.planExcludedLine, ["address": .text(group.address), "notes": .text(notes)]), .dim))
        }
        if !plan.unmanaged.isEmpty {
            lines.append("")
            lines.append(paint(l(.planUnmanagedHeading), .bold))
            for group in plan.unmanaged { lines.append(plain("    \(PlanWording.unmanaged(group, l))")) }
        }
        if !plan.diagnostics.isEmpty {
            lines.append("")
            for diagnostic in plan.diagnostics {
                lines.append(paint(PlanWording.diagnostic(diagnostic, l), diagnostic.severity == .error ? .red : .yellow))
            }
        }
        lines.append("")
        lines += TerminalWrap.items(PlanWording.legendItems(l).map(plain), width: options.width).map { paint($0, .dim) }
        lines.append(paint(plan.summary.line(l), .bold))
    }

    private func block(_ group: GroupPlan) -> [String] {
        let style: Style = switch group.action {
        case .failover: .red
        case .switchover, .completeSwitchover, .startServers, .reprotect, .enableProtection, .disableProtection: .yellow
        case .inSync: .green
        case .blocked: .red
        case .notFound, .ambiguous, .invalid, .excluded: .magenta
        }
        let l = options.language
        var header = "\(group.action.symbol) \(group.address)  \(PlanWording.headline(group, l))"
        if let wave = group.wave { header += "  " + l(.planWaveTag, ["wave": .text(String(wave))]) }
        var lines = [paint(header, style)]
        if let facts = PlanWording.facts(group, l) {
            lines += TerminalWrap.wrap(plain(facts), width: options.width, first: "    ", rest: "      ")
        }
        if !group.dependsOn.isEmpty { lines += wrapped(l(.labelDependsOn), nil, group.dependsOn.joined(separator: ", ")) }
        for (number, step) in PlanWording.steps(group, l).enumerated() { lines += wrapped("\(number + 1).", nil, step) }
        for reason in group.reasons { lines += wrapped(l(.labelReason), .red, "\(reason.text(l)) [\(reason.code.rawValue)]") }
        for note in group.notes { lines += wrapped(l(.labelNote), nil, note.text(l)) }
        for advisory in group.advisories { lines += wrapped(l(.labelAdvisory), .cyan, advisory.text(l)) }
        return lines
    }

    /// `    label: text`, wrapped at word boundaries to the width, continued under the text.
    private func wrapped(_ label: String, _ style: Style?, _ text: String) -> [String] {
        TerminalWrap.labelled(label, painted: style.map { paint(label, $0) } ?? label, plain(text), width: options.width)
    }

    private enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", magenta = "35", cyan = "36"
    }

    /// Every line goes through the terminal sink's rule, ``TerminalText``, here or in `plain`.
    private func paint(_ text: String, _ style: Style) -> String {
        options.color ? "\u{1B}[\(style.rawValue)m\(TerminalText.line(text))\u{1B}[0m" : plain(text)
    }

    private func plain(_ text: String) -> String { TerminalText.line(text) }
}
