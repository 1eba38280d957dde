// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The escaping rule of the Markdown sink (`plan --format markdown`, `drift --format markdown`):
/// a value read from a file or the cloud renders as the text it is and can never end a table row,
/// start a heading or list, close a `<details>` block, open a link or add HTML.
///
/// All three forms first make control, format and separator characters visible and cut the value
/// as ``TerminalText/line(_:limit:)`` does, so no value holds a line break.
public enum MarkdownText {
    /// Text in a paragraph, a list item or a table cell (outside code spans): `&`, `<`, `>` become
    /// entities; `\`, `` ` ``, `*`, `[`, `]`, `|` and `~` are backslash-escaped, and so is `_`
    /// unless it sits between two letters or digits (where GFM never reads it as emphasis). With
    /// `startsLine` (the value begins a line of the output), a leading `#`, `+`, `-` or `=` is
    /// escaped too, so it cannot start a heading or a list.
    public static func text(_ value: some StringProtocol, startsLine: Bool = false) -> String {
        let visible = Array(TerminalText.line(value).unicodeScalars)
        var result = ""
        for (index, scalar) in visible.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "[", "]", "|", "~":
                result += "\\" + String(scalar)
            case "#", "+", "-", "=":
                result += (startsLine && index == 0 ? "\\" : "") + String(scalar)
            case "_":
                let inWord = index > 0 && index + 1 < visible.count
                    && isAlphanumeric(visible[index - 1]) && isAlphanumeric(visible[index + 1])
                result += inWord ? "_" : "\\_"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text inside a code span (between backticks): a backtick, which would end the span, becomes
    /// `'`; in a table cell `|` becomes `\|` (GFM splits cells before it reads code spans, and
    /// shows `\|` inside one as `|`).
    public static func code(_ value: some StringProtocol, inTable: Bool = false) -> String {
        let visible = TerminalText.line(value).replacing("`", with: "'")
        return inTable ? visible.replacing("|", with: "\\|") : visible
    }

    /// Text inside an HTML element of the report (`<summary>`, `<code>`): `&`, `<`, `>` become
    /// entities, so `</details>` in a name is shown, not obeyed.
    public static func html(_ value: some StringProtocol) -> String {
        let escaped = TerminalText.line(value).replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
        // A first or last character that would join the tag's `>` before it or `<` after it (a
        // combining or prepended mark) is written as a character reference.
        var result = escaped
        if let first = result.unicodeScalars.first, MarkupEscaping.joinsMarkupBefore(first) {
            result = "&#x\(String(first.value, radix: 16, uppercase: true));" + String(result.unicodeScalars.dropFirst())
        }
        if let last = result.unicodeScalars.last, MarkupEscaping.joinsMarkupAfter(last) {
            result = String(result.unicodeScalars.dropLast()) + "&#x\(String(last.value, radix: 16, uppercase: true));"
        }
        return result
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
