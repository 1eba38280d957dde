// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writes files that may matter to an operator (plans, reports) owner-only, atomically.
enum SecureFile {
    /// Writes `text` to `path` with mode 0600 via a temporary file and rename.
    /// - Throws: `SecureFileError` naming the path.
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { write in try write(text) }
    }

    /// Writes what `produce` hands to its writer, piece by piece, with the same guarantees
    /// (0600, temporary file then rename); nothing is left behind when `produce` throws.
    static func write(to path: String, _ produce: (_ write: (String) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SecureFileError(message: "cannot create the folder of \(path): \(error.localizedDescription)")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw SecureFileError(message: "cannot write \(path)")
        }
        do {
            try produce { piece in try handle.write(contentsOf: Data(piece.utf8)) }
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error is SecureFileError ? error : SecureFileError(message: "cannot write \(path): \(error)")
        }
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw SecureFileError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}

struct SecureFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
