// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writes a Prometheus textfile so node-exporter's textfile collector never reads half a file:
/// a temporary file in the same folder (named `.NAME.PID.tmp`, which the collector ignores because
/// it only reads `*.prom`), then `rename(2)`. Mode 0644: the collector often runs as another user,
/// and the file holds only group names, sites and counts.
enum MetricsFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SecureFileError(message: "cannot write the metrics file \(path): the folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o644]) else {
            throw SecureFileError(message: "cannot write the metrics file \(path)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SecureFileError(message: "cannot write the metrics file \(path): \(reason)")
        }
    }
}
