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
    /// and `_`, starting with a letter).
    private static func scan(_ template: String, _ visit: (Piece) -> Void) {
        var literalStart = template.startIndex
        var index = template.startIndex
        while index < template.endIndex {
            guard template[index] == "{" else {
                index = template.index(after: index)
                continue
            }
            var end = template.index(after: index)
            while end < template.endIndex, let ascii = template[end].asciiValue,
                  (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x30 && ascii <= 0x39) || ascii == 0x5F {
                end = template.index(after: end)
            }
            let name = template[template.index(after: index)..<end]
            if end < template.endIndex, template[end] == "}", let first = name.first, first.isLetter {
                if literalStart < index { visit(.literal(template[literalStart..<index])) }
                visit(.placeholder(name))
                index = template.index(after: end)
                literalStart = index
            } else {
                index = template.index(after: index)
            }
        }
        if literalStart < template.endIndex { visit(.literal(template[literalStart...])) }
    }
}
