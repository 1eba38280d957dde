// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Text taken from a file (a project ID, a region, a value in a plan) made safe to put in a
/// one-line message on a terminal: control characters are escaped and long values are cut.
///
/// Without this, a journal or plan could end a message early with a newline or send escape
/// sequences to the user's terminal.
public enum UntrustedText {
    /// The longest value shown, in characters; longer ones end with `…`.
    public static let maximumLength = 120

    /// `text` with every control character written as `\u{…}` (`\n`, `\r`, `\t` as themselves),
    /// cut to `limit` characters (a value: `maximumLength`; a whole message may allow more).
    public static func printable(_ text: some StringProtocol, limit: Int = maximumLength) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            count += 1
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
