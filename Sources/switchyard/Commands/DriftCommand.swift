// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore

extension Switchyard {
    /// `switchyard drift -f FILE`: is every declared group where Git says, and healthy?
    struct DriftCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drift",
            abstract: HelpLanguage.text(.helpDriftAbstract),
            discussion: HelpLanguage.text(.helpReadOnly) + " " + HelpLanguage.text(.helpDriftDiscussion) + " "
                + ExitCodeHelp.sentence([(.success, .helpDriftExitSuccess), (.error, .helpDriftExitError), (.changesPending, .helpDriftExitChangesPending)])
        )

        @Option(name: .shortAndLong, help: ArgumentHelp(.helpDesiredFile, valueName: "file"))
        var file: String = DesiredFileDefault.path

        @Option(help: ArgumentHelp(.helpDriftFormat))
        var format: DriftOutputFormat = .text

        @Option(help: ArgumentHelp(.helpReportOutput, valueName: "file"))
        var output: String?

        @Option(name: .customLong("metrics-file"), help: ArgumentHelp(.helpDriftMetricsFile, valueName: "path.prom"))
        var metricsFile: String?

        @Flag(name: .customLong("no-color"), help: ArgumentHelp(.helpNoColor))
        var noColor = false

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let clock = ContinuousClock()
            let started = clock.now
            // Every output path is checked before the cloud is observed.
            try await CommandFailure.run {
                if let output { try ReportFile.checkWritable(output) }
                if let metricsFile { try ReportFile.checkWritable(metricsFile, createFolder: false) }
            }
            let report: DriftReport
            do {
                report = try await DriftRunner.makeReport(file: file, cloud: cloud, language: languageOptions.language)
            } catch {
                // A failed run leaves no report behind that a scheduled job could publish as
                // current: the previous run's --output file is removed (docs/drift.md).
                if let output { StaleReport.remove(output) }
                try? writeMetrics(nil, duration: clock.now - started, success: false)
                throw error
            }
            let rendered = try await CommandFailure.run { try render(report, color: output == nil && StandardStreams.useColor(noColorFlag: noColor)) }
            try await CommandFailure.run { try writeMetrics(report, duration: clock.now - started, success: true) }
            if let output {
                try await CommandFailure.run {
                    do {
                        try SecureFile.write(rendered, to: output)
                    } catch {
                        StaleReport.remove(output)
                        throw error
                    }
                }
                StandardStreams.write(TerminalText.line(report.summary.line(languageOptions.language)) + "\n")
            } else {
                StandardStreams.write(rendered.hasSuffix("\n") ? rendered : rendered + "\n")
            }
            let status = ExitStatus.decide(drift: report)
            if status != .success { throw ExitCode(status.rawValue) }
        }

        /// The report in `format`; text, Markdown and JUnit messages in the chosen language, JSON
        /// the same in every language.
        func render(_ report: DriftReport, color: Bool) throws -> String {
            let language = languageOptions.language
            return switch format {
            case .text:
                DriftTextRenderer(color: color, width: output == nil ? StandardStreams.outputWidth() : TerminalWrap.defaultWidth, language: language)
                    .render(report)
            case .json: try DriftJSONRenderer().render(report)
            case .markdown: DriftMarkdownRenderer(language: language).render(report)
            case .junit: DriftJUnitRenderer(language: language).render(report)
            }
        }

        /// Writes the metrics file when asked; a failure to write it is an error (exit 1), as
        /// every output the caller asked for is.
        func writeMetrics(_ report: DriftReport?, duration: Duration, success: Bool) throws {
            guard let metricsFile else { return }
            let run = DriftMetricsRenderer.Run(finishedAt: Date(), duration: duration, success: success)
            try MetricsFile.write(DriftMetricsRenderer().render(report, run: run), to: metricsFile)
        }
    }
}

/// Parse → observe → judge, for `drift`.
enum DriftRunner {
    static func makeReport(file: String, cloud: CloudOptions, language: Language) async throws -> DriftReport {
        let desired = try PlanRunner.loadDesiredState(file: file, language: language)
        let logger = CommandLogging.makeLogger(debug: cloud.debug)
        return try await CommandFailure.run {
            try await CloudSession.run(options: cloud, desired: desired, purpose: .read, logger: logger) { api, target in
                let live = try await LiveStateObserver(cloud: api).observe { desired.referencedGroupIDs(in: $0) }
                let diffs = Differ.diff(desired: desired, live: live)
                let report = DriftDetector.report(diffs: diffs, desiredFile: desired.file, projectID: target.projectID, region: target.region)
                // DR drills left running are drift too (one bulk list of the declared groups' drills).
                let declared = report.groups.compactMap(\.groupID)
                guard let drillAPI = api as? any DrillAPI, !declared.isEmpty else { return report }
                return report.addingDrills(try await DrillObserver(drills: drillAPI).observe(groupIDs: declared).drills)
            }
        }
    }
}
