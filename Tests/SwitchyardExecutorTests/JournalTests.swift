// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardExecutor
import Testing

@Suite("Write-ahead journal")
struct JournalTests {
    static let at = Date(timeIntervalSince1970: 1_800_000_000)
    static let header = JournalHeader(projectID: "p1", region: "r1", runID: "run-1", startedAt: at, switchyardVersion: "test")
    static let records: [JournalRecord] = [
        .header(header),
        .intent(JournalIntent(sequence: 1, runID: "run-1", groupID: "g", address: "web", step: .stopServers, serverIDs: ["s1"], stopMode: .soft, at: at)),
        .outcome(JournalOutcome(sequence: 1, runID: "run-1", groupID: "g", jobID: CloudJobID(service: .ecs, id: "e1"), at: at)),
        .intent(JournalIntent(sequence: 2, runID: "run-1", groupID: "g", address: "web", step: .reverse, targetSite: .target, at: at)),
        .outcome(JournalOutcome(sequence: 2, runID: "run-1", groupID: "g", errorCode: "SDRS.1305", httpStatus: 400, errorMessage: "not stopped", requestID: "req-1", at: at)),
    ]

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func roundTripsWithPrivateModes() async throws {
        let base = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let path = base.appendingPathComponent(".switchyard/journal.jsonl").path
        let writer = try FileJournalWriter(path: path)
        for record in Self.records { try await writer.append(record) }
        let contents = try JournalReader.read(path: path, projectID: "p1")
        #expect(contents.records == Self.records)
        #expect(contents.truncatedLastLine == nil)
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let directoryMode = try FileManager.default.attributesOfItem(atPath: base.appendingPathComponent(".switchyard").path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(directoryMode == 0o700)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == Self.records.count)
        #expect(text.contains("\"type\":\"intent\""))
    }

    @Test func appendsAcrossWriters() async throws {
        let base = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let path = base.appendingPathComponent("j.jsonl").path
        try await FileJournalWriter(path: path).append(Self.records[0])
        try await FileJournalWriter(path: path).append(Self.records[1])
        #expect(try JournalReader.read(path: path, projectID: nil).records == Array(Self.records.prefix(2)))
    }

    func lines(_ records: [JournalRecord]) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
    }

    @Test func corruptMiddleLineIsAnErrorNamingTheLine() throws {
        var text = try lines(Self.records)
        text[2] = "{\"type\":\"outcome\",\"seq"
        let data = Data((text.joined(separator: "\n") + "\n").utf8)
        #expect(throws: JournalError.corrupt(path: "j.jsonl", line: 3, reason: "not a journal record")) {
            try JournalReader.parse(data, path: "j.jsonl", projectID: "p1")
        }
    }

    @Test func truncatedLastLineIsToleratedAndReported() throws {
        let text = try lines(Self.records)
        let cut = text.dropLast().joined(separator: "\n") + "\n" + text.last!.prefix(20)
        let contents = try JournalReader.parse(Data(cut.utf8), path: "j.jsonl", projectID: "p1")
        #expect(contents.records == Array(Self.records.dropLast()))
        #expect(contents.truncatedLastLine == 5)
    }

    @Test func terminatedButCorruptLastLineIsAnError() throws {
        let text = try lines(Array(Self.records.prefix(2))) + ["garbage"]
        #expect(throws: JournalError.corrupt(path: "j.jsonl", line: 3, reason: "not a journal record")) {
            try JournalReader.parse(Data((text.joined(separator: "\n") + "\n").utf8), path: "j.jsonl", projectID: "p1")
        }
    }

    @Test func headerOfAnotherProjectIsAnError() throws {
        let data = Data((try lines(Self.records).joined(separator: "\n") + "\n").utf8)
        #expect(throws: JournalError.foreignProject(path: "j.jsonl", line: 1, found: "p1", expected: "p2")) {
            try JournalReader.parse(data, path: "j.jsonl", projectID: "p2")
        }
    }

    @Test func recordBeforeHeaderIsAnError() throws {
        let data = Data((try lines(Array(Self.records.dropFirst())).joined(separator: "\n") + "\n").utf8)
        #expect(throws: JournalError.missingHeader(path: "j.jsonl", line: 1)) {
            try JournalReader.parse(data, path: "j.jsonl", projectID: nil)
        }
    }

    @Test func missingFileIsAnEmptyJournal() throws {
        #expect(try JournalReader.read(path: "/nonexistent/\(UUID().uuidString)", projectID: "p1").records.isEmpty)
    }

    @Test func recordsNeverContainSecretsFields() throws {
        let text = try lines(Self.records).joined()
        for word in ["secret", "signature", "authorization", "token"] { #expect(!text.lowercased().contains(word)) }
    }
}
