// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@preconcurrency import Dispatch
import Foundation

/// SIGINT/SIGTERM handling for apply: the first signal asks the run to stop starting new steps
/// (`firstSignal()` returns); a second one exits at once with status 130.
// The dispatch sources are set up once in `start()` and only cancelled afterwards; DispatchSource
// is thread-safe, so sharing the watcher between the apply task and the signal task is safe.
final class SignalWatcher: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Int32>

    private init(sources: [any DispatchSourceSignal], stream: AsyncStream<Int32>) {
        self.sources = sources
        self.stream = stream
    }

    static func start() -> SignalWatcher {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        let counter = SignalCounter()
        let sources = [SIGINT, SIGTERM].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if counter.increment() >= 2 {
                    FileHandle.standardError.write(Data("second interrupt: exiting now; rerun apply to resume (the journal and the cloud say where it stopped)\n".utf8))
                    _exit(130)
                }
                continuation.yield(number)
            }
            source.resume()
            return source
        }
        return SignalWatcher(sources: sources, stream: stream)
    }

    /// Returns at the first signal, or when the calling task is cancelled.
    func firstSignal() async {
        for await _ in stream { return }
    }

    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

/// Counts signals across the dispatch handlers.
private final class SignalCounter: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var count = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
