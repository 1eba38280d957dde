// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser

/// `--format` for plan (and later drift): who reads the output.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// For people at a terminal or in a job log.
    case text
    /// For machines; the same document `--out` saves.
    case json
    /// For pull-request comments (kept under 65,536 characters).
    case markdown
}
