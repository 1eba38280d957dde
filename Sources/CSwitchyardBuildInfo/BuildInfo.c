// This file is part of switchyard. Licensed under the Apache License, Version 2.0.
//
// The values come from Package.swift, which defines these macros from the SWITCHYARD_BUILD_*
// environment variables that scripts/release sets. A plain build leaves them empty.

#include "CSwitchyardBuildInfo.h"

#ifndef SWITCHYARD_BUILD_VERSION
#define SWITCHYARD_BUILD_VERSION ""
#endif
#ifndef SWITCHYARD_BUILD_COMMIT
#define SWITCHYARD_BUILD_COMMIT ""
#endif
#ifndef SWITCHYARD_BUILD_DATE
#define SWITCHYARD_BUILD_DATE ""
#endif

const char *switchyard_build_version(void) { return SWITCHYARD_BUILD_VERSION; }
const char *switchyard_build_commit(void) { return SWITCHYARD_BUILD_COMMIT; }
const char *switchyard_build_date(void) { return SWITCHYARD_BUILD_DATE; }
