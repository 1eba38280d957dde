// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Reads a journal back, strictly: any damage other than a truncated last line is an error
/// naming file:line, never a guess.
public enum JournalReader {
    /// What was read.
    public struct Contents: Sendable, Hashable {
        public var records: [JournalRecord]
        /// The 1-based line number of an unterminated, undecodable last line (a crash mid-write),
        /// which was ignored; `nil` when the file ended cleanly.
        public var truncatedLastLine: Int?
    }

    /// The largest journal read, in bytes (64 MiB, thousands of runs); a larger one is refused.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Reads `path`. A missing file is an empty journal.
    ///
    /// - Parameters:
    ///   - projectID: when given, a header for any other project is an error.
    ///   - region: when given, a header for any other region is an error.
    /// - Throws: `JournalError`.
    public static func read(path: String, projectID: String?, region: String? = nil) throws -> Contents {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return Contents(records: [], truncatedLastLine: nil) }
        guard !isDirectory.boolValue else {
            throw JournalError.unreadable(path: path, reason: "it is a directory; --journal names the journal file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw JournalError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte past the limit is enough to know the file is too large.
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw JournalError.unreadable(path: path, reason: error.localizedDescription)
        }
        guard data.count <= maximumFileSize else {
            throw JournalError.unreadable(path: path, reason: "it is larger than 64 MiB; move it aside (it is an audit trail) and start a new journal")
        }
        return try parse(data, path: path, projectID: projectID, region: region)
    }

    /// Parses journal bytes (`path` is only used in errors).
    ///
    /// - Parameters:
    ///   - projectID: when given, a header for any other project is an error.
    ///   - region: when given, a header for any other region is an error.
    public static func parse(_ data: Data, path: String, projectID: String?, region: String? = nil) throws -> Contents {
        // An empty file (created, then a crash before the first record) has no lines at all, not
        // one torn line.
        guard !data.isEmpty else { return Contents(records: [], truncatedLastLine: nil) }
        let bytes = [UInt8](data)
        let endsWithNewline = bytes.last == UInt8(ascii: "\n")
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if endsWithNewline { lines.removeLast() }
        var records: [JournalRecord] = []
        var truncated: Int?
        var sawHeader = false
        let decoder = JournalCoding.decoder
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let isLast = index == lines.count - 1
            let record: JournalRecord
            do {
                record = try decoder.decode(JournalRecord.self, from: Data(line))
            } catch {
                if isLast && !endsWithNewline {
                    truncated = number
                    break
                }
                throw JournalError.corrupt(path: path, line: number, reason: line.isEmpty ? "empty line" : "not a journal record")
            }
            if case .header(let header) = record {
                guard header.formatVersion == JournalHeader.currentFormatVersion else {
                    throw JournalError.unsupportedVersion(path: path, line: number, version: header.formatVersion)
                }
                if let projectID, header.projectID != projectID {
                    throw JournalError.foreignProject(path: path, line: number, found: header.projectID, expected: projectID)
                }
                if let region, header.region != region {
                    throw JournalError.foreignRegion(path: path, line: number, found: header.region, expected: region)
                }
                sawHeader = true
            } else if !sawHeader {
                throw JournalError.missingHeader(path: path, line: number)
            }
            records.append(record)
        }
        return Contents(records: records, truncatedLastLine: truncated)
    }
}
