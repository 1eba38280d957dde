// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Prints diagnostics to stderr in compiler style, so editors and CI annotations can jump to them.
///
/// Each diagnostic is one line through the terminal sink's rule (``TerminalText``): values from the
/// file are shown with their control characters visible, and a line is cut after
/// ``lineLimit`` characters.
enum DiagnosticPrinter {
    /// The longest diagnostic line shown.
    static let lineLimit = 1_000

    static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            StandardStreams.writeError(TerminalText.line(diagnostic.description, limit: lineLimit) + "\n")
        }
    }
}
