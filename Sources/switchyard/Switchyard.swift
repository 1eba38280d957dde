// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore
import SwitchyardBuildInfo

/// The `switchyard` command: GitOps switchover for Huawei Cloud SDRS protection groups.
@main
struct Switchyard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switchyard",
        abstract: "Declarative disaster-recovery switchover for Huawei Cloud SDRS protection groups.",
        discussion: "Each command's --help says what its own exit statuses mean. "
            + ExitCodeHelp.sentence([
                (.success, "success, nothing to change"),
                (.error, "error: bad input or an unreachable or refusing cloud (nothing was changed), a group apply could not switch, a failed drill"),
                (.changesPending, "changes pending (plan --detailed-exitcode), drift found (drift)"),
                (.blocked, "one or more groups are blocked (plan), or were refused, stale or skipped and left alone (apply)"),
            ]),
        version: BuildInfo.current(program: "switchyard").line,
        subcommands: [Validate.self, PlanCommand.self, ShowCommand.self, ApplyCommand.self, DriftCommand.self, DrillCommand.self, ImportCommand.self, PermissionsCommand.self, Version.self]
    )

    /// Parses and runs; first reports a long option written with one dash (`-auto-approve`) as the
    /// unknown option it is (``SingleDashOption``), exit status 64.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let command = SingleDashOption.command(for: arguments, root: Self.self)
        let help = Self.helpMessage(for: command, includeHidden: true, columns: 10_000)
        if let problem = SingleDashOption.problem(in: arguments, longOptions: SingleDashOption.longOptions(in: help)) {
            let isRoot = ObjectIdentifier(command) == ObjectIdentifier(Self.self)
            let name = isRoot ? "switchyard" : "switchyard \(command._commandName)"
            StandardStreams.writeError("error: \(problem)\nUsage: \(Self.usageString(for: command))\n  See '\(name) --help' for more information.\n")
            Self.exit(withError: ExitCode(ExitCodeHelp.usage))
        }
        await Self.main(arguments)
    }
}
