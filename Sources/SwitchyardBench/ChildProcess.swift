// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one child process cost and said: exit status, wall time, and its own resource usage
/// (from `wait4`, so the figures are the child's alone, not the benchmark's).
public struct ChildResult: Sendable, Hashable {
    /// The exit status, or `128 + signal` when a signal ended it.
    public var status: Int32
    /// Seconds from spawning to reaping.
    public var wallSeconds: Double
    /// User plus system CPU seconds of the child.
    public var cpuSeconds: Double
    /// Peak resident set size of the child in bytes (`ru_maxrss`).
    public var peakRSSBytes: Int
    /// Everything it wrote to standard output.
    public var standardOutput: String
    /// Everything it wrote to standard error.
    public var standardError: String

    /// Creates a result.
    public init(status: Int32, wallSeconds: Double, cpuSeconds: Double, peakRSSBytes: Int, standardOutput: String, standardError: String) {
        self.status = status
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
        self.peakRSSBytes = peakRSSBytes
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// Runs an executable as a child process with `posix_spawn` and reaps it with `wait4`.
///
/// Output goes to temporary files (no pipes to drain), standard input is `/dev/null`, and the
/// environment is exactly the one given. The blocking `wait4` runs on a thread of its own so the
/// in-process emulator keeps every cooperative thread.
public enum ChildProcess {
    /// Spawns `executable` with `arguments` and waits for it.
    ///
    /// - Throws: `BenchError` when the process cannot be spawned.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]) async throws -> ChildResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout").path
        let errPath = directory.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // Default signal handling and an empty mask, whatever this process blocks or ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let clock = ContinuousClock()
        let started = clock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw BenchError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        let reaped = await reap(pid)
        let wall = clock.now - started
        return ChildResult(
            status: reaped.status, wallSeconds: wall.seconds, cpuSeconds: reaped.cpuSeconds,
            peakRSSBytes: reaped.peakRSSBytes,
            standardOutput: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        )
    }

    private struct Reaped: Sendable {
        var status: Int32
        var cpuSeconds: Double
        var peakRSSBytes: Int
    }

    private static func reap(_ pid: pid_t) async -> Reaped {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var status: Int32 = 0
                var usage = rusage()
                while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
                let signal = status & 0x7f
                let exit = signal == 0 ? (status >> 8) & 0xff : 128 + signal
                let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                    + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
                #if os(Linux)
                let rssBytes = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
                #else
                let rssBytes = Int(usage.ru_maxrss)  // bytes on macOS
                #endif
                continuation.resume(returning: Reaped(status: exit, cpuSeconds: cpu, peakRSSBytes: rssBytes))
            }
        }
    }
}

/// The CPU time the calling thread has used, in seconds (for timing synchronous work).
public func threadCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(1), &usage)  // RUSAGE_THREAD (needs _GNU_SOURCE in C)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// A benchmark that could not run or whose result is wrong; the message says which and why.
public struct BenchError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let description: String

    /// Creates an error with a message.
    public init(_ description: String) {
        self.description = description
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
