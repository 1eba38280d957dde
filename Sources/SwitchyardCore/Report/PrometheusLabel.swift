// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The escaping rule of the Prometheus sink (`drift --metrics-file`, text exposition format 0.0.4,
/// read by node-exporter's textfile collector): a label value always stays inside its quotes and on
/// its line.
///
/// The format defines three escapes, `\\`, `\"` and `\n`, and a parser rejects any other; so a
/// line feed is written `\n`, and every other control, format or separator character (a carriage
/// return, which some parsers take as a line end; ESC; U+202E) is written as the visible text
/// ``TerminalText`` uses (`\r`, `\u{1b}`), with its backslash escaped. Values are never cut: a
/// label value is an identity.
public enum PrometheusLabel {
    /// `value` escaped for use between the double quotes of a label.
    public static func value(_ value: some StringProtocol) -> String {
        escape(value, quote: true)
    }

    /// A `# HELP` text: backslash and line feed escaped, other invisible characters made visible.
    public static func help(_ text: some StringProtocol) -> String {
        escape(text, quote: false)
    }

    /// The format's escapes (`\\`, `\n`, and `\"` inside a label), every other invisible
    /// character as the terminal shows it (`\r`, `\u{…}`) with its backslash escaped.
    private static func escape(_ text: some StringProtocol, quote: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"" where quote: result += "\\\""
            case "\n": result += "\\n"
            default:
                if TerminalText.isInvisible(scalar) {
                    result += "\\" + TerminalText.line(String(scalar))
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
