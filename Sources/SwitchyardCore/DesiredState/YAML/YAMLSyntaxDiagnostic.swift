// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Yams

/// Converts a Yams `YamlError` into one diagnostic at the position libyaml reports.
enum YAMLSyntaxDiagnostic {
    static func make(from error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, yaml),
            let .parser(context, problem, mark, yaml),
            let .composer(context, problem, mark, yaml):
            let position = YAMLPosition(mark)
            let hint =
                scalar(at: position, in: yaml) == "\t"
                ? Phrase(.inputHintTabs)
                : context.map { Phrase(.inputHintYAMLContext, ["context": libyaml($0.text), "position": .phrase(YAMLPosition($0.mark).phrase)]) }
            return Diagnostic(severity: .error, .inputInvalidYAML, ["problem": libyaml(problem)], hint: hint, location: position.location(in: file))
        case let .reader(problem, offset, _, yaml):
            return Diagnostic(
                severity: .error, .inputInvalidYAML, ["problem": libyaml(problem)],
                location: offset.map { position(ofCharacterOffset: $0, in: yaml).location(in: file) })
        case let .duplicatedKeysInMapping(keys, context):
            return Diagnostic(
                severity: .error, .inputKeyRepeated, ["key": "\(keys.first ?? "")"], location: YAMLPosition(context.mark).location(in: file))
        default:
            return Diagnostic(severity: .error, .inputInvalidYAML, ["problem": "\(error)"])
        }
    }

    /// libyaml's text in the catalogue when it is there (the same English), else as libyaml wrote it.
    static func libyaml(_ text: String) -> Phrase.Argument {
        Catalog.libyamlKey(text).map { .phrase(Phrase($0)) } ?? .text(text)
    }

    /// The Unicode scalar at a 1-based line and column, if there is one.
    static func scalar(at position: YAMLPosition, in text: String) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let scalars = lines[position.line - 1].unicodeScalars
        guard position.column >= 1, position.column <= scalars.count else { return nil }
        return scalars[scalars.index(scalars.startIndex, offsetBy: position.column - 1)]
    }

    /// Yams reports reader errors as a distance in `Character`s from the start of the text.
    static func position(ofCharacterOffset offset: Int, in text: String) -> YAMLPosition {
        let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
        let before = text[..<index]
        let line = before.reduce(into: 1) { count, character in
            if character == "\n" || character == "\r\n" { count += 1 }
        }
        let lineStart = before.lastIndex { $0 == "\n" || $0 == "\r\n" }.map { before.index(after: $0) } ?? before.startIndex
        return YAMLPosition(line: line, column: before[lineStart...].unicodeScalars.count + 1)
    }
}
