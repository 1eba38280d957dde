// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The end-of-run summary for people: per group the result, each step's duration, the steps the
/// live state already satisfied, the downtime window against the RTO, and job IDs. Every group of
/// the plan is named. Returns a string; never prints.
public struct ApplyReportTextRenderer: Sendable {
    /// ANSI colour (the CLI decides; goldens are recorded without it).
    public var color: Bool

    /// Creates the renderer.
    public init(color: Bool = false) {
        self.color = color
    }

    /// The summary, starting with an empty line and ending with a newline.
    public func render(_ report: ApplyReport) -> String {
        var out = "\nApply summary (run \(report.runID)):\n"
        for group in report.groupsInRunOrder {
            var line = "  \(group.address): \(group.result.rawValue)"
            if let downtime = group.downtime {
                line += ", downtime \(DurationWording.format(seconds: downtime))"
                if let rto = group.rto {
                    line += group.exceededRTO == true ? " (exceeds rto \(rto))" : " (within rto \(rto))"
                }
            }
            out += paint(line, result: group.result) + "\n"
            if let reason = group.reason { out += plain("      \(reason)") + "\n" }
            if let failure = group.failure {
                out += plain("      \(failure.message)") + "\n"
                if let code = failure.errorCode { out += plain("      error code \(code)\(failure.failReason.map { ": \($0)" } ?? "")") + "\n" }
                if let state = failure.serverState { out += plain("      servers: \(state)") + "\n" }
                out += plain("      next safe action: \(failure.nextSafeAction)") + "\n"
            }
            if !group.satisfiedSteps.isEmpty {
                out += plain("      already satisfied, skipped: \(group.satisfiedSteps.map(\.rawValue).joined(separator: ", "))") + "\n"
            }
            for step in group.steps {
                var text = "      \(step.name)"
                if let duration = step.duration { text += " \(DurationWording.format(seconds: duration))" }
                if let job = step.jobID { text += ", job \(job)" }
                text += ", \(step.polls) poll\(step.polls == 1 ? "" : "s")"
                out += plain(text) + "\n"
            }
        }
        out += "\n" + report.totalsSentence
        out += " Took \(DurationWording.format(seconds: report.endedAt.timeIntervalSince(report.startedAt))).\n"
        if report.interrupted { out += "The run was interrupted; plan and apply again: the new plan shows what is left to do.\n" }
        if let refusal = report.refusal { out += plain("Refused: \(refusal)") + "\n" }
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
