// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// A journal that cannot be written or trusted. Always names the file (and line).
public enum JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    case unwritable(path: String, reason: String)
    case unreadable(path: String, reason: String)
    /// A line that is not a valid record and is not the last one.
    case corrupt(path: String, line: Int, reason: String)
    /// A header for another project or region: this journal belongs to someone else.
    case foreignProject(path: String, line: Int, found: String, expected: String)
    /// A header for another region: group IDs and jobs of another region mean nothing here.
    case foreignRegion(path: String, line: Int, found: String, expected: String)
    case unsupportedVersion(path: String, line: Int, version: Int)
    /// Records before the first header.
    case missingHeader(path: String, line: Int)
    /// Another apply holds the journal's lock: two runs must never interleave one journal.
    case inUse(path: String)

    public var description: String {
        switch self {
        case .unwritable(let path, let reason): "cannot write the journal \(path): \(reason)"
        case .unreadable(let path, let reason): "cannot read the journal \(path): \(reason)"
        case .corrupt(let path, let line, let reason): "\(path):\(line): corrupt journal record (\(reason)); refusing to guess — inspect or move the file"
        case .foreignProject(let path, let line, let found, let expected):
            "\(path):\(line): journal header is for project \(UntrustedText.printable(found)), not \(expected); use another journal path"
        case .foreignRegion(let path, let line, let found, let expected):
            "\(path):\(line): journal header is for region \(UntrustedText.printable(found)), not \(expected); use another journal path"
        case .unsupportedVersion(let path, let line, let version): "\(path):\(line): journal format version \(version) is not supported"
        case .missingHeader(let path, let line): "\(path):\(line): record before any header"
        case .inUse(let path):
            "the journal \(path) is in use by another switchyard apply; nothing was changed — wait for that run to end (then rerun to resume what it left), or use another --journal"
        }
    }
}
