// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A length of time written the way people write it in YAML: `90s`, `15m`, `1h30m`, `2h`.
///
/// Whole seconds only; encoded as its canonical text (`"1h30m"`) so plans and reports stay readable.
public struct TimeSpan: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The length in whole seconds, never negative.
    public var seconds: Int

    public init(seconds: Int) {
        precondition(seconds >= 0, "a TimeSpan is never negative")
        self.seconds = seconds
    }

    public static func minutes(_ value: Int) -> TimeSpan { TimeSpan(seconds: value * 60) }
    public static func hours(_ value: Int) -> TimeSpan { TimeSpan(seconds: value * 3600) }

    /// Parses `<n>h`, `<n>m`, `<n>s` units in that order, at least one, e.g. `1h30m`, `45s`.
    ///
    /// Returns `nil` for anything else (empty text, unknown units, repeated or out-of-order units,
    /// a total of zero, or more than 7 days, which no switchover timeout needs).
    public init?(parsing text: String) {
        var rest = Substring(text)
        var total = 0
        var lastUnitRank = -1
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 7, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            guard let unit = rest.first else { return nil }
            rest = rest.dropFirst()
            let (rank, factor): (Int, Int)
            switch unit {
            case "h": (rank, factor) = (0, 3600)
            case "m": (rank, factor) = (1, 60)
            case "s": (rank, factor) = (2, 1)
            default: return nil
            }
            guard rank > lastUnitRank else { return nil }
            lastUnitRank = rank
            total += value * factor
        }
        guard total > 0, total <= 7 * 24 * 3600 else { return nil }
        self.seconds = total
    }

    /// The canonical text: `1h30m`, `15m`, `45s`, `2h0m5s` is written `2h5s`.
    public var description: String {
        if seconds == 0 { return "0s" }
        var text = ""
        let hours = seconds / 3600, minutes = (seconds % 3600) / 60, secs = seconds % 60
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if secs > 0 { text += "\(secs)s" }
        return text
    }

    /// The same length as a Swift `Duration`, for clocks and timeouts.
    public var duration: Duration { .seconds(seconds) }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.seconds < rhs.seconds }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = TimeSpan(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a duration like 90s, 15m or 1h30m")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
