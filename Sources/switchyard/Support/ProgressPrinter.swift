// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Shows apply's progress: in CI (no terminal) one timestamped line per event, as job logs want
/// them, with heartbeats for long waits; on a terminal a live view (``ApplyProgressView``): a header
/// with the wave counter, finished groups and total elapsed time, then one redrawn line per group
/// in wave order (current step, its job and the time the group has been at it; `waiting (wave N)`
/// for groups whose wave has not started), which `tick()` refreshes every second. Addresses, steps
/// and job IDs (from a saved plan or the cloud) go through the terminal sink's rule, ``TerminalText``.
final class ProgressPrinter: @unchecked Sendable {
    // All mutable state is guarded by `lock`; events arrive from several tasks at once.
    private let lock = NSLock()
    private let toStandardError: Bool
    private let live: Bool
    private var view: ApplyProgressView
    private var drawn = 0
    private let language: Language

    /// - Parameters:
    ///   - live: redraw a block of per-group lines (only when the stream is a terminal).
    ///   - groups: the groups the run changes, with their waves (listed before they start).
    ///   - startedAt: when the run started (the header's elapsed time).
    init(
        toStandardError: Bool, live: Bool, groups: [(address: String, wave: Int?)] = [], startedAt: Date = Date(), language: Language = .english
    ) {
        self.toStandardError = toStandardError
        self.live = live
        self.language = language
        self.view = ApplyProgressView(groups: groups, startedAt: startedAt, language: language)
    }

    func print(_ event: ApplyEvent) {
        lock.lock()
        defer { lock.unlock() }
        guard live else {
            emit(TerminalText.line(Self.logLine(event, language)) + "\n")
            return
        }
        guard event.kind != .heartbeat else { return }  // the live view shows the elapsed time already
        view.record(event)
        redraw(now: event.at)
    }

    /// Refreshes the elapsed times of the live view.
    func tick(now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        if live && !view.entries.isEmpty { redraw(now: now) }
    }

    /// Caller holds `lock`.
    private func redraw(now: Date) {
        var block = drawn > 0 ? "\u{1B}[\(drawn)A" : ""
        let lines = view.lines(now: now, width: StandardStreams.outputIsTerminal ? StandardStreams.outputWidth() : nil)
        for line in lines { block += "\u{1B}[2K\(line)\n" }
        drawn = lines.count
        emit(block)
    }

    private func emit(_ text: String) {
        if toStandardError { StandardStreams.writeError(text) } else { StandardStreams.write(text) }
    }

    /// `stopping servers`, `switching over`, … for a step label.
    static func stillDoing(_ step: String, _ language: Language = .english) -> String {
        switch step {
        case "stop", "stop-hard", "wait-for-shutdown": language(.doingShutdown)
        case "reverse", "wait-for-switch": language(.doingSwitch)
        case "start": language(.doingStart)
        case "restart-original": language(.doingRestartOriginal)
        default: step
        }
    }

    /// `2026-11-29T04:37:01Z erp-db: reverse started (job sdrs:…)`; heartbeats
    /// `… erp-db: still switching over (job sdrs:…) [1m30s elapsed]`.
    static func logLine(_ event: ApplyEvent, _ language: Language = .english) -> String {
        let step = Phrase.Argument.text(event.step)
        let what: String
        switch event.kind {
        case .stepStarted: what = language(.progressStepStarted, ["step": step])
        case .stepFinished: what = language(.progressStepDone, ["step": step])
        case .stepFailed: what = language(.progressStepFailed, ["step": step])
        case .heartbeat: what = language(.progressStill, ["doing": .text(stillDoing(event.step, language))])
        case .groupFinished: what = ApplyReport.Result(rawValue: event.step)?.text(language) ?? event.step
        }
        var line = "\(event.at.formatted(.iso8601)) \(event.address): \(what)"
        if let jobID = event.jobID { line += language(.progressJob, ["job": .text(jobID.description)]) }
        if let elapsed = event.elapsed {
            let duration = Phrase.Argument.text(DurationWording.format(seconds: elapsed))
            line += language(event.kind == .heartbeat ? .progressHeartbeatElapsed : .progressAfter, ["duration": duration])
        }
        return line
    }
}
