// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Escaping shared by the XML (JUnit) and HTML (apply report) renderers.
public enum MarkupEscaping {
    /// Escapes text for XML 1.0: the five special characters, and (in attributes) line breaks and
    /// tabs as character references so they survive attribute normalisation; a leading combining
    /// mark as a character reference, so it cannot join the markup before it. Characters XML 1.0
    /// forbids (other C0 controls, U+FFFE, U+FFFF) become U+FFFD.
    public static func escape(_ text: String, attribute: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (index, scalar) in text.unicodeScalars.enumerated() {
            // A value that starts with a combining mark would merge with the markup before it (`>`
            // or `"`) into one character for grapheme-based tools: it is written as a reference.
            if index == 0, joinsMarkupBefore(scalar) {
                result += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
                continue
            }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += attribute ? "&quot;" : "\""
            case "'": result += attribute ? "&apos;" : "'"
            case "\n": result += attribute ? "&#10;" : "\n"
            case "\r": result += "&#13;"
            case "\t": result += attribute ? "&#9;" : "\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        // The same at the end: a last character that would join the `<` or `"` after it.
        if let last = result.unicodeScalars.last, joinsMarkupAfter(last) {
            result = String(result.unicodeScalars.dropLast()) + "&#x\(String(last.value, radix: 16, uppercase: true));"
        }
        return result
    }

    /// Whether `scalar` forms one character with a `>` or `"` right before it (a combining mark).
    public static func joinsMarkupBefore(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isGraphemeExtend || (">" + String(scalar)).count == 1 || ("\"" + String(scalar)).count == 1
    }

    /// Whether `scalar` forms one character with a `<` or `"` right after it (a prepended mark).
    public static func joinsMarkupAfter(_ scalar: Unicode.Scalar) -> Bool {
        (String(scalar) + "<").count == 1 || (String(scalar) + "\"").count == 1
    }
}
