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
            if index == 0, scalar.properties.isGraphemeExtend {
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
        return result
    }
}
