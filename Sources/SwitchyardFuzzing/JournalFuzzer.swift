// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardExecutor

/// Journal bytes → `JournalReader.parse`, as an audit of a journal reads it (apply never reads
/// journals back: the live state decides).
///
/// Promises checked: damage is a `JournalError` naming the file and a line inside it; a tolerated
/// torn last line is the last line; and accepted records, written back as the writer writes them,
/// read back as the same records.
enum JournalFuzzer {
    static let file = "fuzz-journal.jsonl"
    static let projectID = "0123456789abcdef0123456789abcdef"
    static let region = "cn-north-4"

    static func run(_ data: Data) {
        let lineCount = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        let contents: JournalReader.Contents
        do {
            contents = try JournalReader.parse(data, path: file, projectID: projectID, region: region)
        } catch let error as JournalError {
            let text = error.description
            precondition(text.hasPrefix(file + ":") && !text.contains("\n"), "an error names the file: \(text)")
            return
        } catch {
            preconditionFailure("only JournalError is thrown, not \(error)")
        }
        if let truncated = contents.truncatedLastLine {
            precondition(truncated == lineCount && data.last != UInt8(ascii: "\n"), "only an unterminated last line is tolerated")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var written = Data()
        for record in contents.records {
            do {
                written.append(try encoder.encode(record))
            } catch {
                preconditionFailure("an accepted record encodes: \(error)")
            }
            written.append(UInt8(ascii: "\n"))
        }
        do {
            let again = try JournalReader.parse(written, path: file, projectID: projectID, region: region)
            precondition(again.records == contents.records && again.truncatedLastLine == nil, "write → read gives the same records")
        } catch {
            preconditionFailure("records the reader accepted read back: \(error)")
        }
    }
}
