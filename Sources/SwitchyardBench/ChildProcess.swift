// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one child process cost and said: exit status, wall time, and its own resource usage
/// (from `wait4`, so the figures are the child's alone, not the benchmark's).
public struct ChildResult: Sendable, Hashable, Codable {
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
/// environment is exactly the one given.
///
/// Peak RSS needs care on Linux: `exec` records the replaced memory's high-water mark in the
/// process's `ru_maxrss`, and `posix_spawn` (vfork) execs from the *parent's* memory — so a child
/// spawned by a benchmark holding a 10,000-group emulator would report the benchmark's RSS. With a
/// `launcher` (this benchmark's own executable in `--measure-child` mode, small when it starts),
/// the child is spawned by the launcher instead, which reports the child's figures in a file.
public enum ChildProcess {
    /// The first argument that puts `switchyard-bench` in launcher mode.
    public static let launcherFlag = "--measure-child"

    /// Spawns `executable` with `arguments` (through `launcher` when given) and waits for it.
    ///
    /// - Throws: `BenchError` when the process cannot be spawned or the launcher reports nothing.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], launcher: String? = nil
    ) async throws -> ChildResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout").path
        let errPath = directory.appendingPathComponent("stderr").path
        let resultPath = directory.appendingPathComponent("result.json").path
        let command = launcher.map { [$0, launcherFlag, resultPath, executable] + arguments } ?? [executable] + arguments
        var reaped = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Reaped, any Error>) in
            // wait4 blocks: keep it off the cooperative threads the in-process emulator needs.
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    try spawnAndReap(command, environment: environment, output: (outPath, errPath))
                })
            }
        }
        if launcher != nil {
            guard let data = FileManager.default.contents(atPath: resultPath),
                let measured = try? JSONDecoder().decode(Reaped.self, from: data)
            else {
                throw BenchError("the launcher reported nothing for \(executable) (exit \(reaped.status))")
            }
            reaped = measured
        }
        return ChildResult(
            status: reaped.status, wallSeconds: reaped.wallSeconds, cpuSeconds: reaped.cpuSeconds,
            peakRSSBytes: reaped.peakRSSBytes,
            standardOutput: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        )
    }

    /// Launcher mode: `[resultFile, executable, arguments...]` — runs the child with this
    /// process's environment and standard streams, writes its figures to `resultFile` as JSON and
    /// returns 0 (or 2 for bad arguments or a child that could not be spawned).
    public static func launch(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else { return 2 }
        do {
            let reaped = try spawnAndReap(Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, output: nil)
            try JSONEncoder().encode(reaped).write(to: URL(fileURLWithPath: arguments[0]))
            return 0
        } catch {
            FileHandle.standardError.write(Data("switchyard-bench: \(error)\n".utf8))
            return 2
        }
    }

    struct Reaped: Sendable, Codable {
        var status: Int32
        var wallSeconds: Double
        var cpuSeconds: Double
        var peakRSSBytes: Int
    }

    /// Spawns `command` (executable first) and blocks until it ends.
    static func spawnAndReap(_ command: [String], environment: [String: String], output: (String, String)?) throws -> Reaped {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let (outPath, errPath) = output {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
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
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        let clock = ContinuousClock()
        let started = clock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw BenchError("cannot run \(command[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let wall = clock.now - started
        let signal = status & 0x7f
        #if os(Linux)
        let rssBytes = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        let rssBytes = Int(usage.ru_maxrss)  // bytes on macOS
        #endif
        return Reaped(
            status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, wallSeconds: wall.seconds,
            cpuSeconds: usage.ru_utime.seconds + usage.ru_stime.seconds, peakRSSBytes: rssBytes
        )
    }
}

extension timeval {
    var seconds: Double { Double(tv_sec) + Double(tv_usec) / 1e6 }
}

/// The CPU time the calling thread has used, in seconds (for timing synchronous work).
public func threadCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(1), &usage)  // RUSAGE_THREAD (needs _GNU_SOURCE in C)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage.ru_utime.seconds + usage.ru_stime.seconds
}

/// CPU seconds (user + system) of this whole process so far: all its threads, the in-process
/// emulator's included.
public func processCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(0), &usage)  // RUSAGE_SELF
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage.ru_utime.seconds + usage.ru_stime.seconds
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
