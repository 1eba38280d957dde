// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Finds the "did you mean …?" candidate for a misspelt word (a key, an enum value, a group address).
///
/// Uses the optimal-string-alignment edit distance (insertions, deletions, substitutions and swaps of
/// two neighbouring characters), compared case-insensitively, so `activSite`, `ActiveSite` and
/// `acitveSite` all suggest `activeSite`.
public enum SpellingSuggestion {
    /// The candidate closest to `word`, or `nil` when none is close enough to be a plausible typo.
    ///
    /// A candidate qualifies when its distance is at most a third of the word's length (at least 1,
    /// at most 3). Ties go to the candidate that comes first in `candidates`, so pass them in a stable order.
    public static func bestMatch(for word: String, among candidates: some Sequence<String>) -> String? {
        let limit = min(3, max(1, word.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The optimal-string-alignment distance between two strings, counted in characters.
    public static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows are enough: the transposition step looks two rows back.
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
