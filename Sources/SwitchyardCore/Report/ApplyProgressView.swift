// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The live progress view of `apply` on a terminal, as lines: a header with the wave counter, how
/// many groups are finished and the total elapsed time, then one line per group the run changes,
/// in the plan's order (by wave, then address). Groups whose wave has not started yet are listed as
/// `waiting (wave N)`, so nothing the run will do is invisible.
///
/// Pure: the CLI feeds it events and the current time and prints the lines (redrawing them in
/// place); the view never reads a clock or a terminal. Addresses, steps and job IDs go through the
/// terminal sink's rule, ``TerminalText``.
public struct ApplyProgressView: Sendable, Hashable {
    /// One group's line.
    public struct Entry: Sendable, Hashable {
        /// The group's address.
        public var address: String
        /// Its wave in the plan, when it has one.
        public var wave: Int?
        /// What it is doing (`reverse… (job …)`, `stop done`, or its outcome); `nil` until its
        /// first event.
        public var text: String?
        /// When its current step started (the elapsed time shown).
        public var since: Date?
        /// Whether the group is finished (its outcome is shown, no elapsed time).
        public var finished: Bool
    }

    /// The lines' groups, in order.
    public private(set) var entries: [Entry]
    /// When the run started (the header's total elapsed time).
    public var startedAt: Date

    /// A view of `groups` (address and wave), listed by wave, then address; the run started at
    /// `startedAt`.
    public init(groups: [(address: String, wave: Int?)], startedAt: Date) {
        entries = groups
            .sorted { ($0.wave ?? Int.max, $0.address) < ($1.wave ?? Int.max, $1.address) }
            .map { Entry(address: $0.address, wave: $0.wave, text: nil, since: nil, finished: false) }
        self.startedAt = startedAt
    }

    /// Takes in an apply event. A group the view did not list (none should exist) is added at the end.
    public mutating func record(_ event: ApplyEvent) {
        var text: String
        switch event.kind {
        case .stepStarted: text = "\(event.step)…"
        case .stepFinished: text = "\(event.step) done"
        case .stepFailed: text = "\(event.step) failed"
        case .heartbeat: return  // the view shows the elapsed time already
        case .groupFinished: text = event.step
        }
        if let jobID = event.jobID, event.kind != .groupFinished { text += " (job \(jobID))" }
        let index = entries.firstIndex { $0.address == event.address } ?? {
            entries.append(Entry(address: event.address, wave: nil, text: nil, since: nil, finished: false))
            return entries.count - 1
        }()
        let since = event.kind == .stepStarted ? event.at : (entries[index].since ?? event.at)
        entries[index].text = text
        entries[index].since = since
        entries[index].finished = event.kind == .groupFinished
    }

    /// The waves of the listed groups, in order.
    public var waves: [Int] { Set(entries.compactMap(\.wave)).sorted() }

    /// The wave the run is in: the highest wave of a group that has started, else the first.
    public var currentWave: Int? {
        entries.filter { $0.text != nil }.compactMap(\.wave).max() ?? waves.first
    }

    /// `apply: wave 2 of 3, 1 of 4 groups finished, 3m05s elapsed`.
    public func header(now: Date) -> String {
        var parts: [String] = []
        let waves = self.waves
        if let current = currentWave, let index = waves.firstIndex(of: current) {
            parts.append("wave \(index + 1) of \(waves.count)")
        }
        let finished = entries.count { $0.finished }
        parts.append("\(finished) of \(entries.count) group\(entries.count == 1 ? "" : "s") finished")
        parts.append("\(DurationWording.format(seconds: max(0, now.timeIntervalSince(startedAt)))) elapsed")
        return "apply: " + parts.joined(separator: ", ")
    }

    /// The header, then one line per group: `  erp-db   reverse… (job …)  1m20s`,
    /// `  erp-app  waiting (wave 2)`, `  erp-web  converged`. With a `width` (the terminal's), a
    /// longer line is cut to fit and ends with `…`: a line the terminal wrapped would break the
    /// redraw in place.
    public func lines(now: Date, width: Int? = nil) -> [String] {
        let lines = fullLines(now: now)
        guard let width, width > 1 else { return lines }
        return lines.map { $0.count < width ? $0 : String($0.prefix(width - 2)) + "…" }
    }

    private func fullLines(now: Date) -> [String] {
        let width = entries.map { TerminalText.line($0.address).count }.max() ?? 0
        var lines = [TerminalText.line(header(now: now))]
        for entry in entries {
            let padded = TerminalText.line(entry.address).padding(toLength: width, withPad: " ", startingAt: 0)
            guard let text = entry.text else {
                lines.append("  \(padded)  waiting" + (entry.wave.map { " (wave \($0))" } ?? ""))
                continue
            }
            let elapsed = entry.finished ? "" : "  " + DurationWording.format(seconds: max(0, now.timeIntervalSince(entry.since ?? now)))
            lines.append("  \(padded)  \(TerminalText.line(text))\(elapsed)")
        }
        return lines
    }
}
