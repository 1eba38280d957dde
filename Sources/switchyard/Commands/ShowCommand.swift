// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

extension Switchyard {
    /// `switchyard show PLAN`: re-render a plan saved with `plan --out`, with no cloud call.
    struct ShowCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a plan saved with 'plan --out' as text, JSON or Markdown, without calling the cloud.",
            discussion: "The output is exactly what 'plan --format FORMAT' printed when the plan was made. The file is checked like 'apply PLAN' checks it. "
                + ExitCodeHelp.sentence([(.success, "shown"), (.error, "the file is missing, unreadable or inconsistent")])
        )

        @Argument(help: ArgumentHelp("A plan saved with 'switchyard plan --out'.", valueName: "plan.json"))
        var planFile: String

        @Option(help: "Output format.")
        var format: OutputFormat = .text

        @Flag(name: .customLong("no-color"), help: "No ANSI colours (NO_COLOR is honoured too).")
        var noColor = false
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let plan = try await CommandFailure.run { try SavedPlan.load(path: planFile) }
            try await PlanRunner.print(plan, format: format, noColor: noColor, language: languageOptions.language)
        }
    }
}
