// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write-ahead journal on disk: JSON Lines, one record per line, appended and fsync'd per
/// record. The file is created with mode 0600 and a missing parent directory with 0700.
public actor FileJournalWriter: JournalWriter {
    /// The conventional path, relative to the working directory.
    public static let defaultPath = ".switchyard/journal.jsonl"

    public nonisolated let path: String
    private let descriptor: Int32

    /// Opens (creating if needed) the journal at `path` for appending.
    ///
    /// - Throws: `JournalError.unwritable` when the directory or file cannot be created/opened.
    public init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw JournalError.unwritable(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
            }
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw JournalError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        // An existing file keeps its mode on open(2): tighten it.
        _ = fchmod(fd, 0o600)
        self.descriptor = fd
    }

    deinit { close(descriptor) }

    public func append(_ record: JournalRecord) async throws {
        var line = try JournalCoding.encoder.encode(record)
        line.append(UInt8(ascii: "\n"))
        try line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw JournalError.unwritable(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else {
            throw JournalError.unwritable(path: path, reason: "fsync: " + String(cString: strerror(errno)))
        }
    }
}

/// The JSON settings shared by the journal writer and reader.
enum JournalCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
