// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Why a text is not a `TimeSpan`, phrased as a hint the user can act on.
struct DurationProblem {
    let hint: Phrase

    init(_ text: String) {
        guard let seconds = Self.secondsIgnoringLimits(text) else {
            hint = Phrase(.inputHintDurationFormat)
            return
        }
        hint = Phrase(seconds == 0 ? .inputHintDurationZero : .inputHintDurationTooLong)
    }

    /// The total of a well-formed `<n>h<n>m<n>s` text without the zero and 7-day limits, else `nil`.
    private static func secondsIgnoringLimits(_ text: String) -> Int? {
        var rest = Substring(text)
        var total = 0
        var lastRank = -1
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 7, let value = Int(digits), let unit = rest.dropFirst(digits.count).first
            else { return nil }
            let ranks: [Character: (rank: Int, factor: Int)] = ["h": (0, 3600), "m": (1, 60), "s": (2, 1)]
            guard let (rank, factor) = ranks[unit], rank > lastRank else { return nil }
            lastRank = rank
            total += value * factor
            rest = rest.dropFirst(digits.count + 1)
        }
        return total
    }
}
