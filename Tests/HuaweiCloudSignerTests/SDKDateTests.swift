// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

@Suite("X-Sdk-Date formatting and parsing")
struct SDKDateTests {
    @Test(arguments: [
        (1_710_490_530.0, "20240315T081530Z"),
        (1_710_490_530.999, "20240315T081530Z"),  // fractions are truncated, never rounded up
        (0.0, "19700101T000000Z"),
        (-0.5, "19691231T235959Z"),
        (951_782_400.0, "20000229T000000Z"),  // leap day of a century leap year
        (4_107_542_399.0, "21000228T235959Z"),  // 2100 is not a leap year
        (253_402_300_799.0, "99991231T235959Z"),
    ])
    func formatsUTCInFixedWidth(_ seconds: Double, _ expected: String) {
        #expect(SDKSigner.formatSDKDate(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func formatMatchesGregorianCalendarForManyDates() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var seconds: Int64 = -2_208_988_800  // 1900-01-01
        while seconds < 4_102_444_800 {  // 2100-01-01
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let fields = [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second]
            let values = try fields.map { try #require($0) }
            let expected = String(format: "%04d%02d%02dT%02d%02d%02dZ", values[0], values[1], values[2], values[3], values[4], values[5])
            let formatted = SDKSigner.formatSDKDate(date)
            #expect(formatted == expected)
            #expect(SDKSigner.parseSDKDate(formatted) == date)
            seconds += 86_400 * 7 + 3_601 * 5 + 17
        }
    }

    @Test func parsesValidValues() {
        #expect(SDKSigner.parseSDKDate("20240315T081530Z") == Date(timeIntervalSince1970: 1_710_490_530))
        #expect(SDKSigner.parseSDKDate("20240229T235959Z") == Date(timeIntervalSince1970: 1_709_251_199))
    }

    @Test(arguments: [
        "", "20240315T081530", "20240315 081530Z", "2024-03-15T08:15:30Z", "20240315t081530Z", "20240315T081530z",
        "20230229T000000Z", "21000229T000000Z", "20241301T000000Z", "20240001T000000Z", "20240100T000000Z",
        "20240431T000000Z", "20240315T240000Z", "20240315T086000Z", "20240315T081560Z", "00000101T000000Z",
        "2024031５T081530Z", "+2024315T081530Z", "20240315T081530Z ", "120240315T081530Z",
    ])
    func rejectsAnythingElse(_ value: String) {
        #expect(SDKSigner.parseSDKDate(value) == nil)
    }

    @Test func formattingIsSafeFromManyTasksAtOnce() async {
        let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for offset in 0..<200 {
                group.addTask {
                    let date = Date(timeIntervalSince1970: 1_710_490_530 + Double(offset) * 3_671)
                    return SDKSigner.parseSDKDate(SDKSigner.formatSDKDate(date)) == date
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 })
    }
}
