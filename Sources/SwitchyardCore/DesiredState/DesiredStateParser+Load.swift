// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension DesiredStateParser {
    /// Reads the file at `path` and parses it.
    ///
    /// Problems with the file itself are diagnostics naming the file, never crashes or thrown
    /// errors: a missing or unreadable file, a symbolic link loop (named as one), a directory, a
    /// FIFO, socket or device (refused, never opened), a file over 10 MiB (not read past that),
    /// and, through `parse(data:file:)`, binary or non-UTF-8 content.
    ///
    /// - Parameter path: The path as the user gave it; diagnostics and locations show it unchanged.
    public static func load(path: String) -> DesiredStateParseResult {
        switch readData(path: path) {
        case .success(let data): return parse(data: data, file: path)
        case .failure(let problem): return problem.result
        }
    }

    /// Parses the raw bytes of a desired-state file.
    ///
    /// Reports, instead of parsing, bytes over 10 MiB, UTF-16 or UTF-32 text (by byte-order mark, or
    /// by NUL bytes in every other position of an ASCII-looking start), other binary content (any NUL
    /// byte) and bytes that are not UTF-8 (at the line and column of the first bad byte). A UTF-8
    /// byte-order mark is fine.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The path to show in diagnostics, as the user named it.
    public static func parse(data: Data, file: String) -> DesiredStateParseResult {
        guard data.count <= maximumFileSize else {
            return FileProblem(.inputFileTooLarge, file).result
        }
        if let encoding = UTF16Detection.encoding(of: data) {
            return FileProblem(.inputFileEncoding, file, ["encoding": "\(encoding)"], hint: Phrase(.inputHintSaveAsUTF8)).result
        }
        if let nul = data.firstIndex(of: 0) {
            return FileProblem(.inputFileBinary, file, ["offset": "\(nul - data.startIndex)"]).result
        }
        let bytes = [UInt8](data)
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let position = UTF8Validation.position(ofOffset: offset, in: bytes)
            return FileProblem(.inputFileNotUTF8, file, hint: Phrase(.inputHintSaveAsUTF8), at: position.location(in: file)).result
        }
        return parse(text: String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// A reason a file could not be turned into text.
    private struct FileProblem: Error {
        var diagnostic: Diagnostic

        /// A problem with the file `file` (the path as the user named it).
        init(
            _ key: MessageKey, _ file: String, _ arguments: [String: Phrase.Argument] = [:], hint: Phrase? = nil, at location: SourceLocation? = nil
        ) {
            diagnostic = Diagnostic(
                severity: .error, key, arguments.merging(["file": .text(file)]) { own, _ in own }, hint: hint, location: location)
        }

        var result: DesiredStateParseResult {
            DesiredStateParseResult(state: nil, diagnostics: Diagnostics([diagnostic]))
        }
    }

    private static func readData(path: String) -> Result<Data, FileProblem> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ELOOP:
                return .failure(FileProblem(.inputFileLinkLoop, path, hint: Phrase(.inputHintLinkLoop)))
            case EACCES:
                return .failure(FileProblem(.inputFilePermissionDenied, path, hint: Phrase(.inputHintFolderPermissions)))
            default:
                return .failure(FileProblem(.inputFileMissing, path, hint: Phrase(.inputHintCheckPath)))
            }
        }
        let kind = status.st_mode & 0o170000
        // A FIFO, socket or device would block or never end: only regular files are read.
        guard kind == 0o100000 || kind == 0o040000 else {
            return .failure(FileProblem(.inputFileNotRegular, path, hint: Phrase(.inputHintSaveToFile)))
        }
        guard kind != 0o040000 else {
            return .failure(FileProblem(.inputFileIsDirectory, path, hint: Phrase(.inputHintNameTheFile, ["example": "\(path)/desired.yaml"])))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(FileProblem(.inputFilePermissionDenied, path, hint: Phrase(.inputHintFilePermissions)))
        }
        defer { try? handle.close() }
        do {
            // One byte past the limit is enough to know the file is too large.
            return .success(try handle.read(upToCount: maximumFileSize + 1) ?? Data())
        } catch {
            return .failure(FileProblem(.inputFileUnreadable, path, ["error": "\(error.localizedDescription)"]))
        }
    }
}
