// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore

extension Switchyard {
    /// `switchyard plan -f FILE`: observe the cloud, diff against the desired state, print the plan.
    struct PlanCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: HelpLanguage.text(.helpPlanAbstract),
            discussion: HelpLanguage.text(.helpReadOnly) + " "
                + ExitCodeHelp.sentence([
                    (.success, .helpPlanExitSuccess), (.error, .helpPlanExitError),
                    (.changesPending, .helpPlanExitChangesPending), (.blocked, .helpPlanExitBlocked),
                ])
        )

        @Option(name: .shortAndLong, help: ArgumentHelp(.helpDesiredFile, valueName: "file"))
        var file: String = DesiredFileDefault.path

        @Option(help: ArgumentHelp(.helpPlanOut, valueName: "plan.json"))
        var out: String?

        @Option(help: ArgumentHelp(.helpOutputFormat))
        var format: OutputFormat = .text

        @Flag(name: .customLong("detailed-exitcode"), help: ArgumentHelp(.helpPlanDetailedExitCode))
        var detailedExitCode = false

        @Flag(name: .customLong("no-color"), help: ArgumentHelp(.helpNoColor))
        var noColor = false

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var selection: GroupSelectionOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            if let out { try await CommandFailure.run { try ReportFile.checkWritable(out) } }
            let plan = try await PlanRunner.makePlan(file: file, cloud: cloud, selection: selection, language: languageOptions.language)
            if let out {
                try await CommandFailure.run { try SecureFile.write(to: out) { write in try PlanJSONRenderer().render(plan, into: write) } }
            }
            try await PlanRunner.print(plan, format: format, noColor: noColor, language: languageOptions.language)
            let status = ExitStatus(plan: plan, detailedExitCode: detailedExitCode)
            if status != .success { throw ExitCode(status.rawValue) }
        }
    }
}

/// Parse → observe → plan, shared by plan, apply and drift.
enum PlanRunner {
    /// Prints `plan` in `format` on stdout (`plan` and `show` print exactly the same bytes).
    static func print(_ plan: Plan, format: OutputFormat, noColor: Bool, language: Language) async throws {
        let rendered: String
        switch format {
        case .text:
            var options = PlanTextRenderer.Options()
            options.color = StandardStreams.useColor(noColorFlag: noColor)
            options.width = StandardStreams.outputWidth()
            options.language = language
            // Written as it is made (it always ends with a newline): a large plan's text is never
            // held whole.
            PlanTextRenderer(options: options).render(plan) { StandardStreams.write($0) }
            return
        case .json:
            rendered = try await CommandFailure.run { try PlanJSONRenderer().render(plan) }
        case .markdown:
            rendered = PlanMarkdownRenderer(language: language).render(plan)
        }
        StandardStreams.write(rendered.hasSuffix("\n") ? rendered : rendered + "\n")
    }

    /// Reads and validates the desired state, printing diagnostics in `language`; exits 1 on errors.
    static func loadDesiredState(file: String, language: Language) throws -> DesiredState {
        let result = DesiredStateParser.load(path: file)
        DiagnosticPrinter.print(result.diagnostics, language: language)
        guard let state = result.state, !result.diagnostics.hasErrors else {
            throw ExitCode(ExitStatus.error.rawValue)
        }
        return state
    }

    /// The commit CI checked out (GitHub Actions, GitLab CI), when it is a plain hexadecimal ID.
    static func commit(_ environment: [String: String]) -> String? {
        for name in ["GITHUB_SHA", "CI_COMMIT_SHA"] {
            if let value = environment[name], (7...64).contains(value.count), value.allSatisfy(\.isHexDigit) { return value.lowercased() }
        }
        return nil
    }

    static func makePlan(file: String, cloud: CloudOptions, selection: GroupSelectionOptions, language: Language) async throws -> Plan {
        let desired = try loadDesiredState(file: file, language: language)
        let logger = CommandLogging.makeLogger(debug: cloud.debug)
        return try await CommandFailure.run {
            try await CloudSession.run(options: cloud, desired: desired, purpose: .read, logger: logger) { api, target in
                let live = try await LiveStateObserver(cloud: api).observe { desired.referencedGroupIDs(in: $0) }
                let options = PlanOptions(
                    desired: desired, targets: selection.targets, excludes: selection.excludes,
                    projectID: target.projectID, region: target.region
                )
                var plan = Planner.plan(desired: desired, live: live, options: options)
                plan.createdAt = Date().formatted(.iso8601)
                plan.inputs.commit = Self.commit(ProcessInfo.processInfo.environment)
                return plan
            }
        }
    }
}
