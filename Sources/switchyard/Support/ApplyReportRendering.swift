// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// The end-of-run summary for people: per group the result, each step's duration, the downtime
/// window against the RTO, and job IDs.
struct ApplyReportTextRenderer {
    var color: Bool

    func render(_ report: ApplyReport) -> String {
        var out = "\nApply summary (run \(report.runID)):\n"
        for group in report.groups {
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
        if report.interrupted { out += "The run was interrupted; rerun apply to resume.\n" }
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
        case .converged, .alreadyConverged: code = "32"
        case .failed, .interrupted: code = "31"
        case .skipped, .refused: code = "33"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// The report as JSON for machines: sorted keys, ISO 8601 dates.
enum ApplyReportJSON {
    static func render(_ report: ApplyReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
