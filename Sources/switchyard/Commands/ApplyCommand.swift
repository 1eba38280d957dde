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
            abstract: "Switch the groups a plan says to switch: stop production servers, reverse the group, start the new production servers.",
            discussion: "'apply PLAN' applies a plan saved with 'plan --out' without asking, after checking that each "
                + "group is still as it was when planned. 'apply -f FILE' plans, shows the plan and asks for "
                + "'yes' (or --auto-approve). Rerunning is always safe: every step re-reads the cloud and does "
                + "only what is still missing. "
                + ExitCodeHelp.sentence([
                    (.success, "every group converged or was already in sync"),
                    (.error, "a group failed, the run was interrupted, or an error before any change (bad input, the cloud, no approval)"),
                    (.blocked, "some groups were blocked, refused as stale, or skipped and left alone"),
                ])
        )

        @Argument(help: ArgumentHelp("A plan saved with 'switchyard plan --out'.", valueName: "plan.json"))
        var planFile: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Plan from this desired-state file and apply it (asks for approval).", valueName: "file"))
        var file: String?

        @Flag(name: .customLong("auto-approve"), help: "Apply -f FILE without asking.")
        var autoApprove = false

        @Flag(name: .customLong("allow-failover"), help: "Allow the failovers the plan shows (groups with a 'failover:' declaration). Without it, a plan with a failover is refused before any change, even with --auto-approve: a failover stops replication and may lose data.")
        var allowFailover = false

        @Option(help: ArgumentHelp("Groups worked on at once within a wave (default: the plan's policy, else 10).", valueName: "n"))
        var parallelism: Int?

        @Option(name: .customLong("poll-scale"), help: ArgumentHelp(
            "Multiply every delay of the standard poll schedule (2 s, then 15 % of the time waited, at most 15 s). Against an emulator running at --time-scale S, pass S to poll as against the real cloud (default on loopback: 0.2 s to 2 s).",
            valueName: "factor"))
        var pollScale: Double?

        @Option(help: ArgumentHelp("Write-ahead journal (JSON Lines, mode 0600).", valueName: "path"))
        var journal: String = ".switchyard/journal.jsonl"

        @Option(help: "Output format of the final report.")
        var format: ApplyOutputFormat = .text

        @Option(help: ArgumentHelp("Also write the report as a self-contained HTML page with a timeline of the run.", valueName: "file.html"))
        var report: String?

        @Option(name: .customLong("metrics-file"), help: ArgumentHelp("Also write Prometheus metrics here (per-group downtime, RTO and whether it was met, the run's result) for node-exporter's textfile collector (atomically, mode 0644).", valueName: "path.prom"))
        var metricsFile: String?

        @Flag(name: .customLong("no-color"), help: "No ANSI colours (NO_COLOR is honoured too).")
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
