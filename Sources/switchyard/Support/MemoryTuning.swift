// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#endif

/// Allocator settings for a short-lived CLI that decodes large list pages on several threads.
///
/// glibc gives each thread that allocates concurrently its own arena (up to 8 per core) and keeps
/// freed memory in them; a 10,000-group plan decodes its pages on the NIO and Swift-concurrency
/// threads, and the arenas held ~100 MB of transient JSON after the pages were gone (BENCHMARKS.md).
/// Two arenas are enough for switchyard's concurrency (a few pages in flight).
///
/// `mallopt` and `malloc_trim` are glibc's (`<malloc.h>`, which the Glibc module does not export);
/// they are looked up at run time, so another C library simply skips the tuning.
enum MemoryTuning {
    /// glibc's `M_ARENA_MAX` parameter of `mallopt`.
    private static let arenaMaximumParameter: Int32 = -8

    /// Applies the settings once, before the first cloud call.
    static func apply() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMaximumParameter, 2)
        #endif
    }

    /// Returns freed heap memory to the system (after the observation's transient decoding).
    static func releaseFreedMemory() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
