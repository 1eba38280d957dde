// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SwitchyardCore

/// What a failed `drift --output FILE` run does with the report an earlier run left at FILE: it
/// removes it, so that a scheduled job that publishes FILE after every run cannot present an old
/// verdict as the current one. (The exit status is 1 and stderr says why; the metrics file, when
/// asked for, records `switchyard_drift_last_run_success 0`.)
enum StaleReport {
    /// Removes `path` when it is a regular file or a link; anything else is left alone.
    static func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        let kind = status.st_mode & 0o170000
        guard kind == 0o100000 || kind == 0o120000 else { return }
        if unlink(path) == 0 {
            StandardStreams.writeError("note: removed the previous report at \(TerminalText.line(path)), which this failed run could not replace\n")
        }
    }
}
