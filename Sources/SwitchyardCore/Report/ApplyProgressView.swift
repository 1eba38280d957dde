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
    /// The language of the lines (addresses, steps and job IDs stay as they are).
    public var language: Language

    /// A view of `groups` (address and wave), listed by wave, then address; the run started at
    /// `startedAt`.
    public init(groups: [(address: String, wave: Int?)], startedAt: Date, language: Language = .english) {
        self.language = language
        entries = groups
            .sorted { ($0.wave ?? Int.max, $0.address) < ($1.wave ?? Int.max, $1.address) }
            .map { Entry(address: $0.address, wave: $0.wave, text: nil, since: nil, finished: false) }
        self.startedAt = startedAt
    }

    /// Takes in an apply event. A group the view did not list (none should exist) is added at the end.
    public mutating func record(_ event: ApplyEvent) {
        var text: String
        let step = Phrase.Argument.text(event.step)
        switch event.kind {
        case .stepStarted: text = language(.progressStepRunning, ["step": step])
        case .stepFinished: text = language(.progressStepDone, ["step": step])
        case .stepFailed: text = language(.progressStepFailed, ["step": step])
        case .heartbeat: return  // the view shows the elapsed time already
        case .groupFinished: text = ApplyReport.Result(rawValue: event.step)?.text(language) ?? event.step
        }
        if let jobID = event.jobID, event.kind != .groupFinished { text += language(.progressJob, ["job": .text(jobID.description)]) }
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
            parts.append(language(.progressWaveOf, ["wave": "\(index + 1)", "waves": "\(waves.count)"]))
        }
        let finished = entries.count { $0.finished }
        parts.append(language(entries.count == 1 ? .progressFinishedOne : .progressFinishedOther, ["finished": "\(finished)", "count": "\(entries.count)"]))
        parts.append(language(.progressElapsed, ["duration": .text(DurationWording.format(seconds: max(0, now.timeIntervalSince(startedAt))))]))
        return language(.progressHeader, ["parts": .text(parts.joined(separator: language(.listSeparator)))])
    }

    /// The header, then one line per group: `  erp-db   reverse… (job …)  1m20s`,
    /// `  erp-app  waiting (wave 2)`, `  erp-web  converged`. With a `width` (the terminal's), a
    /// longer line is cut to fit and ends with `…`: a line the terminal wrapped would break the
    /// redraw in place.
    public func lines(now: Date, width: Int? = nil) -> [String] {
        let lines = fullLines(now: now)
        guard let width, width > 1 else { return lines }
        return lines.map { TerminalWrap.columns($0) < width ? $0 : Self.cut($0, columns: width - 2) + "…" }
    }

    /// The longest prefix of `line` that takes at most `columns` terminal columns.
    static func cut(_ line: String, columns: Int) -> String {
        var used = 0
        var result = ""
        for character in line {
            let width = TerminalWrap.isWide(character) ? 2 : 1
            if used + width > columns { break }
            used += width
            result.append(character)
        }
        return result
    }

    private func fullLines(now: Date) -> [String] {
        let width = entries.map { TerminalWrap.columns(TerminalText.line($0.address)) }.max() ?? 0
        var lines = [TerminalText.line(header(now: now))]
        for entry in entries {
            let address = TerminalText.line(entry.address)
            let padded = address + String(repeating: " ", count: max(0, width - TerminalWrap.columns(address)))
            guard let text = entry.text else {
                lines.append("  \(padded)  " + (entry.wave.map { language(.progressWaitingWave, ["wave": "\($0)"]) } ?? language(.progressWaiting)))
                continue
            }
            let elapsed = entry.finished ? "" : "  " + DurationWording.format(seconds: max(0, now.timeIntervalSince(entry.since ?? now)))
            lines.append("  \(padded)  \(TerminalText.line(text))\(elapsed)")
        }
        return lines
    }
}
