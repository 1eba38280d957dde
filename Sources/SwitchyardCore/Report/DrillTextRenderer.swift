// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drill report as a person reads it: one block per group (`✓` passed, `✗` failed) with
/// the recovery time against the RTO, the drill servers, the check and the clean-up, then the
/// summary line **last**. Every line goes through ``TerminalText``.
public struct DrillTextRenderer: Sendable {
    /// The language of the report.
    public var language: Language

    public init(language: Language = .english) {
        self.language = language
    }

    public func render(_ report: DrillReport) -> String {
        let l = language
        var lines = [l(.drillHeader, ["file": .text(report.desiredFile)])]
        if let scale = report.timeScale {
            lines.append(l(.drillTimeScale, ["scale": "\(scale)"]))
        }
        for group in report.groups {
            lines.append("")
            lines.append("\(group.passed ? "✓" : "✗") \(group.address)  \(DrillWording.headline(group, l))")
            for fact in DrillWording.facts(group, l) { lines.append("    \(fact)") }
        }
        for group in report.unresolved {
            lines.append("")
            lines.append("✗ \(group.address)  \(DrillWording.notDrilled(group, l))")
        }
        lines.append("")
        lines.append(DrillWording.summary(report, l))
        return lines.map { TerminalText.line($0) }.joined(separator: "\n") + "\n"
    }
}

/// Sentences shared by the drill renderers, in any language.
public enum DrillWording {
    /// `drill available in 10m00s (RTO 15m00s)`, or why it failed.
    public static func headline(_ group: DrillGroupResult, _ l: Language = .english) -> String {
        let rto = group.rtoSeconds.map { l(.drillRTOSuffix, ["rto": .text(DurationWording.format(seconds: Double($0)))]) } ?? ""
        let time = group.recoverySeconds.map { l(.drillAvailableIn, ["duration": .text(DurationWording.format(seconds: $0)), "rto": .text(rto)]) }
        if group.exceededRTO, let time { return l(.drillExceedsRTO, ["time": .text(time)]) }
        if let failure = group.failure {
            let failure = failure.argument
            return time.map { l(.drillTimeThenFailed, ["time": .text($0), "failure": failure]) } ?? l(.drillFailed, ["failure": failure])
        }
        return time ?? l(.drillPassed)
    }

    /// The facts of one group: drill, servers, check, clean-up.
    public static func facts(_ group: DrillGroupResult, _ l: Language = .english) -> [String] {
        var facts: [String] = []
        if !group.removedLeftovers.isEmpty {
            facts.append(l(.drillFactLeftovers, [
                "count": "\(group.removedLeftovers.count)", "ids": .text(group.removedLeftovers.joined(separator: ", ")),
            ]))
        }
        if let id = group.drillID {
            let name: Phrase.Argument = .text(group.drillName ?? "")
            facts.append(group.drillVPCID.map { l(.drillFactDrillInVPC, ["name": name, "id": .text(id), "vpc": .text($0)]) }
                ?? l(.drillFactDrill, ["name": name, "id": .text(id)]))
        }
        if !group.servers.isEmpty {
            let servers = group.servers.map { Phrase(.drillFactServer, ["server": .text($0.drillServerID), "instance": .text($0.protectedInstanceID)]) }
            facts.append(l(.drillFactServers, ["servers": .list(servers, separator: .listSeparator)]))
        }
        if let measured = group.measuredSeconds {
            facts.append(l(.drillFactMeasured, ["duration": .text(DurationWording.format(seconds: measured))]))
        }
        if let status = group.checkExitStatus { facts.append(l(.drillFactCheckExited, ["status": "\(status)"])) }
        if group.deleted {
            facts.append(l(.drillFactDeleted))
        } else if let id = group.drillID {
            facts.append(group.finalStatus.map { l(.drillFactLeftInPlaceStatus, ["id": .text(id), "status": .text($0)]) }
                ?? l(.drillFactLeftInPlace, ["id": .text(id)]))
        }
        return facts
    }

    /// `not drilled: <reason>`.
    public static func notDrilled(_ group: DrillReport.Unresolved, _ l: Language = .english) -> String {
        l(.drillNotDrilled, ["reason": group.reason.argument])
    }

    /// `Drill: 2 passed, 1 failed.`
    public static func summary(_ report: DrillReport, _ l: Language = .english) -> String {
        l(.drillSummary, ["passed": "\(report.passedCount)", "failed": "\(report.failedCount)"])
    }
}
