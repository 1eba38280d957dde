// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardFuzzing

/// libFuzzer's entry point: runs `FuzzTarget.journal` on one input (built by scripts/fuzz).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzTarget.journal.run(bytes: bytes, count: count)
}
