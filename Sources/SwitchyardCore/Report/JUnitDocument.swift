// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The frame every JUnit report of switchyard shares: the XML declaration, `<testsuites>` and one
/// `<testsuite>` with the same counts, and a `<properties>` block. Text goes through ``MarkupEscaping``.
enum JUnitDocument {
    /// Everything up to the first `<testcase>`.
    static func open(suite: String, counts: String, properties: [(name: String, value: String)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"switchyard\" \(counts)>\n"
        xml += "  <testsuite name=\"\(MarkupEscaping.escape(suite))\" \(counts)>\n"
        xml += "    <properties>\n"
        for (name, value) in properties {
            xml += "      <property name=\"\(MarkupEscaping.escape(name))\" value=\"\(MarkupEscaping.escape(value))\"/>\n"
        }
        return xml + "    </properties>\n"
    }

    /// Everything after the last `</testcase>`.
    static let close = "  </testsuite>\n</testsuites>\n"

    /// `desired_file`, then `project_id` and `region` when known.
    static func properties(desiredFile: String, projectID: String?, region: String?) -> [(name: String, value: String)] {
        var properties = [(name: "desired_file", value: desiredFile)]
        if let projectID { properties.append((name: "project_id", value: projectID)) }
        if let region { properties.append((name: "region", value: region)) }
        return properties
    }
}
