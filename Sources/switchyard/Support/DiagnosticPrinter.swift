// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Prints diagnostics to stderr in compiler style, so editors and CI annotations can jump to them.
enum DiagnosticPrinter {
    static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            StandardStreams.writeError(diagnostic.description + "\n")
        }
    }
}
