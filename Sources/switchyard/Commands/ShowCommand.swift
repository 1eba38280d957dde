// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

extension Switchyard {
    /// `switchyard show PLAN`: re-render a plan saved with `plan --out`, with no cloud call.
    struct ShowCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: HelpLanguage.text(.helpShowAbstract),
            discussion: HelpLanguage.text(.helpShowDiscussion) + " "
                + ExitCodeHelp.sentence([(.success, .helpShowExitSuccess), (.error, .helpShowExitError)])
        )

        @Argument(help: ArgumentHelp(.helpSavedPlan, valueName: "plan.json"))
        var planFile: String

        @Option(help: ArgumentHelp(.helpOutputFormat))
        var format: OutputFormat = .text

        @Flag(name: .customLong("no-color"), help: ArgumentHelp(.helpNoColor))
        var noColor = false
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let plan = try await CommandFailure.run { try SavedPlan.load(path: planFile) }
            try await PlanRunner.print(plan, format: format, noColor: noColor, language: languageOptions.language)
        }
    }
}
