// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Parsing and formatting of the timestamp strings SDRS and ECS send (reference §1.3).
///
/// Wire types keep timestamps as the strings they received, because the services use several
/// formats and the SDK treats them as opaque. Use `date(from:)` to read any of them, and
/// `string(from:style:)` to produce the exact format a field uses. All times are UTC. Pure
/// arithmetic, no formatters or locales.
public enum WireTimestamp {
    /// The formats the services use, by field.
    public enum Style: Sendable, Hashable, CaseIterable {
        /// `2019-05-22 08:16:54.413`: SDRS protection group and protected instance
        /// `created_at`/`updated_at`.
        case spaceSeparatedMilliseconds
        /// `2018-04-19T01:55:30.443Z`: SDRS and ECS job `begin_time`/`end_time`.
        case millisecondsZulu
        /// `2018-05-04T03:43:24.108526`: SDRS replication `created_at`/`updated_at`, ECS
        /// `OS-SRV-USG:launched_at`.
        case microsecondsNoZone
        /// `2019-05-22T03:30:52Z`: ECS server `created`/`updated`, `fault.created`.
        case secondsZulu
    }

    /// Formats `date` in `style`: rounded to the microsecond, then truncated to the style's precision.
    public static func string(from date: Date, style: Style) -> String {
        let microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let (seconds, fraction) = floorDivide(microseconds, 1_000_000)
        let (days, secondOfDay) = floorDivide(seconds, 86_400)
        let (year, month, day) = civilDate(fromDaysSinceEpoch: days)
        let datePart = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        let timePart = pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        switch style {
        case .spaceSeparatedMilliseconds: return datePart + " " + timePart + "." + pad(fraction / 1000, 3)
        case .millisecondsZulu: return datePart + "T" + timePart + "." + pad(fraction / 1000, 3) + "Z"
        case .microsecondsNoZone: return datePart + "T" + timePart + "." + pad(fraction, 6)
        case .secondsZulu: return datePart + "T" + timePart + "Z"
        }
    }

    /// Parses any of the service formats, leniently: date and time separated by `T` or a space,
    /// optional fraction of any length, optional `Z` or `±HH:MM`/`±HHMM` offset (none means UTC).
    ///
    /// - Returns: The instant, or `nil` if the text is not such a timestamp.
    public static func date(from text: String) -> Date? {
        var scanner = Scanner(Array(text.trimmingWhitespace().utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2),
            scanner.skip("-"), let day = scanner.number(digits: 2),
            scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
            let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2),
            scanner.skip(":"), let second = scanner.number(digits: 2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if scanner.skip(".") || scanner.skip(",") {
            guard let digits = scanner.digitRun(), !digits.isEmpty else { return nil }
            fraction = Double("0." + digits) ?? 0
        }
        var offsetSeconds = 0
        if scanner.skip("Z") || scanner.skip("z") {
            // UTC.
        } else if let sign = scanner.next(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            guard let hours = scanner.number(digits: 2) else { return nil }
            _ = scanner.skip(":")
            let minutes = scanner.number(digits: 2) ?? 0
            offsetSeconds = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        } else if !scanner.isAtEnd {
            return nil
        }
        guard scanner.isAtEnd else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Character) -> Bool {
            guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func next() -> UInt8? {
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func number(digits count: Int) -> Int? {
            guard bytes.count - index >= count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }

        mutating func digitRun() -> String? {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
        return (quotient, value - quotient * divisor)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(fromDaysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
