// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on `<journal>.lock`, held by one apply run from before it
/// reads the journal until the process ends.
///
/// Two applies sharing a journal would interleave their records and each would replay the other's
/// unfinished intents as its own, so the second one refuses before reading or changing anything.
/// The kernel releases the lock when the process dies, even by SIGKILL, so a crashed run never
/// leaves a stale lock behind; the lock file itself stays (empty, mode 0600) and is harmless.
public final class JournalLock: Sendable {
    /// The lock file's path.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock of the journal at `journalPath` without waiting.
    ///
    /// - Throws: `JournalError.inUse` when another process holds it; `JournalError.unwritable`
    ///   when the lock file cannot be created.
    public init(journalPath: String) throws {
        path = journalPath + ".lock"
        let directory = (journalPath as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw JournalError.unwritable(path: journalPath, reason: "cannot create \(directory): \(error.localizedDescription)")
            }
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw JournalError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        var result: Int32
        repeat { result = flock(fd, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        if result != 0 {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw JournalError.inUse(path: journalPath) }
            throw JournalError.unwritable(path: path, reason: "flock: " + String(cString: strerror(code)))
        }
        descriptor = fd
    }

    deinit {
        // Closing the descriptor releases the lock.
        close(descriptor)
    }
}
