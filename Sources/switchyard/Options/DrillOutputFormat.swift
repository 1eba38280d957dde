// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser

/// `--format` for drill: who reads the report.
enum DrillOutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// For people at a terminal or in a job log.
    case text
    /// For machines: snake_case keys and `format_version`.
    case json
    /// JUnit XML for CI test reports: one test case per group.
    case junit
}
