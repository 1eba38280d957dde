// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Formats instants the way each API field does (§1.3 of the API reference), without `DateFormatter`.
///
/// All output is UTC. The civil-date conversion is Howard Hinnant's `civil_from_days`, so the result is
/// deterministic and independent of the process locale or time zone.
enum EmulatorTimestamp {
    /// SDRS job times: `2018-04-19T01:55:30.443Z`.
    static func job(_ date: Date) -> String {
        let parts = Parts(date)
        return "\(parts.date)T\(parts.time).\(pad(parts.millis, 3))Z"
    }

    /// SDRS protection group and protected instance times: `2019-05-22 08:16:54.413`.
    static func sdrsResource(_ date: Date) -> String {
        let parts = Parts(date)
        return "\(parts.date) \(parts.time).\(pad(parts.millis, 3))"
    }

    /// SDRS replication pair times: `2018-05-04T03:43:24.108526`.
    static func replication(_ date: Date) -> String {
        let parts = Parts(date)
        return "\(parts.date)T\(parts.time).\(pad(parts.micros, 6))"
    }

    /// ECS server `created`/`updated`: `2019-05-22T03:30:52Z`.
    static func ecs(_ date: Date) -> String {
        let parts = Parts(date)
        return "\(parts.date)T\(parts.time)Z"
    }

    /// ECS `OS-SRV-USG:launched_at`: `2018-09-13T07:04:09.197749`.
    static func launched(_ date: Date) -> String {
        replication(date)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private struct Parts {
        var date: String
        var time: String
        var millis: Int
        var micros: Int

        init(_ instant: Date) {
            // Clamped to years 0001...9999 first: a Double → Int64 conversion out of range traps.
            let scaled = (instant.timeIntervalSince1970 * 1_000_000).rounded(.down)
            let totalMicros = scaled.isNaN ? 0 : Int64(min(max(scaled, -62_135_596_800_000_000), 253_402_300_700_000_000))
            var seconds = totalMicros / 1_000_000
            var micros = Int(totalMicros % 1_000_000)
            if micros < 0 {
                micros += 1_000_000
                seconds -= 1
            }
            var days = seconds / 86_400
            var secondOfDay = seconds % 86_400
            if secondOfDay < 0 {
                secondOfDay += 86_400
                days -= 1
            }
            let (year, month, day) = Self.civil(fromDays: days)
            self.date =
                "\(EmulatorTimestamp.pad(Int(year), 4))-\(EmulatorTimestamp.pad(month, 2))-\(EmulatorTimestamp.pad(day, 2))"
            let hour = Int(secondOfDay / 3600)
            let minute = Int(secondOfDay % 3600 / 60)
            let second = Int(secondOfDay % 60)
            self.time =
                "\(EmulatorTimestamp.pad(hour, 2)):\(EmulatorTimestamp.pad(minute, 2)):\(EmulatorTimestamp.pad(second, 2))"
            self.micros = micros
            self.millis = micros / 1000
        }

        static func civil(fromDays input: Int64) -> (Int64, Int, Int) {
            let z = input + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let monthPrime = (5 * dayOfYear + 2) / 153
            let day = Int(dayOfYear - (153 * monthPrime + 2) / 5 + 1)
            let month = Int(monthPrime < 10 ? monthPrime + 3 : monthPrime - 9)
            let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
            return (year, month, day)
        }
    }
}
