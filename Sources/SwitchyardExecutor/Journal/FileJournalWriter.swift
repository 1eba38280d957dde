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
    /// - Throws: `JournalError.unwritable` when the directory or file cannot be created/opened,
    ///   when `path` is a symbolic link (never followed) or not a regular file.
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
        // O_NOFOLLOW: a journal path that is a symbolic link is refused, never followed (a link
        // planted there would make switchyard append to, and chmod, whatever it points at).
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard fd >= 0 else {
            let reason = errno == ELOOP
                ? "it is a symbolic link, which switchyard does not follow for its journal; give the path of a regular file"
                : String(cString: strerror(errno))
            throw JournalError.unwritable(path: path, reason: reason)
        }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & 0o170000) == 0o100000 else {  // S_ISREG
            close(fd)
            throw JournalError.unwritable(path: path, reason: "it is not a regular file (a FIFO, device or socket); give the path of a regular file")
        }
        // An existing file keeps its mode on open(2): tighten it.
        _ = fchmod(fd, 0o600)
        self.descriptor = fd
        try Self.endTornLastLine(descriptor: fd, path: path)
    }

    /// Makes a journal that a crash left without a final newline end on a line boundary, so this
    /// run's records start on a line of their own: a complete last record gets its newline, an
    /// undecodable fragment (what `JournalReader` reported as `truncatedLastLine` and ignored) is cut
    /// off. Otherwise the next reader would see the fragment glued to this run's header, in the
    /// middle of the file, and refuse the whole journal as corrupt.
    private static func endTornLastLine(descriptor fd: Int32, path: String) throws {
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return }
        let chunk = Int(min(size, 1 << 20))
        var tail = [UInt8](repeating: 0, count: chunk)
        let read = pread(fd, &tail, chunk, off_t(size) - off_t(chunk))
        guard read == chunk else {
            throw JournalError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard tail.last != UInt8(ascii: "\n") else { return }
        let lineStart = tail.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let fragment = Data(tail[lineStart...])
        if (try? JournalCoding.decoder.decode(JournalRecord.self, from: fragment)) != nil {
            var newline = UInt8(ascii: "\n")
            guard write(fd, &newline, 1) == 1 else {
                throw JournalError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
        } else if ftruncate(fd, off_t(size) - off_t(chunk - lineStart)) != 0 {
            throw JournalError.unwritable(path: path, reason: "cannot cut off the torn last line: " + String(cString: strerror(errno)))
        }
    }

    deinit { close(descriptor) }

    public func append(_ record: JournalRecord) async throws {
        try await append(contentsOf: [record])
    }

    /// Writes every record, then one `fsync`: the intents (or outcomes) of all the calls of one
    /// apply tick cost one disk flush, not one each.
    public func append(contentsOf records: [JournalRecord]) async throws {
        guard !records.isEmpty else { return }
        var line = Data()
        let encoder = JournalCoding.encoder
        for record in records {
            line.append(try encoder.encode(record))
            line.append(UInt8(ascii: "\n"))
        }
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

    /// Reads dates exactly as `encoder` writes them (`2024-03-15T08:15:30Z`): anything the ISO 8601
    /// parser would also accept (`08:15:3.3Z`, other offsets) is a damaged record, not a guess.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            let format = Date.ISO8601FormatStyle()
            guard let date = try? format.parse(text), format.format(date) == text else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a journal timestamp like 2024-03-15T08:15:30Z")
            }
            return date
        }
        return decoder
    }
}
