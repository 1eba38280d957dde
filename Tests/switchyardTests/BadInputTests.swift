// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Every malformed input is a clear message on stderr, exit 1, and no changing
/// cloud call (checked through the emulator's request counts).
@Suite("Bad input: clear message, exit 1, no changing call")
struct BadInputTests {
    @Test func theTableCoversAtLeastFortyInputs() {
        #expect(BadInputTable.rows.count >= 40)
        #expect(Set(BadInputTable.rows.map(\.name)).count == BadInputTable.rows.count)
    }

    @Test(arguments: BadInputTable.rows)
    func isRefusedClearly(_ row: BadInput) throws {
        try row.check()
    }

    /// A torn last line is what a crash while appending leaves: ignored with a warning naming the line.
    @Test func aTornLastJournalLineIsToleratedWithAWarning() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let torn = BadInputTable.header() + "\n" + BadInputTable.intent.prefix(40)
        try Data(torn.utf8).write(to: work.appendingPathComponent("journal.jsonl"))
        let result = try CommandRunner.switchyard(
            ["apply", "-f", BadInput.quickstartDesired.path, "--auto-approve", "--journal", "journal.jsonl", "--no-color"]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.contains("warning: journal.jsonl:2: the last journal record was cut short"))
        // The run after it reads a clean journal: the fragment was cut off, not glued to a header.
        let again = try CommandRunner.switchyard(
            ["apply", "-f", BadInput.quickstartDesired.path, "--auto-approve", "--journal", "journal.jsonl", "--no-color"]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work)
        #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        #expect(!again.stderr.contains("cut short") && !again.stderr.contains("corrupt"))
    }
}
