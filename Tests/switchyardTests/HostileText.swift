// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardFuzzing
import Testing

/// The hostile strings of the sink matrix (issue 12), and the checks every CLI run's output gets.
enum HostileText {
    /// Name, text. Each is put everywhere text can enter; every sink must keep its rule.
    static let rows: [(name: String, text: String)] = [
        ("esc-title-and-clear", "\u{1B}]0;pwned\u{07}\u{1B}[2J target"),
        ("bel", "ring\u{07}bell"),
        ("cr", "over\rwrite"),
        ("lf", "x\nFAKE: line"),
        ("crlf", "x\r\nFAKE: converged"),
        ("nul", "a\u{0}b"),
        ("right-to-left-override", "admin\u{202E}gnp.exe"),
        ("details-and-html", "</details><img src=x>"),
        ("pipe", "a | b | c"),
        ("heading", "# heading"),
        ("hundred-kilobytes", String(repeating: "x", count: 100_000)),
    ]

    /// Rows whose text has a control or format character (refused as a group name).
    static let invisibleRows = rows.filter { row in row.text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format } }

    /// YAML double-quoted form of `text` (control characters as escapes).
    static func yamlQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The terminal rule on stdout and stderr of a text-mode run, and no forged line.
    static func expectTerminal(_ result: CommandResult, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let problems = SinkCheck.terminal(text)
            #expect(problems.isEmpty, "\(what) \(stream): \(problems.prefix(3))", sourceLocation: sourceLocation)
            let forged = text.split(separator: "\n").filter { $0.hasPrefix("FAKE") }
            #expect(forged.isEmpty, "\(what) \(stream) has a forged line: \(forged.prefix(1))", sourceLocation: sourceLocation)
            let longest = text.split(separator: "\n").map(\.count).max() ?? 0
            #expect(longest < 20_000, "\(what) \(stream): a line of \(longest) characters", sourceLocation: sourceLocation)
        }
    }
}
