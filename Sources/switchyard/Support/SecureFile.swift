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
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SecureFileError(message: "cannot create the folder of \(path): \(error.localizedDescription)")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw SecureFileError(message: "cannot write \(path)")
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
