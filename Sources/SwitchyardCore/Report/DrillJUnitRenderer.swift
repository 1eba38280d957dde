// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drill report as JUnit XML: one `<testsuite name="switchyard drill">`, one
/// `<testcase classname="switchyard.drill" name="<address>" time="<recovery seconds>">` per group.
/// A drill that failed, exceeded the group's RTO, or could not be run (unresolved group) has a
/// `<failure>`. Text goes through ``MarkupEscaping``. Failure messages and texts are in
/// `language`; names, classnames and types stay the same in every language.
public struct DrillJUnitRenderer: Sendable {
    /// The language of the failure messages and texts.
    public var language: Language

    public init(language: Language = .english) {
        self.language = language
    }

    public func render(_ report: DrillReport) -> String {
        let tests = report.groups.count + report.unresolved.count
        let counts = "tests=\"\(tests)\" failures=\"\(report.failedCount)\" errors=\"0\" skipped=\"0\""
        var xml = JUnitDocument.open(
            suite: "switchyard drill", counts: counts,
            properties: JUnitDocument.properties(desiredFile: report.desiredFile, projectID: report.projectID, region: report.region))
        for group in report.groups {
            let time = group.recoverySeconds.map { " time=\"\(Self.seconds($0))\"" } ?? ""
            let open = "    <testcase classname=\"switchyard.drill\" name=\"\(escape(group.address))\"\(time)"
            guard !group.passed else {
                xml += open + "/>\n"
                continue
            }
            let type = group.failure == nil ? "rto-exceeded" : "drill-failed"
            xml += open + ">\n"
            xml += "      <failure message=\"\(escape(DrillWording.headline(group, language)))\" type=\"\(type)\">"
            xml += escape(DrillWording.facts(group, language).joined(separator: "\n"), attribute: false)
            xml += "</failure>\n    </testcase>\n"
        }
        for group in report.unresolved {
            xml += "    <testcase classname=\"switchyard.drill\" name=\"\(escape(group.address))\">\n"
            xml += "      <failure message=\"\(escape(DrillWording.notDrilled(group, language)))\" type=\"not-drilled\"/>\n"
            xml += "    </testcase>\n"
        }
        return xml + JUnitDocument.close
    }

    private func escape(_ text: String, attribute: Bool = true) -> String {
        MarkupEscaping.escape(text, attribute: attribute)
    }

    /// Seconds with three decimals, as JUnit's `time` attribute reads them.
    static func seconds(_ value: Double) -> String {
        let millis = Int((max(0, value) * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
