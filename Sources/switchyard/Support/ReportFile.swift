// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SwitchyardCore

/// Checks, before a run observes or changes anything, that an output file it was asked for
/// (`apply --report`, `drift --output`, `drift --metrics-file`) can be written, so a run never does
/// its work and then fails to leave the record someone asked for.
///
/// The check is the real thing, not a permission guess (`access(2)` says yes to root for `/proc`):
/// a probe file is created next to the target with `O_CREAT | O_EXCL` and removed again.
enum ReportFile {
    /// Throws when `path` is a folder or another non-regular file (a FIFO, a device), or when no
    /// file can be created in its folder. With `createFolder`, a missing folder is created first
    /// (reports); without, it must exist (metrics files: node-exporter reads a fixed folder).
    static func checkWritable(_ path: String, createFolder: Bool = true) throws {
        let shown = TerminalText.line(path, limit: TerminalText.maximumValueLength)
        var status = stat()
        if lstat(path, &status) == 0 {
            switch status.st_mode & 0o170000 {
            case 0o040000: throw ReportFileError(message: "\(shown): is a folder; give a file name for the report")
            case 0o100000, 0o120000: break  // a regular file or a link, replaced by rename(2)
            default: throw ReportFileError(message: "\(shown): is not a regular file (a FIFO, device or socket); nothing was changed")
            }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if createFolder {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ReportFileError(message: "\(shown): cannot create its folder; nothing was changed")
            }
        }
        let probe = "\(folder)/.\(URL(fileURLWithPath: path).lastPathComponent).\(getpid()).probe"
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ReportFileError(message: "\(shown): cannot write a file in its folder (\(reason)); nothing was changed")
        }
        close(fd)
        unlink(probe)
    }
}

/// A report file that cannot be written.
struct ReportFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
