// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardBuildInfo

/// The `switchyard` command: GitOps switchover for Huawei Cloud SDRS protection groups.
@main
struct Switchyard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switchyard",
        abstract: "Declarative disaster-recovery switchover for Huawei Cloud SDRS protection groups.",
        discussion: """
            Exit status: 0 success and nothing to change; 1 error; 2 changes pending (plan             --detailed-exitcode, drift found); 3 one or more groups are blocked.
            """,
        version: BuildInfo.current(program: "switchyard").line,
        subcommands: [Validate.self, PlanCommand.self, ShowCommand.self, ApplyCommand.self, DriftCommand.self, DrillCommand.self, ImportCommand.self, PermissionsCommand.self, Version.self]
    )
}
