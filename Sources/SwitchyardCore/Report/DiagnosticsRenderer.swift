// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// `validate`'s diagnostics for machines: GitHub Actions workflow commands, so each problem shows
/// on the pull request's line, and versioned JSON. Returns strings; never prints.
public enum DiagnosticsRenderer {
    /// One workflow command per diagnostic: `::error file=F,line=L,col=C,title=switchyard::MESSAGE`.
    ///
    /// GitHub's own escaping rule for workflow commands: in the message `%`, CR and LF become
    /// `%25`, `%0D`, `%0A`; in property values also `:` and `,` (`%3A`, `%2C`). Other control
    /// characters are made visible as in the terminal rule, so a value from the file cannot start a
    /// command of its own.
    ///
    /// The message and hint are in `language` (people read them on the pull request); the command,
    /// its properties and the title are the same in every language.
    public static func github(_ diagnostics: Diagnostics, language: Language = .english) -> String {
        var lines: [String] = []
        var seen: Set<String> = []
        for diagnostic in diagnostics.sorted {
            let level = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            var properties: [String] = []
            if let location = diagnostic.location {
                properties += ["file=\(property(location.file))", "line=\(location.line)", "col=\(location.column)"]
            }
            properties.append("title=switchyard")
            let line = "::\(level) \(properties.joined(separator: ","))::\(data(diagnostic.text(language)))"
            if seen.insert(line).inserted { lines.append(line) }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `{"format_version": 1, "file": …, "valid": …, "diagnostics": [{"severity", "message", "hint",
    /// "file", "line", "column"}]}`, keys sorted.
    public static func json(_ diagnostics: Diagnostics, file: String, groups: Int?) throws -> String {
        struct Entry: Encodable {
            var severity: String
            var message: String
            var hint: String?
            var file: String?
            var line: Int?
            var column: Int?
        }
        struct Document: Encodable {
            var formatVersion = 1
            var file: String
            var valid: Bool
            var groups: Int?
            var diagnostics: [Entry]
            enum CodingKeys: String, CodingKey {
                case formatVersion = "format_version"
                case file, valid, groups, diagnostics
            }
        }
        let entries = diagnostics.sorted.map {
            Entry(severity: $0.severity.rawValue, message: $0.message, hint: $0.hint, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(file: file, valid: !diagnostics.hasErrors, groups: groups, diagnostics: entries)
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    /// The message part of a workflow command.
    static func data(_ text: String) -> String {
        var result = ""
        for scalar in TerminalText.line(text.replacingOccurrences(of: "\r\n", with: "\n"), limit: 4_000).unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A property value of a workflow command.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
