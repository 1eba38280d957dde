// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore

extension Switchyard {
    /// `switchyard drill -f FILE`: rehearse recovery with SDRS DR drills, never touching production.
    struct DrillCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drill",
            abstract: "Rehearse recovery: create a DR drill per group, time it, check it, delete it.",
            discussion: """
                Never touches production: only the SDRS drill API is called. For each selected group a drill is created (in --drill-vpc, or a VPC SDRS creates), timed until it is available (the time a real failover needs before the servers exist), checked with --check, and deleted unless --keep. Drills named switchyard-drill-* that an earlier, killed run left behind are deleted first. See docs/drills.md.
                """ + " " + ExitCodeHelp.sentence([(.success, "every drill passed"), (.error, "a drill failed, exceeded the group's rto, or an error")])
        )

        @Option(name: .shortAndLong, help: ArgumentHelp("The desired-state YAML file (default: $SWITCHYARD_FILE, else desired.yaml in this folder).", valueName: "file"))
        var file: String = DesiredFileDefault.path

        @Option(help: "Report format: text, json or junit.")
        var format: DrillOutputFormat = .text

        @Option(help: ArgumentHelp("Write the report here (mode 0600, atomically) and print only the summary line.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Also write the report as a self-contained HTML page with a timeline of the drills.", valueName: "file.html"))
        var report: String?

        @Option(name: .customLong("check"), help: ArgumentHelp(
            "Run this shell command once a drill is available; SWITCHYARD_DRILL_SERVER_IDS (comma-separated), SWITCHYARD_DRILL_ID, SWITCHYARD_GROUP_ID and SWITCHYARD_GROUP_NAME are in its environment; a non-zero exit fails the drill.",
            valueName: "command"))
        var check: String?

        @Option(name: .customLong("drill-vpc"), help: ArgumentHelp(
            "Build a group's drill servers in this VPC (repeatable; a bare VPC only when one group is drilled, as one VPC holds one drill); default: SDRS creates one.",
            valueName: "[group=]vpc-id"))
        var drillVPCs: [String] = []

        @Flag(help: "Leave the drills running after the check (the next run deletes them).")
        var keep = false

        @Option(name: .customLong("poll-scale"), help: ArgumentHelp(
            "Multiply every wait between polls by this (default 1; against the embedded emulator waits follow its time scale).", valueName: "factor"))
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
