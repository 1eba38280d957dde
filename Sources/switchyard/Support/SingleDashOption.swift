// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser

/// Finds a long option written with one dash (`-auto-approve`), which ArgumentParser takes for a
/// pack of short options and then drops, so that `apply -auto-approve` complained about a missing
/// plan instead of the option. Checked before parsing; reported as an unknown option, with the
/// `--` spelling when the command has it, and exit status 64 like every usage error.
///
/// switchyard's only short options (`-f`, `-o`, `-h`) take a value or stand alone, so a single
/// dash followed by two or more characters is never a valid pack. A negative number (`-5`) is left
/// to the parser, and so is everything after a `--` terminator.
enum SingleDashOption {
    /// The first such argument and its message, e.g.
    /// `unknown option '-auto-approve' (did you mean '--auto-approve'?)`; `nil` when there is none.
    /// - Parameters:
    ///   - arguments: The command line without the program name.
    ///   - longOptions: The long options (`--auto-approve`) of the subcommand the arguments name.
    static func problem(in arguments: [String], longOptions: Set<String>) -> String? {
        for argument in arguments {
            if argument == "--" { return nil }
            guard argument.hasPrefix("-"), !argument.hasPrefix("--") else { continue }
            let name = argument.dropFirst().prefix { $0 != "=" }
            guard name.count >= 2, let first = name.first, first.isLetter else { continue }
            let suggestion = "--" + name
            return longOptions.contains(suggestion)
                ? "unknown option '\(argument)' (did you mean '\(suggestion)'?)"
                : "unknown option '\(argument)'"
        }
        return nil
    }

    /// The subcommand `arguments` name (the first argument that is a subcommand's name), else `root`.
    static func command(for arguments: [String], root: any ParsableCommand.Type) -> any ParsableCommand.Type {
        for argument in arguments where !argument.hasPrefix("-") {
            return root.configuration.subcommands.first { $0._commandName == argument } ?? root
        }
        return root
    }

    /// The long options a command's help lists (`--auto-approve`, `--format`, …).
    static func longOptions(in help: String) -> Set<String> {
        Set(help.matches(of: #/--[a-z][a-z0-9-]*[a-z0-9]/#).map { String($0.output) })
    }
}
