// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Finds the "did you mean …?" candidate for a misspelt word (a key, an enum value, a group address).
///
/// Uses the optimal-string-alignment edit distance (insertions, deletions, substitutions and swaps of
/// two neighbouring characters), compared case-insensitively, so `activSite`, `ActiveSite` and
/// `acitveSite` all suggest `activeSite`. Distances are counted in Unicode scalars.
public struct SpellingSuggestion: Sendable {
    private let candidates: [(word: String, folded: [Unicode.Scalar])]

    /// Prepares `candidates` once, for looking up many words against the same list.
    /// Ties go to the candidate that comes first, so pass them in a stable order.
    public init(candidates: some Sequence<String>) {
        self.candidates = candidates.map { ($0, Array($0.lowercased().unicodeScalars)) }
    }

    /// The candidate closest to `word`, or `nil` when none is close enough to be a plausible typo.
    ///
    /// A candidate qualifies when its distance is at most a third of the word's length (at least 1,
    /// at most 3) and it is not `word` itself.
    public func bestMatch(for word: String) -> String? {
        let folded = Array(word.lowercased().unicodeScalars)
        let limit = min(3, max(1, folded.count / 3))
        var best: (word: String, distance: Int)?
        for candidate in candidates where candidate.word != word && abs(candidate.folded.count - folded.count) <= limit {
            guard let distance = Self.distance(folded, candidate.folded, atMost: best.map { $0.distance - 1 } ?? limit)
            else { continue }
            best = (candidate.word, distance)
        }
        return best?.word
    }

    /// `SpellingSuggestion(candidates:).bestMatch(for:)` in one call.
    public static func bestMatch(for word: String, among candidates: some Sequence<String>) -> String? {
        SpellingSuggestion(candidates: candidates).bestMatch(for: word)
    }

    /// The optimal-string-alignment distance between two strings, counted in Unicode scalars.
    public static func editDistance(_ left: String, _ right: String) -> Int {
        distance(Array(left.unicodeScalars), Array(right.unicodeScalars), atMost: Int.max) ?? Int.max
    }

    /// The distance when it is at most `limit`, else `nil`, giving up as soon as a row of the
    /// table exceeds the limit (row minima never decrease, transpositions included).
    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard limit >= 0 else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        // Three rows are enough: the transposition step looks two rows back.
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
