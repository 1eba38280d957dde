// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Finds, in YAML text, the second occurrence of a mapping key whose first occurrence Yams reported.
///
/// Yams only says "key 'x' is duplicated" and where the first one is. Knowing that libyaml parsed the
/// mapping, the repeat is the next key token spelled the same way (plain, 'single' or "double"
/// quoted) that belongs to the same mapping: in block style, at the same column before the
/// indentation drops below it; in flow style, at the same bracket depth before the mapping closes.
/// Columns are Unicode scalars, as libyaml counts them.
enum RepeatedKeyLocator {
    /// A key token on one line: where it starts and how many Unicode scalars it spans.
    struct Span: Equatable {
        var start: YAMLPosition
        var length: Int
    }

    static func findRepeat(of name: String, firstAt first: YAMLPosition, in text: String) -> Span? {
        let lines = Lines(text).lines
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let key = Array(name.unicodeScalars)
        let before = lines[first.line - 1].prefix(max(0, first.column - 1)).last { $0 != " " && $0 != "\t" }
        if before == "{" || before == "," {
            return findInFlow(key, first: first, lines: lines)
        }
        return findInBlock(key, first: first, lines: lines) ?? findInFlow(key, first: first, lines: lines)
    }

    /// `text` with the key token at `span` replaced by a same-width plain key no file can contain
    /// (Unicode private-use scalars, different for every `placeholderIndex`), so positions stay put.
    static func replacing(_ span: Span, in text: String, placeholderIndex: Int) -> String {
        var split = Lines(text)
        let placeholder = Unicode.Scalar(0xE000 + UInt32(placeholderIndex)) ?? "\u{E000}"
        let row = span.start.line - 1
        let start = span.start.column - 1
        guard split.lines.indices.contains(row), start >= 0, start + span.length <= split.lines[row].count else { return text }
        split.lines[row].replaceSubrange(start..<(start + span.length), with: repeatElement(placeholder, count: span.length))
        return split.text
    }

    /// Text cut into lines where libyaml counts a line break (LF, CR, CRLF, NEL, LS, PS), keeping
    /// each break so the text can be put back together byte for byte.
    struct Lines {
        var lines: [[Unicode.Scalar]] = [[]]
        var breaks: [[Unicode.Scalar]] = []

        init(_ text: String) {
            var previousWasCR = false
            for scalar in text.unicodeScalars {
                if scalar == "\n" && previousWasCR {
                    breaks[breaks.count - 1].append(scalar)
                    previousWasCR = false
                    continue
                }
                previousWasCR = scalar == "\r"
                if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                    breaks.append([scalar])
                    lines.append([])
                } else {
                    lines[lines.count - 1].append(scalar)
                }
            }
        }

        /// The lines and breaks joined again.
        var text: String {
            var scalars = String.UnicodeScalarView()
            for (index, line) in lines.enumerated() {
                scalars.append(contentsOf: line)
                if index < breaks.count { scalars.append(contentsOf: breaks[index]) }
            }
            return String(scalars)
        }
    }

    private static func findInBlock(_ key: [Unicode.Scalar], first: YAMLPosition, lines: [[Unicode.Scalar]]) -> Span? {
        let column = first.column - 1
        for row in first.line..<lines.count {
            let line = lines[row]
            guard let indent = line.firstIndex(where: { $0 != " " && $0 != "\t" }), line[indent] != "#" else { continue }
            if indent < column { return nil }
            if indent == column, let length = keyLength(key, in: line, at: indent, flow: false) {
                return Span(start: YAMLPosition(line: row + 1, column: column + 1), length: length)
            }
        }
        return nil
    }

    private static func findInFlow(_ key: [Unicode.Scalar], first: YAMLPosition, lines: [[Unicode.Scalar]]) -> Span? {
        var row = first.line - 1
        var column = first.column - 1
        var depth = 0
        var quote: Unicode.Scalar?
        var expectingKey = false
        while row < lines.count {
            let line = lines[row]
            while column < line.count {
                let scalar = line[column]
                if let open = quote {
                    if scalar == "\\" && open == "\"" {
                        column += 1
                    } else if scalar == open {
                        if open == "'", column + 1 < line.count, line[column + 1] == "'" { column += 1 } else { quote = nil }
                    }
                } else if expectingKey && depth == 0 && scalar != " " && scalar != "\t" {
                    expectingKey = false
                    if let length = keyLength(key, in: line, at: column, flow: true) {
                        return Span(start: YAMLPosition(line: row + 1, column: column + 1), length: length)
                    }
                    continue
                } else {
                    switch scalar {
                    case "\"", "'": quote = scalar
                    case "{", "[": depth += 1
                    case "}", "]":
                        depth -= 1
                        if depth < 0 { return nil }
                    case ",": expectingKey = depth == 0
                    default: break
                    }
                }
                column += 1
            }
            row += 1
            column = 0
        }
        return nil
    }

    /// The width of the key token at `index` when it spells `key` and is followed by `:`, else `nil`.
    private static func keyLength(_ key: [Unicode.Scalar], in line: [Unicode.Scalar], at index: Int, flow: Bool) -> Int? {
        var end = index
        let quote = line[index] == "\"" || line[index] == "'" ? line[index] : nil
        if quote != nil { end += 1 }
        guard line.count >= end + key.count, Array(line[end..<(end + key.count)]) == key else { return nil }
        end += key.count
        if let quote {
            guard end < line.count, line[end] == quote else { return nil }
            end += 1
        }
        let length = end - index
        while end < line.count, line[end] == " " || line[end] == "\t" { end += 1 }
        guard end < line.count, line[end] == ":" else { return nil }
        end += 1
        let terminators: Set<Unicode.Scalar> = flow ? [" ", "\t", ",", "}", "]"] : [" ", "\t"]
        guard end == line.count || terminators.contains(line[end]) || quote != nil else { return nil }
        return length
    }
}
