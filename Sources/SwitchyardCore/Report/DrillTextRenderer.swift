// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drill report as a person reads it: one block per group (`✓` passed, `✗` failed) with
/// the recovery time against the RTO, the drill servers, the check and the clean-up, then the
/// summary line **last**. Every line goes through ``TerminalText``.
public struct DrillTextRenderer: Sendable {
    public init() {}

    public func render(_ report: DrillReport) -> String {
        var lines = ["switchyard drill for \(report.desiredFile)"]
        if let scale = report.timeScale {
            lines.append("emulated at time scale \(scale); durations are shown in cloud time")
        }
        for group in report.groups {
            lines.append("")
            lines.append("\(group.passed ? "✓" : "✗") \(group.address)  \(DrillWording.headline(group))")
            for fact in DrillWording.facts(group) { lines.append("    \(fact)") }
        }
        for group in report.unresolved {
            lines.append("")
            lines.append("✗ \(group.address)  not drilled: \(group.reason)")
        }
        lines.append("")
        lines.append(DrillWording.summary(report))
        return lines.map { TerminalText.line($0) }.joined(separator: "\n") + "\n"
    }
}

/// Sentences shared by the drill renderers.
public enum DrillWording {
    /// `drill available in 10m00s (RTO 15m00s)`, or why it failed.
    public static func headline(_ group: DrillGroupResult) -> String {
        let rto = group.rtoSeconds.map { " (RTO \(DurationWording.format(seconds: Double($0))))" } ?? ""
        let time = group.recoverySeconds.map { "drill available in \(DurationWording.format(seconds: $0))\(rto)" }
        if group.exceededRTO, let time { return "\(time): exceeds the RTO" }
        if let failure = group.failure { return [time, "failed: \(failure)"].compactMap { $0 }.joined(separator: "; ") }
        return time ?? "passed"
    }

    /// The facts of one group: drill, servers, check, clean-up.
    public static func facts(_ group: DrillGroupResult) -> [String] {
        var facts: [String] = []
        if !group.removedLeftovers.isEmpty {
            facts.append("removed \(group.removedLeftovers.count) drill(s) left by an earlier run: \(group.removedLeftovers.joined(separator: ", "))")
        }
        if let id = group.drillID {
            facts.append("drill \(group.drillName ?? "") (\(id))" + (group.drillVPCID.map { " in VPC \($0)" } ?? ""))
        }
        if !group.servers.isEmpty {
            facts.append("drill servers: " + group.servers.map { "\($0.drillServerID) (from \($0.protectedInstanceID))" }.joined(separator: ", "))
        }
        if let measured = group.measuredSeconds {
            facts.append("measured from the create call: \(DurationWording.format(seconds: measured))")
        }
        if let status = group.checkExitStatus { facts.append("check exited with status \(status)") }
        if group.deleted {
            facts.append("drill deleted")
        } else if let id = group.drillID {
            facts.append("drill \(id) left in place" + (group.finalStatus.map { " (status \($0))" } ?? ""))
        }
        return facts
    }

    /// `Drill: 2 passed, 1 failed.`
    public static func summary(_ report: DrillReport) -> String {
        "Drill: \(report.passedCount) passed, \(report.failedCount) failed."
    }
}
