// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Checks, before a run changes anything, that a report file it was asked for can be written, so
/// an apply never does its work and then fails to leave the record someone asked for.
enum ReportFile {
    /// Throws when `path` is a folder or its folder cannot be created or written.
    static func checkWritable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReportFileError(message: "\(path): is a folder; give a file name for the report")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportFileError(message: "\(path): cannot create its folder: \(error.localizedDescription)")
        }
        guard access(folder, W_OK) == 0 else {
            throw ReportFileError(message: "\(path): its folder is not writable; nothing was changed")
        }
    }
}

/// A report file that cannot be written.
struct ReportFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
