// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Yams

/// One `key: value` pair of a mapping, keeping where the key was written.
struct YAMLEntry {
    var key: String
    var keyPosition: YAMLPosition
    var value: Node
}

/// Reads typed values out of composed Yams nodes. Every problem becomes a diagnostic at the
/// offending node; a `nil` result means "already reported, carry on with the next value".
struct YAMLReader {
    let file: String
    /// Keys the composer renamed because they repeat an earlier key; already reported.
    let repeatedKeyPositions: Set<YAMLPosition>
    var diagnostics = Diagnostics()

    init(file: String, repeatedKeyPositions: Set<YAMLPosition> = []) {
        self.file = file
        self.repeatedKeyPositions = repeatedKeyPositions
    }

    func location(of node: Node) -> SourceLocation { YAMLPosition(of: node).location(in: file) }
    func location(_ position: YAMLPosition) -> SourceLocation { position.location(in: file) }

    mutating func error(_ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:], hint: Phrase? = nil, at position: YAMLPosition) {
        diagnostics.error(key, arguments, hint: hint, at: location(position))
    }

    mutating func warning(_ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:], hint: Phrase? = nil, at position: YAMLPosition) {
        diagnostics.warning(key, arguments, hint: hint, at: location(position))
    }

    /// The entries of a mapping node whose keys `scope` allows; reports unknown keys (with a
    /// did-you-mean), non-scalar keys and merge keys. Call only with a mapping node.
    mutating func entries(of node: Node, in scope: KeyScope) -> [YAMLEntry] {
        guard case .mapping(let mapping) = node else { return [] }
        var result: [YAMLEntry] = []
        for (keyNode, value) in mapping {
            let position = YAMLPosition(of: keyNode)
            if repeatedKeyPositions.contains(position) { continue }
            guard case .scalar(let scalar) = keyNode else {
                error(.inputExpectedKeyName, ["found": .phrase(Self.describe(keyNode))], at: position)
                continue
            }
            if keyNode.tagName == .merge {
                error(.inputMergeKey, hint: Phrase(.inputHintMergeKey), at: position)
                continue
            }
            guard scope.keys.contains(scalar.string) else {
                error(
                    .inputUnknownKey,
                    ["key": "\(TerminalText.line(scalar.string, limit: TerminalText.maximumValueLength))", "scope": .phrase(Phrase(scope.description))],
                    hint: scope.hint(forUnknownKey: scalar.string), at: position)
                continue
            }
            result.append(YAMLEntry(key: scalar.string, keyPosition: position, value: value))
        }
        return result
    }

    /// The allowed keys that the unknown keys of a mapping look like misspellings of, so that a
    /// "missing required key" is not reported on top of "unknown key 'activSite' (did you mean …)".
    func misspelledKeys(of node: Node, in scope: KeyScope) -> Set<String> {
        guard case .mapping(let mapping) = node else { return [] }
        return Set(
            mapping.map(\.key).compactMap { key in
                guard let text = key.scalar?.string, !scope.keys.contains(text) else { return nil }
                return SpellingSuggestion.bestMatch(for: text, among: scope.keys)
            })
    }

    /// Reports that `node` is not `expected` (e.g. `.inputKindString`, "a string") and returns `nil`.
    mutating func mismatch<T>(_ node: Node, expected: MessageKey, for key: String, hint: Phrase? = nil) -> T? {
        let isEmpty = node.tagName == .null && node.scalar?.string.isEmpty == true
        let hint = hint ?? (isEmpty ? Phrase(.inputHintGiveValue, ["key": "\(key)"]) : nil)
        error(
            .inputExpected, ["expected": .phrase(Phrase(expected)), "key": "\(key)", "found": .phrase(Self.describe(node))],
            hint: hint, at: YAMLPosition(of: node))
        return nil
    }

    /// Whether `node` is a mapping; reports it when not.
    mutating func isMapping(_ node: Node, for key: String) -> Bool {
        if case .mapping = node { return true }
        let _: Bool? = mismatch(node, expected: .inputKindMapping, for: key)
        return false
    }

    mutating func sequence(_ node: Node, for key: String, hint: Phrase? = nil) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        return mismatch(node, expected: .inputKindList, for: key, hint: hint)
    }

    mutating func string(_ node: Node, for key: String) -> String? {
        guard case .scalar(let scalar) = node else { return mismatch(node, expected: .inputKindString, for: key) }
        guard node.tagName == .str else {
            let plainScalar: Set<Tag.Name> = [.int, .float, .bool, .null, .timestamp]
            let quotable = !scalar.string.isEmpty && plainScalar.contains(node.tagName)
            let hint = quotable ? Phrase(.inputHintQuoteIt, ["example": "\(key): \"\(scalar.string)\""]) : nil
            return mismatch(node, expected: .inputKindString, for: key, hint: hint)
        }
        return scalar.string
    }

    mutating func boolean(_ node: Node, for key: String) -> Bool? {
        guard case .scalar(let scalar) = node, node.tagName == .bool, let value = Bool.construct(from: scalar) else {
            return mismatch(node, expected: .inputKindBoolean, for: key)
        }
        return value
    }

    /// An integer; integral floats (`1.0`) are accepted because JSON Schema's `integer` accepts them.
    mutating func integer(_ node: Node, for key: String) -> Int? {
        if case .scalar(let scalar) = node {
            if node.tagName == .int {
                if let value = Int.construct(from: scalar) { return value }
                error(.inputTooLarge, ["value": "\(scalar.string)", "key": "\(key)"], at: YAMLPosition(of: node))
                return nil
            }
            if node.tagName == .float, let value = Double.construct(from: scalar), value.rounded() == value,
                abs(value) < 1e15
            {
                return Int(value)
            }
        }
        let quoted = node.tagName == .str ? node.scalar.flatMap { Int($0.string) } : nil
        return mismatch(
            node, expected: .inputKindWholeNumber, for: key, hint: quoted.map { Phrase(.inputHintRemoveQuotes, ["example": "\(key): \($0)"]) })
    }

    /// A duration such as `15m` or `1h30m` (see `TimeSpan(parsing:)`).
    mutating func duration(_ node: Node, for key: String) -> TimeSpan? {
        if case .scalar(let scalar) = node, node.tagName == .int {
            return mismatch(node, expected: .inputKindDuration, for: key, hint: Phrase(.inputHintAddUnit, ["value": "\(scalar.string)"]))
        }
        guard let text = string(node, for: key) else { return nil }
        if let span = TimeSpan(parsing: text) { return span }
        error(
            .inputInvalidDuration, ["value": "\(TerminalText.line(text, limit: TerminalText.maximumValueLength))", "key": "\(key)"],
            hint: DurationProblem(text).hint, at: YAMLPosition(of: node))
        return nil
    }

    /// One of the raw values of `T`, reporting the allowed values (and a did-you-mean) otherwise.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, for key: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, for: key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let hint = Phrase(.inputHintExpectedOneOf, ["values": "\(allowed.joined(separator: ", "))"])
        error(
            .inputInvalidValue, ["value": "\(text)", "key": "\(key)"],
            hint: hint.suggesting(SpellingSuggestion.bestMatch(for: text, among: allowed)), at: YAMLPosition(of: node))
        return nil
    }

    /// How a node reads in "found …": "a list", "a number", "nothing" (an empty value), …
    static func describe(_ node: Node) -> Phrase {
        switch node {
        case .mapping: return Phrase(.inputKindMapping)
        case .sequence: return Phrase(.inputKindList)
        case .alias: return Phrase(.inputKindAlias)
        case .scalar(let scalar):
            switch node.tagName {
            case .str: return Phrase(.inputKindString)
            case .int, .float: return Phrase(.inputKindNumber)
            case .bool: return Phrase(.inputKindBoolean)
            case .null: return Phrase(scalar.string.isEmpty ? .inputKindNothing : .inputKindNull)
            case .timestamp: return Phrase(.inputKindDate)
            case .binary: return Phrase(.inputKindBinary)
            case .merge: return Phrase(.inputKindMergeKey)
            case .value: return Phrase(.inputKindValueKey)
            default: return Phrase(.inputKindTagged, ["tag": "\(node.tagName.rawValue)"])
            }
        }
    }
}

extension Phrase {
    /// This hint followed by "; did you mean '…'?" when there is a suggestion, else the hint alone.
    func suggesting(_ suggestion: String?) -> Phrase {
        guard let suggestion else { return self }
        return Phrase(.inputHintWithSuggestion, ["hint": .phrase(self), "suggestion": "\(suggestion)"])
    }
}
