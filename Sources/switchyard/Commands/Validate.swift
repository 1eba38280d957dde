// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

extension Switchyard {
    /// `switchyard validate -f FILE`: checks a desired-state file without touching the cloud.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpLanguage.text(.helpValidateAbstract),
            discussion: ExitCodeHelp.sentence([(.success, .helpValidateExitSuccess), (.error, .helpValidateExitError)])
        )

        @Option(name: .shortAndLong, help: ArgumentHelp(.helpDesiredFile, valueName: "file"))
        var file: String = DesiredFileDefault.path

        @Option(help: ArgumentHelp(.helpValidateFormat))
        var format: ValidateOutputFormat = .text
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let result = DesiredStateParser.load(path: file)
            let valid = result.state != nil && !result.diagnostics.hasErrors
            switch format {
            case .text:
                DiagnosticPrinter.print(result.diagnostics, language: languageOptions.language)
                if let state = result.state, valid {
                    let language = languageOptions.language
                    let groups = language.count(state.groups.count, one: .groupsOne, other: .groupsOther)
                    StandardStreams.write(language(.validateValid, ["file": .text(TerminalText.line(file)), "groups": .text(groups)]) + "\n")
                }
            case .json:
                // Machine output: English whatever the language.
                StandardStreams.write(try DiagnosticsRenderer.json(result.diagnostics, file: file, groups: valid ? result.state?.groups.count : nil))
            case .github:
                StandardStreams.write(DiagnosticsRenderer.github(result.diagnostics, language: languageOptions.language))
            }
            if !valid { throw ExitCode(ExitStatus.error.rawValue) }
        }
    }
}

/// `validate --format`.
enum ValidateOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case github
}
