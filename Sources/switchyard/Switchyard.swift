// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore
import SwitchyardBuildInfo

/// The `switchyard` command: GitOps switchover for Huawei Cloud SDRS protection groups.
@main
struct Switchyard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switchyard",
        abstract: HelpLanguage.text(.helpRootAbstract),
        discussion: HelpLanguage.text(.helpRootDiscussion) + " "
            + ExitCodeHelp.sentence([
                (.success, .helpRootExitSuccess), (.error, .helpRootExitError),
                (.changesPending, .helpRootExitChangesPending), (.blocked, .helpRootExitBlocked),
            ]),
        version: BuildInfo.current(program: "switchyard").line,
        subcommands: [Validate.self, PlanCommand.self, ShowCommand.self, ApplyCommand.self, DriftCommand.self, DrillCommand.self, ImportCommand.self, PermissionsCommand.self, Version.self]
    )

    /// Parses and runs. First sets the language of the help texts (``HelpLanguage``), before
    /// anything reads them; then reports a long option written with one dash (`-auto-approve`) as
    /// the unknown option it is (``SingleDashOption``), exit status 64.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        HelpLanguage.set(Language.forHelp(arguments: arguments, environment: ProcessInfo.processInfo.environment))
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
