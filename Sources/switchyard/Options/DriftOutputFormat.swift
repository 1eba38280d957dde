// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser

/// `--format` for drift: who reads the report.
enum DriftOutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// For people at a terminal or in a job log.
    case text
    /// For machines (schemas/drift-report.schema.json).
    case json
    /// For issue and pull-request comments or job summaries (kept under 65,536 bytes).
    case markdown
    /// JUnit XML for CI test reports: one test case per declared group.
    case junit
}
