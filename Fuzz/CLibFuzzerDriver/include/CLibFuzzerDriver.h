// This file is part of switchyard. Licensed under the Apache License, Version 2.0.
//
// libFuzzer's driver entry point (compiler-rt FuzzerInterface.h). SwiftPM links every executable
// with `main` aliased to `<module>_main`, so the fuzz executables bring their own `main` (an
// `@main` type) and call this instead of relying on libFuzzer's `main`.
#ifndef SWITCHYARD_CLIBFUZZERDRIVER_H
#define SWITCHYARD_CLIBFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
