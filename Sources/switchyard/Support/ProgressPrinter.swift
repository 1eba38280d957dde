// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Shows apply's progress: in CI (no terminal) one timestamped line per event, as job logs want
/// them; on a terminal a live view with one redrawn line per group (current step, its job, and
/// the time the group has been at it), which `tick()` refreshes every second. Addresses, steps and
/// job IDs (from a saved plan or the cloud) go through the terminal sink's rule, ``TerminalText``.
final class ProgressPrinter: @unchecked Sendable {
    // All mutable state is guarded by `lock`; events arrive from several tasks at once.
    private let lock = NSLock()
    private let toStandardError: Bool
    private let live: Bool
    private var order: [String] = []
    private var lines: [String: (text: String, since: Date, finished: Bool)] = [:]
    private var drawn = 0

    /// - Parameters:
    ///   - live: redraw a block of per-group lines (only when the stream is a terminal).
    init(toStandardError: Bool, live: Bool) {
        self.toStandardError = toStandardError
        self.live = live
    }

    func print(_ event: ApplyEvent) {
        lock.lock()
        defer { lock.unlock() }
        guard live else {
            emit(TerminalText.line(Self.logLine(event)) + "\n")
            return
        }
        if lines[event.address] == nil { order.append(event.address) }
        var text: String
        switch event.kind {
        case .stepStarted: text = "\(event.step)…"
        case .stepFinished: text = "\(event.step) done"
        case .stepFailed: text = "\(event.step) failed"
        case .heartbeat: return  // the live view shows the elapsed time already
        case .groupFinished: text = event.step
        }
        if let jobID = event.jobID, event.kind != .groupFinished { text += " (job \(jobID))" }
        let since = event.kind == .stepStarted ? event.at : (lines[event.address]?.since ?? event.at)
        lines[event.address] = (text, since, event.kind == .groupFinished)
        redraw(now: event.at)
    }

    /// Refreshes the elapsed times of the live view.
    func tick(now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        if live && !order.isEmpty { redraw(now: now) }
    }

    /// Caller holds `lock`.
    private func redraw(now: Date) {
        let width = order.map { TerminalText.line($0).count }.max() ?? 0
        var block = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        for address in order {
            guard let line = lines[address] else { continue }
            let padded = TerminalText.line(address).padding(toLength: width, withPad: " ", startingAt: 0)
            let elapsed = line.finished ? "" : "  " + DurationWording.format(seconds: max(0, now.timeIntervalSince(line.since)))
            block += "\u{1B}[2K  \(padded)  \(TerminalText.line(line.text))\(elapsed)\n"
        }
        drawn = order.count
        emit(block)
    }

    private func emit(_ text: String) {
        if toStandardError { StandardStreams.writeError(text) } else { StandardStreams.write(text) }
    }

    /// `stopping servers`, `switching over`, … for a step label.
    static func stillDoing(_ step: String) -> String {
        switch step {
        case "stop", "stop-hard", "wait-for-shutdown": "waiting for servers to shut down"
        case "reverse", "wait-for-switch": "switching over"
        case "start": "starting servers"
        case "restart-original": "restarting the original production servers"
        default: step
        }
    }

    /// `2026-11-29T04:37:01Z erp-db: reverse started (job sdrs:…)`; heartbeats
    /// `… erp-db: still switching over (job sdrs:…) [1m30s elapsed]`.
    static func logLine(_ event: ApplyEvent) -> String {
        let what: String
        switch event.kind {
        case .stepStarted: what = "\(event.step) started"
        case .stepFinished: what = "\(event.step) done"
        case .stepFailed: what = "\(event.step) failed"
        case .heartbeat: what = "still \(stillDoing(event.step))"
        case .groupFinished: what = event.step
        }
        var line = "\(event.at.formatted(.iso8601)) \(event.address): \(what)"
        if let jobID = event.jobID { line += " (job \(jobID))" }
        if let elapsed = event.elapsed {
            line += event.kind == .heartbeat
                ? " [\(DurationWording.format(seconds: elapsed)) elapsed]" : " after \(DurationWording.format(seconds: elapsed))"
        }
        return line
    }
}
