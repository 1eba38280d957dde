// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Checkers that read a sink's output back and name every way it breaks the sink's rule
/// (docs/reliability.md, "Hostile text"). Used by the `renderers` fuzz target and the sink matrix
/// tests; each returns an empty list for good output.
public enum SinkCheck {
    /// Terminal text: no control, format or separator character except the line feeds between lines
    /// and, with `color`, ESC opening a colour code of the renderer (`ESC [ digits m`); no line
    /// longer than the limit allows.
    public static func terminal(_ text: String, color: Bool = false, lineLimit: Int = TerminalText.maximumLineLength) -> [String] {
        var problems: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var index = 0
            var visible = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if color, scalar == "\u{1B}", let end = sgrEnd(scalars, from: index) {
                    index = end
                    continue
                }
                if TerminalText.isInvisible(scalar) {
                    problems.append("line \(number + 1): raw U+\(String(scalar.value, radix: 16, uppercase: true))")
                }
                visible += 1
                index += 1
            }
            // A cut line ends with "…(N more characters)"; paint and plain parts are cut separately.
            if visible > 3 * (lineLimit + 40) { problems.append("line \(number + 1): \(visible) characters, not cut") }
        }
        return problems
    }

    /// The end of `ESC [ digits m` starting at `start`, or `nil`.
    private static func sgrEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        let digitsStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > digitsStart, index < scalars.count, scalars[index] == "m" else { return nil }
        return index + 1
    }

    /// Markdown: no raw control characters; the report's own structure only: every table row has
    /// `columns + 1` unescaped pipes, only `<details>`, `<summary>` and `<code>` tags (balanced),
    /// only the title as a heading, no link or image opened by a value. The plan's hidden marker
    /// (first line, `<!-- switchyard:plan file=… -->` with a percent-encoded path) and the failover
    /// alert's `> [!CAUTION]` line are the report's own.
    public static func markdown(_ text: String, columns: Int = 6) -> [String] {
        var problems = terminal(text, lineLimit: Int.max / 8)
        var depth = 0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number == 0 && line.hasPrefix("<!-- switchyard:plan file=") && line.hasSuffix(" -->") {
                let path = line.dropFirst("<!-- switchyard:plan file=".count).dropLast(" -->".count)
                let allowed = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/~+%-".contains($0)) }
                if !allowed || path.contains("--") { problems.append("line 1: the marker's path is not percent-encoded: \(path)") }
                continue
            }
            if line == "> [!CAUTION]" { continue }
            if line.hasPrefix("#") && !line.hasPrefix("### switchyard ") { problems.append("line \(number + 1): a heading") }
            if line.hasPrefix("|") {
                let pipes = unescapedCount(of: "|", in: line)
                if pipes != columns + 1 { problems.append("line \(number + 1): \(pipes) cell separators, not \(columns + 1)") }
            }
            let prose = outsideCodeSpans(line)
            // An HTML block (the `<details><summary>` line) is not read as Markdown.
            if !line.hasPrefix("<details>"), unescapedCount(of: "[", in: prose) > 0 { problems.append("line \(number + 1): an unescaped '['") }
            var rest = prose
            while let open = rest.firstIndex(of: "<") {
                rest = rest[rest.index(after: open)...]
                let name = rest.prefix { $0 != ">" && $0 != " " }
                switch name {
                case "details": depth += 1
                case "/details": depth -= 1
                case "summary", "/summary", "code", "/code": break
                default: problems.append("line \(number + 1): HTML tag '<\(name)'")
                }
                if depth < 0 { problems.append("line \(number + 1): '</details>' closes a block the report did not open") }
            }
        }
        if depth != 0 { problems.append("\(depth) <details> left open") }
        return problems
    }

    /// `line` without its code spans (between unescaped single backticks), where `[` and `<` are
    /// literal text.
    private static func outsideCodeSpans(_ line: Substring) -> Substring {
        var result = ""
        var inCode = false, backslashes = 0
        for character in line {
            if character == "`" && backslashes % 2 == 0 {
                inCode.toggle()
            } else if !inCode {
                result.append(character)
            }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        return Substring(result)
    }

    /// Occurrences of `character` not preceded by an odd number of backslashes.
    private static func unescapedCount(of character: Character, in line: Substring) -> Int {
        var count = 0, backslashes = 0
        for scalar in line {
            if scalar == character && backslashes % 2 == 0 { count += 1 }
            backslashes = scalar == "\\" ? backslashes + 1 : 0
        }
        return count
    }

    /// Prometheus text format 0.0.4: every line a `# HELP`/`# TYPE` comment or
    /// `name{label="value",…} number`, each value using only the escapes `\\`, `\"` and `\n`; no
    /// carriage return or other control character anywhere.
    public static func prometheus(_ text: String) -> [String] {
        var problems: [String] = []
        guard text.hasSuffix("\n") else { return ["the file does not end with a line feed"] }
        for (number, line) in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.unicodeScalars.contains(where: TerminalText.isInvisible) { problems.append("line \(number + 1): a control character") }
            if line.hasPrefix("# HELP ") || line.hasPrefix("# TYPE ") { continue }
            if let problem = sampleProblem(Array(line.unicodeScalars)) { problems.append("line \(number + 1): \(problem)") }
        }
        return problems
    }

    private static func sampleProblem(_ scalars: [Unicode.Scalar]) -> String? {
        var index = 0
        while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "_" || ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > 0 else { return "no metric name" }
        if index < scalars.count, scalars[index] == "{" {
            index += 1
            while true {
                while index < scalars.count, scalars[index] != "=" { index += 1 }
                index += 1
                guard index < scalars.count, scalars[index] == "\"" else { return "a label without a quoted value" }
                index += 1
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\" {
                        guard index + 1 < scalars.count, ["\\", "\"", "n"].contains(scalars[index + 1]) else { return "an invalid escape" }
                        index += 1
                    }
                    index += 1
                }
                guard index < scalars.count else { return "an unterminated label value" }
                index += 1
                guard index < scalars.count else { return "no value" }
                if scalars[index] == "," { index += 1; continue }
                guard scalars[index] == "}" else { return "junk after a label value" }
                index += 1
                break
            }
        }
        guard index < scalars.count, scalars[index] == " " else { return "no space before the value" }
        let value = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        return Double(value) == nil ? "the value '\(value)' is not a number" : nil
    }

    /// JUnit XML: well-formed (a small checker, strict for what the renderer writes): an XML
    /// declaration, balanced elements with `name="value"` attributes and no `<` in a value, only
    /// the five entities and character references, no character XML 1.0 forbids.
    public static func junit(_ text: String) -> [String] {
        var problems: [String] = []
        if text.unicodeScalars.contains(where: { ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            problems.append("a character XML 1.0 forbids")
        }
        var stack: [Substring] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            problems += entityProblems(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { return problems + ["an unclosed tag"] }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("?") { continue }
            if tag.hasPrefix("/") {
                if stack.popLast() != tag.dropFirst() { problems.append("'</\(tag.dropFirst())>' closes the wrong element") }
                continue
            }
            guard tag.wholeMatch(of: #/[A-Za-z_][\w.-]*(\s+[A-Za-z_][\w.-]*="[^"<]*")*\s*/?/#) != nil else {
                problems.append("a malformed tag '<\(tag.prefix(80))>'")
                continue
            }
            problems += entityProblems(tag)
            if !tag.hasSuffix("/") { stack.append(tag.prefix { !$0.isWhitespace }) }
        }
        problems += entityProblems(rest)
        if !stack.isEmpty { problems.append("unclosed elements: \(stack)") }
        return problems
    }

    private static func entityProblems(_ text: Substring) -> [String] {
        var problems: [String] = []
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            rest = rest[rest.index(after: ampersand)...]
            if rest.prefixMatch(of: #/(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/#) == nil {
                problems.append("a bare '&'")
            }
        }
        return problems
    }
}
