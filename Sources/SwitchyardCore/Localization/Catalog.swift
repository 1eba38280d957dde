// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The one message catalogue: every sentence switchyard writes for people, in every ``Language``.
///
/// Each ``MessageKey`` has one template per language, kept side by side in the `Catalog+*.swift`
/// files by area. `CatalogTests` fail when a key lacks a language, a template is empty, or the
/// languages' placeholders differ; nothing falls back to English at run time except text read back
/// from a saved plan's JSON, which only carries English (``Message``).
///
/// Chinese wording follows the terms of Huawei Cloud's Chinese SDRS console and documentation, listed
/// in docs/zh-CN/glossary.md; the login advisories keep the wording of the SDRS switchover page.
public enum Catalog {
    /// Every entry: key → language → template.
    public static let entries: [MessageKey: [Language: String]] = {
        var all: [MessageKey: [Language: String]] = [:]
        for part in [plan, steps, reasons, notes, advisories, apply, report, diagnostics, libyaml, drift, drill, help] {
            all.merge(part) { first, _ in first }
        }
        return all
    }()

    /// The template of `key` in `language`. A key without one is a bug that `CatalogTests` catch;
    /// at run time it reads as the English template, else the key itself.
    public static func template(_ key: MessageKey, _ language: Language) -> String {
        let entry = entries[key]
        return entry?[language] ?? entry?[.english] ?? key.rawValue
    }

    /// The names of `template`'s placeholders, in order of appearance, repeats kept.
    public static func placeholders(_ template: String) -> [String] {
        var names: [String] = []
        scan(template) { piece in
            if case .placeholder(let name) = piece { names.append(String(name)) }
        }
        return names
    }

    /// `template` with every placeholder that has an argument replaced by it (in `language`); a
    /// placeholder without one stays as written.
    static func fill(_ template: String, with arguments: [String: Phrase.Argument], language: Language) -> String {
        if arguments.isEmpty { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        scan(template) { piece in
            switch piece {
            case .literal(let text): result += text
            case .placeholder(let name):
                if let argument = arguments[String(name)] { result += argument.text(language) } else { result += "{\(name)}" }
            }
        }
        return result
    }

    private enum Piece {
        case literal(Substring)
        case placeholder(Substring)
    }

    /// Splits `template` into literal text and `{name}` placeholders (`name`: ASCII letters, digits
    /// and `_`, starting with a letter). Scans UTF-8 bytes: braces and names are ASCII, so every cut
    /// falls on a character boundary, and a plan of 10,000 groups renders without grapheme breaking.
    private static func scan(_ template: String, _ visit: (Piece) -> Void) {
        let utf8 = template.utf8
        var literalStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            guard utf8[index] == UInt8(ascii: "{") else {
                index = utf8.index(after: index)
                continue
            }
            let nameStart = utf8.index(after: index)
            var end = nameStart
            while end < utf8.endIndex, isNameByte(utf8[end]) { end = utf8.index(after: end) }
            if end < utf8.endIndex, utf8[end] == UInt8(ascii: "}"), nameStart < end, isLetter(utf8[nameStart]) {
                if literalStart < index { visit(.literal(template[literalStart..<index])) }
                visit(.placeholder(template[nameStart..<end]))
                index = utf8.index(after: end)
                literalStart = index
            } else {
                index = nameStart
            }
        }
        if literalStart < utf8.endIndex { visit(.literal(template[literalStart...])) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) }

    private static func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F }
}
