// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// An ordered collection of Diagnostic values with the helpers parsers and validators need.
public struct Diagnostics: Sendable, Hashable, Codable, Sequence {
    /// The diagnostics in the order they were found.
    public private(set) var items: [Diagnostic]

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    /// Whether any diagnostic is an error (warnings and notes do not make the input unusable).
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    public var isEmpty: Bool { items.isEmpty }
    public var count: Int { items.count }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { items.append(contentsOf: other.items) }

    /// Records an error at `location`, from the catalogue (see ``Diagnostic``).
    public mutating func error(_ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:], hint: Phrase? = nil, at location: SourceLocation?) {
        append(Diagnostic(severity: .error, key, arguments, hint: hint, location: location))
    }

    /// Records a warning at `location`, from the catalogue (see ``Diagnostic``).
    public mutating func warning(_ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:], hint: Phrase? = nil, at location: SourceLocation?) {
        append(Diagnostic(severity: .warning, key, arguments, hint: hint, location: location))
    }

    /// The diagnostics sorted by position (those without a position first), for stable output.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    public func makeIterator() -> IndexingIterator<[Diagnostic]> { items.makeIterator() }
}
