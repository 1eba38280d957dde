// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire
import Testing

struct WireTimestampTests {
    /// 2018-05-04T03:43:24.108526Z.
    static let instant = Date(timeIntervalSince1970: 1_525_405_404.108526)

    @Test(arguments: [
        (WireTimestamp.Style.spaceSeparatedMilliseconds, "2018-05-04 03:43:24.108"),
        (.millisecondsZulu, "2018-05-04T03:43:24.108Z"),
        (.microsecondsNoZone, "2018-05-04T03:43:24.108526"),
        (.secondsZulu, "2018-05-04T03:43:24Z"),
    ])
    func formatsEachServiceStyle(style: WireTimestamp.Style, expected: String) {
        #expect(WireTimestamp.string(from: Self.instant, style: style) == expected)
    }

    @Test(arguments: [
        "2019-05-22 08:16:54.413", "2018-04-19T01:55:30.443Z", "2018-05-04T03:43:24.108526",
        "2019-05-22T03:30:52Z", "2016-04-25T20:04:47.591Z", "2018-11-06 11:09:25.861",
    ])
    func parsesEverySampleFormatAndFormatsItBack(sample: String) throws {
        let date = try #require(WireTimestamp.date(from: sample))
        let matching = WireTimestamp.Style.allCases.map { WireTimestamp.string(from: date, style: $0) }
        #expect(matching.contains(sample))
    }

    @Test func appliesOffsetsAndTreatsMissingZoneAsUTC() throws {
        let utc = try #require(WireTimestamp.date(from: "2024-03-15T08:15:30"))
        #expect(WireTimestamp.date(from: "2024-03-15T10:15:30+02:00") == utc)
        #expect(WireTimestamp.date(from: "2024-03-15T07:15:30-0100") == utc)
        #expect(utc == Date(timeIntervalSince1970: 1_710_490_530))
    }

    @Test func handlesDatesBeforeTheEpochAndLeapDays() throws {
        let date = try #require(WireTimestamp.date(from: "1969-12-31T23:59:59.5Z"))
        #expect(date.timeIntervalSince1970 == -0.5)
        #expect(WireTimestamp.string(from: date, style: .millisecondsZulu) == "1969-12-31T23:59:59.500Z")
        let leap = try #require(WireTimestamp.date(from: "2024-02-29 00:00:00.000"))
        #expect(WireTimestamp.string(from: leap, style: .secondsZulu) == "2024-02-29T00:00:00Z")
    }

    @Test(arguments: [
        "", "2024-02-30T00:00:00Z", "2023-02-29 00:00:00", "2024-13-01T00:00:00Z", "2024-03-15", "2024-03-15T25:00:00Z",
        "2024-03-15T10:00:00Zjunk", "2024-03-15T10:00:00.",
    ])
    func rejectsTextThatIsNotATimestamp(text: String) {
        #expect(WireTimestamp.date(from: text) == nil)
    }
}
