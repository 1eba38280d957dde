// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore
import SwitchyardExecutor

extension Switchyard {
    /// `switchyard apply`: carry out a plan — stop, reverse, start — idempotently and crash-safely.
    struct ApplyCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "apply",
            abstract: HelpLanguage.text(.helpApplyAbstract),
            discussion: HelpLanguage.text(.helpApplyDiscussion) + " "
                + ExitCodeHelp.sentence([(.success, .helpApplyExitSuccess), (.error, .helpApplyExitError), (.blocked, .helpApplyExitBlocked)])
        )

        @Argument(help: ArgumentHelp(.helpSavedPlan, valueName: "plan.json"))
        var planFile: String?

        @Option(name: .shortAndLong, help: ArgumentHelp(.helpApplyFile, valueName: "file"))
        var file: String?

        @Flag(name: .customLong("auto-approve"), help: ArgumentHelp(.helpApplyAutoApprove))
        var autoApprove = false

        @Flag(name: .customLong("allow-failover"), help: ArgumentHelp(.helpApplyAllowFailover))
        var allowFailover = false

        @Option(help: ArgumentHelp(.helpApplyParallelism, valueName: "n"))
        var parallelism: Int?

        @Option(name: .customLong("poll-scale"), help: ArgumentHelp(.helpApplyPollScale, valueName: "factor"))
        var pollScale: Double?

        @Option(help: ArgumentHelp(.helpApplyJournal, valueName: "path"))
        var journal: String = ".switchyard/journal.jsonl"

        @Option(help: ArgumentHelp(.helpApplyFormat))
        var format: ApplyOutputFormat = .text

        @Option(help: ArgumentHelp(.helpApplyReport, valueName: "file.html"))
        var report: String?

        @Option(name: .customLong("metrics-file"), help: ArgumentHelp(.helpApplyMetricsFile, valueName: "path.prom"))
        var metricsFile: String?

        @Flag(name: .customLong("no-color"), help: ArgumentHelp(.helpNoColor))
        var noColor = false

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var selection: GroupSelectionOptions
        @OptionGroup var languageOptions: LanguageOptions

        func validate() throws {
            switch (planFile, file) {
            case (nil, nil): throw ValidationError("give a saved plan (apply PLAN) or a desired-state file (apply -f FILE)")
            case (.some, .some): throw ValidationError("give either a saved plan or -f FILE, not both")
            default: break
            }
            if planFile != nil, !selection.targets.isEmpty || !selection.excludes.isEmpty {
                throw ValidationError("--target/--exclude apply when planning; a saved plan is applied as it was made")
            }
            if let report, report.isEmpty || report.hasSuffix("/") {
                throw ValidationError("--report needs a file name, e.g. --report apply-report.html")
            }
            if let pollScale, !(pollScale > 0 && pollScale <= 10) {
                throw ValidationError("--poll-scale must be greater than 0 and at most 10")
            }
            if let parallelism, !(1...1000).contains(parallelism) {
                throw ValidationError("--parallelism must be between 1 and 1000")
            }
        }

        func run() async throws {
            let logger = CommandLogging.makeLogger(debug: cloud.debug)
            let useColor = StandardStreams.useColor(noColorFlag: noColor)
            // Every output path is checked before anything is read or observed.
            if let report { try await CommandFailure.run { try ReportFile.checkWritable(report) } }
            if let metricsFile { try await CommandFailure.run { try ReportFile.checkWritable(metricsFile, createFolder: false) } }
            let metrics = metricsFile.map { ApplyMetricsFile(path: $0) }
            do {
                let saved: Plan? = try await CommandFailure.run { try planFile.map(SavedPlan.load(path:)) }
                let desired: DesiredState? = try file.map { try PlanRunner.loadDesiredState(file: $0, language: languageOptions.language) }
                var apply = ApplyRunner.Settings(
                    parallelism: parallelism, journalPath: journal, format: format, reportPath: report, useColor: useColor,
                    autoApprove: autoApprove, selection: selection, pollScale: pollScale, allowFailover: allowFailover, metrics: metrics
                )
                apply.language = languageOptions.language
                let settings = apply
                let exitCode = try await CommandFailure.run {
                    try await CloudSession.run(options: cloud, desired: desired ?? saved.map(SavedPlan.desiredState), purpose: .write, logger: logger) { api, target in
                        try await ApplyRunner.run(saved: saved, desired: desired, settings: settings, api: api, target: target, logger: logger)
                    }
                }
                if exitCode != 0 { throw ExitCode(exitCode) }
            } catch {
                // A run that ended without a report (bad input, the cloud, no approval, an errored
                // plan, a refused failover) says `error` in the metrics; one with a report wrote them.
                metrics?.writeFailureUnlessWritten()
                throw error
            }
        }
    }
}

/// `--format` of apply's final report.
enum ApplyOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
