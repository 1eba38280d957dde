// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Prints diagnostics to stderr in compiler style, so editors and CI annotations can jump to them.
///
/// Messages and hints are in the reader's language; the `file:line:column: error:` prefix is the
/// same in every language, so tools that parse it keep working.
///
/// Each diagnostic is one line through the terminal sink's rule (``TerminalText``): values from the
/// file are shown with their control characters visible, and a line is cut after
/// ``lineLimit`` characters. Identical lines are printed once.
enum DiagnosticPrinter {
    /// The longest diagnostic line shown.
    static let lineLimit = 1_000

    static func print(_ diagnostics: Diagnostics, language: Language) {
        // The same diagnostic twice (a YAML alias repeats its node, and every problem in it) is
        // printed once.
        var printed: Set<String> = []
        for diagnostic in diagnostics.sorted {
            let line = TerminalText.line(diagnostic.description(language), limit: lineLimit)
            if printed.insert(line).inserted { StandardStreams.writeError(line + "\n") }
        }
    }
}
