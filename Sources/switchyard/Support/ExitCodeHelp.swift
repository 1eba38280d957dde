// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

/// The "Exit status:" sentence of every command's help, built from the codes themselves
/// (``ExitStatus`` for 0–3, ArgumentParser's EX_USAGE for 64), so no command's help leaves a code
/// out and the numbers cannot drift from what the command exits with.
enum ExitCodeHelp {
    /// EX_USAGE: what a usage error exits with (an unknown option, a missing or invalid value, a
    /// `ValidationError`), i.e. ArgumentParser's `ExitCode.validationFailure`.
    static let usage: Int32 = ExitCode.validationFailure.rawValue

    /// What 64 means, the same in every command.
    static let usageMeaning = "bad command-line usage (an unknown option, a missing or invalid value; nothing was done)"

    /// `Exit status: 0 …; 1 …; 64 bad command-line usage (…).` for `codes` in order.
    static func sentence(_ codes: [(ExitStatus, String)]) -> String {
        let parts = codes.map { "\($0.0.rawValue) \($0.1)" } + ["\(usage) \(usageMeaning)"]
        return "Exit status: " + parts.joined(separator: "; ") + "."
    }
}
