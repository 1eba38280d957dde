// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The escaping rule of the terminal sink (stdout and stderr text, `error:` lines, diagnostics,
/// apply progress, `--debug` logs): nothing read from a file, the environment or the cloud can move
/// the cursor, clear the screen, set the title, ring the bell, start a new line or reorder text.
///
/// Every control character (C0, C1, DEL), every format character (bidi overrides and isolates such
/// as U+202E, zero-width characters) and the line and paragraph separators (U+2028, U+2029) are
/// written visibly, `\n`, `\r`, `\t` or `\u{1b}`, as ``UntrustedText`` does; a line longer than the
/// limit is cut and ends with `…(N more characters)`.
public enum TerminalText {
    /// The longest line shown, in Unicode scalars, before it is cut.
    public static let maximumLineLength = 4_000

    /// The longest single value (a name, a site, a message from a file) shown in a diagnostic.
    public static let maximumValueLength = 200

    /// `text` as one terminal line: control and format characters visible, cut after `limit`
    /// scalars with `…(N more characters)`.
    public static func line(_ text: some StringProtocol, limit: Int = maximumLineLength) -> String {
        // Fast path (most lines): printable ASCII within the limit is already safe.
        let utf8 = text.utf8
        if utf8.count <= limit, utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
        var result = ""
        var count = 0
        let scalars = text.unicodeScalars
        for scalar in scalars {
            if count == limit {
                let rest = scalars.count - limit
                result += "…(\(rest) more character\(rest == 1 ? "" : "s"))"
                break
            }
            count += 1
            appendVisible(scalar, to: &result)
        }
        return result
    }

    /// Several lines of text (a rendered report): each line made safe with ``line(_:limit:)``;
    /// the line feeds between lines are kept, every other control character is made visible.
    public static func lines(_ text: some StringProtocol, limit: Int = maximumLineLength) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line($0, limit: limit) }.joined(separator: "\n")
    }

    /// Whether `text` would be changed by ``line(_:limit:)`` for a reason other than its length:
    /// it holds a control, format or separator character.
    public static func hasInvisibleCharacters(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: isInvisible)
    }

    /// Control (Cc), format (Cf, which holds the bidi controls) and line/paragraph separators.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        return switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    private static func appendVisible(_ scalar: Unicode.Scalar, to result: inout String) {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default:
            if isInvisible(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
}
