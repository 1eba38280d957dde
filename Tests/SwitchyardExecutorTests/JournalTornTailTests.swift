// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardExecutor
import Testing

/// A crash in the middle of an append leaves a last line without its newline. The reader ignores
/// it once; the next writer must make sure its own records start on a fresh line.
@Suite("Journal after a torn write")
struct JournalTornTailTests {
    static let records = JournalTests.records

    static func encoded(_ record: JournalRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    static func journal(startingWith text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("journal.jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFragmentIsCutOffBeforeTheNextRunAppends() async throws {
        let whole = try Self.encoded(Self.records[0]) + "\n" + Self.encoded(Self.records[1]) + "\n"
        let path = try Self.journal(startingWith: whole + String(try Self.encoded(Self.records[2]).prefix(30)))
        #expect(try JournalReader.read(path: path, projectID: "p1").truncatedLastLine == 3)
        let writer = try FileJournalWriter(path: path)
        try await writer.append(Self.records[3])
        let contents = try JournalReader.read(path: path, projectID: "p1")
        #expect(contents.records == [Self.records[0], Self.records[1], Self.records[3]])
        #expect(contents.truncatedLastLine == nil)
    }

    @Test func aCompleteLastRecordWithoutNewlineIsKept() async throws {
        let path = try Self.journal(startingWith: try Self.encoded(Self.records[0]) + "\n" + Self.encoded(Self.records[1]))
        let writer = try FileJournalWriter(path: path)
        try await writer.append(Self.records[2])
        #expect(try JournalReader.read(path: path, projectID: "p1").records == Array(Self.records.prefix(3)))
    }

    @Test func anEmptyJournalIsNotATornLine() throws {
        let path = try Self.journal(startingWith: "")
        let contents = try JournalReader.read(path: path, projectID: "p1")
        #expect(contents.records.isEmpty && contents.truncatedLastLine == nil)
    }
}
