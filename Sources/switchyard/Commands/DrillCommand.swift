// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore

extension Switchyard {
    /// `switchyard drill -f FILE`: rehearse recovery with SDRS DR drills, never touching production.
    struct DrillCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drill",
            abstract: HelpLanguage.text(.helpDrillAbstract),
            discussion: HelpLanguage.text(.helpDrillDiscussion) + " "
                + ExitCodeHelp.sentence([(.success, .helpDrillExitSuccess), (.error, .helpDrillExitError)])
        )

        @Option(name: .shortAndLong, help: ArgumentHelp(.helpDesiredFile, valueName: "file"))
        var file: String = DesiredFileDefault.path

        @Option(help: ArgumentHelp(.helpDrillFormat))
        var format: DrillOutputFormat = .text

        @Option(help: ArgumentHelp(.helpReportOutput, valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp(.helpDrillReport, valueName: "file.html"))
        var report: String?

        @Option(name: .customLong("check"), help: ArgumentHelp(.helpDrillCheck, valueName: "command"))
        var check: String?

        @Option(name: .customLong("drill-vpc"), help: ArgumentHelp(.helpDrillVPC, valueName: "[group=]vpc-id"))
        var drillVPCs: [String] = []

        @Flag(help: ArgumentHelp(.helpDrillKeep))
        var keep = false

        @Option(name: .customLong("poll-scale"), help: ArgumentHelp(.helpDrillPollScale, valueName: "factor"))
        var pollScale: Double?

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var selection: GroupSelectionOptions
        @OptionGroup var languageOptions: LanguageOptions

        func validate() throws {
            if let pollScale, !(pollScale > 0 && pollScale <= 10) {
                throw ValidationError("--poll-scale must be greater than 0 and at most 10")
            }
            do {
                _ = try DrillVPCChoice(arguments: drillVPCs)
            } catch let problem as DrillVPCChoice.Problem {
                throw ValidationError(problem.message.text(languageOptions.language))
            }
            if let check, check.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--check needs a command")
            }
        }

        func run() async throws {
            for path in [output, report].compactMap({ $0 }) { try await CommandFailure.run { try ReportFile.checkWritable(path) } }
            let language = languageOptions.language
            let drill = try await DrillCommandRunner.run(
                file: file, cloud: cloud, selection: selection, language: language,
                settings: DrillCommandRunner.Settings(check: check, drillVPCs: drillVPCs, keep: keep, pollScale: pollScale)
            )
            let rendered = try await CommandFailure.run { () -> String in
                switch format {
                case .text: DrillTextRenderer(language: language).render(drill)
                case .json: try DrillJSONRenderer().render(drill)
                case .junit: DrillJUnitRenderer(language: language).render(drill)
                }
            }
            if let report {
                try await CommandFailure.run { try SecureFile.write(DrillReportHTMLRenderer(language: language).render(drill), to: report) }
            }
            if let output {
                try await CommandFailure.run { try SecureFile.write(rendered, to: output) }
                StandardStreams.write(TerminalText.line(DrillWording.summary(drill, language)) + "\n")
            } else {
                StandardStreams.write(rendered)
            }
            let status = ExitStatus(drill: drill)
            if status != .success { throw ExitCode(status.rawValue) }
        }
    }
}
