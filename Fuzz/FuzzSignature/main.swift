// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardFuzzing

/// libFuzzer's entry point: runs `FuzzTarget.signature` on one input (built by scripts/fuzz).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzTarget.signature.run(bytes: bytes, count: count)
}
