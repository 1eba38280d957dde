// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The end-of-run summary for people: per group the result, each step's duration, the steps the
/// live state already satisfied, the downtime window against the RTO, and job IDs. Every group of
/// the plan is named. Returns a string; never prints.
public struct ApplyReportTextRenderer: Sendable {
    /// ANSI colour (the CLI decides; goldens are recorded without it).
    public var color: Bool
    /// The language of the summary (codes, job IDs and step names stay as they are).
    public var language: Language

    /// Creates the renderer.
    public init(color: Bool = false, language: Language = .english) {
        self.color = color
        self.language = language
    }

    /// The summary, starting with an empty line and ending with a newline.
    public func render(_ report: ApplyReport) -> String {
        let l = language
        var out = "\n" + plain(l(.summaryHeading, ["run": .text(report.runID)])) + "\n"
        for group in report.groupsInRunOrder {
            var line = "  \(group.address): \(group.result.text(l))"
            if let downtime = group.downtime {
                line += l(.summaryDowntime, ["downtime": .text(DurationWording.format(seconds: downtime))])
                if let rto = group.rto {
                    line += l(group.exceededRTO == true ? .summaryOverRTO : .summaryWithinRTO, ["rto": .text(rto.description)])
                }
            }
            out += paint(line, result: group.result) + "\n"
            if let reason = group.reason { out += plain("      \(reason.text(l))") + "\n" }
            if let failure = group.failure {
                out += plain("      \(failure.message.text(l))") + "\n"
                if let code = failure.errorCode {
                    out += plain("      " + l(.summaryErrorCode, ["code": .text(code), "reason": .text(failure.failReason.map { ": \($0)" } ?? "")])) + "\n"
                }
                if let state = failure.serverState { out += plain("      " + l(.summaryServers, ["state": .text(state.text(l))])) + "\n" }
                out += plain("      " + l(.summaryNextSafeAction, ["action": .text(failure.nextSafeAction.text(l))])) + "\n"
            }
            if !group.satisfiedSteps.isEmpty {
                out += plain("      " + l(.summarySatisfied, ["steps": .text(group.satisfiedSteps.map(\.rawValue).joined(separator: ", "))])) + "\n"
            }
            for step in group.steps {
                var text = "      \(step.name)"
                if let duration = step.duration { text += " \(DurationWording.format(seconds: duration))" }
                if let job = step.jobID { text += l(.summaryJob, ["job": .text(job.description)]) }
                text += l.count(step.polls, one: .summaryPollsOne, other: .summaryPollsOther)
                out += plain(text) + "\n"
            }
        }
        out += "\n" + report.totalsSentence(l)
        out += l(.summaryTook, ["duration": .text(DurationWording.format(seconds: report.endedAt.timeIntervalSince(report.startedAt)))]) + "\n"
        if report.interrupted { out += l(.summaryInterrupted) + "\n" }
        if let refusal = report.refusal { out += plain(l(.summaryRefused, ["reason": .text(refusal.text(l))])) + "\n" }
        return out
    }

    /// Every line goes through the terminal sink's rule, ``TerminalText``, here or in `paint`.
    func plain(_ text: String) -> String { TerminalText.line(text) }

    func paint(_ text: String, result: ApplyReport.Result) -> String {
        let text = plain(text)
        guard color else { return text }
        let code: String
        switch result {
        case .converged, .alreadyConverged, .inSync: code = "32"
        case .failed, .interrupted: code = "31"
        case .skipped, .refused, .blocked: code = "33"
        case .excluded: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
