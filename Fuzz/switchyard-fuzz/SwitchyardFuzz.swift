// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import CLibFuzzerDriver
import Foundation
import SwitchyardFuzzing

/// The target named on the command line. Written once before libFuzzer starts, then only read by
/// libFuzzer's callback on the same thread (libFuzzer runs inputs one at a time).
nonisolated(unsafe) private var selectedTarget = FuzzTarget.desiredState

/// libFuzzer's per-input callback, under the name its runtime expects to find linked in.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    selectedTarget.run(bytes: bytes, count: count)
}

/// `switchyard-fuzz TARGET [libFuzzer options and corpus folders]`: one libFuzzer executable for
/// every `FuzzTarget`, built by scripts/fuzz only (`SWITCHYARD_FUZZ=1`, `-sanitize=fuzzer,address`).
///
/// SwiftPM links every executable with `main` aliased to `<module>_main`, so this brings its own
/// `main` and hands the remaining arguments to `LLVMFuzzerRunDriver` instead of libFuzzer's `main`.
@main
enum SwitchyardFuzz {
    static func main() {
        let names = FuzzTarget.allCases.map(\.rawValue)
        guard CommandLine.argc > 1, let target = FuzzTarget(rawValue: CommandLine.arguments[1]) else {
            FileHandle.standardError.write(Data("usage: switchyard-fuzz \(names.joined(separator: "|")) [libFuzzer options] [corpus...]\n".utf8))
            exit(2)
        }
        selectedTarget = target
        // libFuzzer parses argv itself: drop the target name, keep the program name first.
        let shifted = CommandLine.unsafeArgv + 1
        shifted[0] = CommandLine.unsafeArgv[0]
        var argc = CommandLine.argc - 1
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = shifted
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
    }
}
