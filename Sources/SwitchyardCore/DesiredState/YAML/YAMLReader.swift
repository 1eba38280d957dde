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

    mutating func error(_ message: String, hint: String? = nil, at position: YAMLPosition) {
        diagnostics.error(message, hint: hint, at: location(position))
    }

    mutating func warning(_ message: String, hint: String? = nil, at position: YAMLPosition) {
        diagnostics.warning(message, hint: hint, at: location(position))
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
                error("expected a key name, found \(Self.describe(keyNode))", at: position)
                continue
            }
            if keyNode.tagName == .merge {
                error(
                    "merge keys ('<<') are not supported",
                    hint: "write the keys out; plain aliases such as '*defaults' are fine",
                    at: position)
                continue
            }
            guard scope.keys.contains(scalar.string) else {
                error("unknown key '\(TerminalText.line(scalar.string, limit: TerminalText.maximumValueLength))' \(scope.description)", hint: scope.hint(forUnknownKey: scalar.string), at: position)
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

    /// Reports that `node` is not `expected` (e.g. "a string") and returns `nil`.
    mutating func mismatch<T>(_ node: Node, expected: String, for key: String, hint: String? = nil) -> T? {
        let isEmpty = node.tagName == .null && node.scalar?.string.isEmpty == true
        let hint = hint ?? (isEmpty ? "give '\(key)' a value or remove the key" : nil)
        error("expected \(expected) for '\(key)', found \(Self.describe(node))", hint: hint, at: YAMLPosition(of: node))
        return nil
    }

    /// Whether `node` is a mapping; reports it when not.
    mutating func isMapping(_ node: Node, for key: String) -> Bool {
        if case .mapping = node { return true }
        let _: Bool? = mismatch(node, expected: "a mapping", for: key)
        return false
    }

    mutating func sequence(_ node: Node, for key: String, hint: String? = nil) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        return mismatch(node, expected: "a list", for: key, hint: hint)
    }

    mutating func string(_ node: Node, for key: String) -> String? {
        guard case .scalar(let scalar) = node else { return mismatch(node, expected: "a string", for: key) }
        guard node.tagName == .str else {
            let plainScalar: Set<Tag.Name> = [.int, .float, .bool, .null, .timestamp]
            let quotable = !scalar.string.isEmpty && plainScalar.contains(node.tagName)
            let hint = quotable ? "quote it if you mean the text: \(key): \"\(scalar.string)\"" : nil
            return mismatch(node, expected: "a string", for: key, hint: hint)
        }
        return scalar.string
    }

    mutating func boolean(_ node: Node, for key: String) -> Bool? {
        guard case .scalar(let scalar) = node, node.tagName == .bool, let value = Bool.construct(from: scalar) else {
            return mismatch(node, expected: "true or false", for: key)
        }
        return value
    }

    /// An integer; integral floats (`1.0`) are accepted because JSON Schema's `integer` accepts them.
    mutating func integer(_ node: Node, for key: String) -> Int? {
        if case .scalar(let scalar) = node {
            if node.tagName == .int {
                if let value = Int.construct(from: scalar) { return value }
                error("'\(scalar.string)' is too large for '\(key)'", at: YAMLPosition(of: node))
                return nil
            }
            if node.tagName == .float, let value = Double.construct(from: scalar), value.rounded() == value,
                abs(value) < 1e15
            {
                return Int(value)
            }
        }
        let quoted = node.tagName == .str ? node.scalar.flatMap { Int($0.string) } : nil
        return mismatch(node, expected: "a whole number", for: key, hint: quoted.map { "remove the quotes: \(key): \($0)" })
    }

    /// A duration such as `15m` or `1h30m` (see `TimeSpan(parsing:)`).
    mutating func duration(_ node: Node, for key: String) -> TimeSpan? {
        if case .scalar(let scalar) = node, node.tagName == .int {
            return mismatch(
                node, expected: "a duration", for: key,
                hint: "add a unit, such as '\(scalar.string)m' for minutes or '\(scalar.string)s' for seconds")
        }
        guard let text = string(node, for: key) else { return nil }
        if let span = TimeSpan(parsing: text) { return span }
        error("invalid duration '\(TerminalText.line(text, limit: TerminalText.maximumValueLength))' for '\(key)'", hint: DurationProblem(text).hint, at: YAMLPosition(of: node))
        return nil
    }

    /// One of the raw values of `T`, reporting the allowed values (and a did-you-mean) otherwise.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, for key: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, for: key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        var hint = "expected one of \(allowed.joined(separator: ", "))"
        if let suggestion = SpellingSuggestion.bestMatch(for: text, among: allowed) {
            hint += "; did you mean '\(suggestion)'?"
        }
        error("invalid value '\(text)' for '\(key)'", hint: hint, at: YAMLPosition(of: node))
        return nil
    }

    /// How a node reads in "found …": "a list", "a number", "nothing" (an empty value), …
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch node.tagName {
            case .str: return "a string"
            case .int, .float: return "a number"
            case .bool: return "true or false"
            case .null: return scalar.string.isEmpty ? "nothing" : "null"
            case .timestamp: return "a date"
            case .binary: return "binary data"
            case .merge: return "a merge key ('<<')"
            case .value: return "a value key ('=')"
            default: return "a value tagged '\(node.tagName.rawValue)'"
            }
        }
    }
}
