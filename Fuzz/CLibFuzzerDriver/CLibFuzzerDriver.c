// This file is part of switchyard. Licensed under the Apache License, Version 2.0.
//
// Only the header matters: SwiftPM needs one source file per C target.
#include "CLibFuzzerDriver.h"
