// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import CLibFuzzerDriver
import Foundation
import SwitchyardFuzzing

/// libFuzzer's entry point: runs `FuzzTarget.savedPlan` on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzTarget.savedPlan.run(bytes: bytes, count: count)
}

/// Hands the command line to libFuzzer (see scripts/fuzz for the options it is given).
@main
enum FuzzSavedPlan {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) }
        exit(status)
    }
}
