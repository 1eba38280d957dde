// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

extension Switchyard {
    /// `switchyard validate -f FILE`: checks a desired-state file without touching the cloud.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a desired-state file: syntax, keys, values, references. Makes no API call."
        )

        @Option(name: .shortAndLong, help: ArgumentHelp("The desired-state YAML file.", valueName: "file"))
        var file: String

        func run() async throws {
            let result = DesiredStateParser.load(path: file)
            DiagnosticPrinter.print(result.diagnostics)
            guard let state = result.state, !result.diagnostics.hasErrors else {
                throw ExitCode(ExitStatus.error.rawValue)
            }
            StandardStreams.write("\(file): valid (\(state.groups.count) group\(state.groups.count == 1 ? "" : "s")).\n")
        }
    }
}
