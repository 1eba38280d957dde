// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#ifndef CSWITCHYARD_BUILD_INFO_H
#define CSWITCHYARD_BUILD_INFO_H

/// The version scripts/release built, or "" in a development build.
const char *switchyard_build_version(void);
/// The full commit id scripts/release built, or "" in a development build.
const char *switchyard_build_commit(void);
/// When scripts/release built (ISO 8601, UTC), or "" in a development build.
const char *switchyard_build_date(void);

#endif
