// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

/// The "Exit status:" sentence of every command's help, built from the codes themselves
/// (``ExitStatus`` for 0–3, ArgumentParser's EX_USAGE for 64), so no command's help leaves a code
/// out and the numbers cannot drift from what the command exits with. Written in the help language
/// (``HelpLanguage``); the numbers are the same in every language.
enum ExitCodeHelp {
    /// EX_USAGE: what a usage error exits with (an unknown option, a missing or invalid value, a
    /// `ValidationError`), i.e. ArgumentParser's `ExitCode.validationFailure`.
    static let usage: Int32 = ExitCode.validationFailure.rawValue

    /// `Exit status: 0 …; 1 …; 64 bad command-line usage (…).` for `codes` in order, each with the
    /// catalogue's meaning; what 64 means is the same in every command (`.helpExitUsage`).
    static func sentence(_ codes: [(ExitStatus, MessageKey)]) -> String {
        let language = HelpLanguage.current
        let parts = codes.map { "\($0.0.rawValue) \(language($0.1))" } + ["\(usage) \(language(.helpExitUsage))"]
        return language(.helpExitStatus, ["codes": .text(parts.joined(separator: language(.helpExitSeparator)))])
    }
}
