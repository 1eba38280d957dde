// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drift report as JUnit XML, so CI systems (GitLab, Jenkins, GitHub test reporters) show each
/// group as a test.
///
/// One `<testsuite name="switchyard drift">` inside `<testsuites>`; one
/// `<testcase classname="switchyard.drift" name="<address>">` per declared group. A group that is
/// drifted, degraded, missing **or in progress** has a `<failure>` whose `type` is its state, whose
/// `message` is its headline and whose text lists its facts and reasons: a switchover or failover
/// that is still running is not where Git says, and a scheduled check that stays quiet about a
/// half-finished switch would hide exactly the case it exists for. Unmanaged groups are testcases
/// of `classname="switchyard.drift.unmanaged"` with `<skipped/>`. A group `plan` would block lists the
/// plan's block reasons first (`blocked: CODE: sentence`), then every drift reason. Counts are in the attributes
/// (`tests`, `failures`, `errors="0"`, `skipped`); no timestamps, so output is deterministic.
///
/// In another ``Language`` only what people read changes: the `message` attributes and the failure
/// text (`受阻：CODE：sentence`); element and attribute names, the suite name, class names, test
/// names (group addresses), failure types (states) and codes stay as they are.
public struct DriftJUnitRenderer: Sendable {
    /// The language of the messages and failure texts.
    public var language: Language

    /// Creates the renderer.
    public init(language: Language = .english) {
        self.language = language
    }

    /// The XML document of `report`, with an XML declaration and a trailing newline.
    public func render(_ report: DriftReport) -> String {
        let l = language
        let tests = report.groups.count + report.unmanaged.count
        let failures = report.summary.notInSync
        let skipped = report.unmanaged.count
        let counts = "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
        var xml = JUnitDocument.open(
            suite: "switchyard drift", counts: counts,
            properties: JUnitDocument.properties(desiredFile: report.desiredFile, projectID: report.projectID, region: report.region))
        for group in report.groups {
            let open = "    <testcase classname=\"switchyard.drift\" name=\"\(Self.escape(group.address))\""
            guard group.state != .inSync else {
                xml += open + "/>\n"
                continue
            }
            var text = [DriftWording.facts(group, l)]
            text += (group.blocked ?? []).map { l(.driftJUnitBlocked, ["code": .text($0.code.rawValue), "text": .text($0.text(l))]) }
            text += group.reasons.map { l(.driftJUnitReason, ["code": .text($0.code), "text": .text($0.text(l))]) }
            xml += open + ">\n"
            xml += "      <failure message=\"\(Self.escape(DriftWording.headline(group, l)))\" type=\"\(group.state)\">"
            xml += Self.escape(text.joined(separator: "\n"), attribute: false)
            xml += "</failure>\n"
            xml += "    </testcase>\n"
        }
        for group in report.unmanaged {
            xml += "    <testcase classname=\"switchyard.drift.unmanaged\" name=\"\(Self.escape(group.address))\">\n"
            let message = l(.driftJUnitUnmanaged, ["file": .text(report.desiredFile), "group": .text(DriftWording.unmanaged(group, l))])
            xml += "      <skipped message=\"\(Self.escape(message))\"/>\n"
            xml += "    </testcase>\n"
        }
        return xml + JUnitDocument.close
    }

    /// Escapes text for XML 1.0 (see ``MarkupEscaping/escape(_:attribute:)``).
    public static func escape(_ text: String, attribute: Bool = true) -> String {
        MarkupEscaping.escape(text, attribute: attribute)
    }
}
