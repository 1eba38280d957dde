// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import Logging
import SwitchyardCore
import SwitchyardBuildInfo
import SwitchyardExecutor

/// How a child task of the apply run ended.
private enum RunEnd: Sendable {
    case finished(ApplyReport)
    case signalled
    case tickerStopped
}

/// The body of `switchyard apply`: observe, check or make the plan, approve, execute, report.
enum ApplyRunner {
    struct Settings: Sendable {
        var parallelism: Int?
        var journalPath: String
        var format: ApplyOutputFormat
        /// `--report FILE.html`, written at the end of every run that got as far as deciding.
        var reportPath: String?
        var useColor: Bool
        var autoApprove: Bool
        var targets: [String]
        var excludes: [String]
        /// `--poll-scale`: the standard poll schedule scaled by this, whatever the endpoint.
        var pollScale: Double?
        /// `--allow-failover`: the plan's failovers may run.
        var allowFailover: Bool
        /// `--metrics-file`, written when the report is.
        var metrics: ApplyMetricsFile?
        /// `--lang`: the language of the plan shown before approval (the rest of apply's output is
        /// English for now).
        var language: Language = .english

        init(
            parallelism: Int?, journalPath: String, format: ApplyOutputFormat, reportPath: String? = nil, useColor: Bool,
            autoApprove: Bool, selection: GroupSelectionOptions, pollScale: Double? = nil, allowFailover: Bool = false,
            metrics: ApplyMetricsFile? = nil
        ) {
            self.allowFailover = allowFailover
            self.metrics = metrics
            self.parallelism = parallelism
            self.journalPath = journalPath
            self.format = format
            self.reportPath = reportPath
            self.useColor = useColor
            self.autoApprove = autoApprove
            self.targets = selection.targets
            self.excludes = selection.excludes
            self.pollScale = pollScale
        }
    }

    /// Human output goes to stdout, except with `--format json`, where stdout holds only the report.
    static func say(_ text: String, _ settings: Settings) {
        if settings.format == .json { StandardStreams.writeError(text + "\n") } else { StandardStreams.write(text + "\n") }
    }

    static func run(saved: Plan?, desired: DesiredState?, settings: Settings, api: any CloudAPI, target: CloudTarget, logger: Logger) async throws -> Int32 {
        // Held until this function returns (the process exits right after): a second apply on the
        // same journal refuses before changing anything.
        let lock = try JournalLock(journalPath: settings.journalPath)
        defer { withExtendedLifetime(lock) {} }
        let plan: Plan
        var refusals: [String: Message] = [:]
        if let saved {
            try checkScope(of: saved, target: target)
            plan = saved
            let desiredAgain = SavedPlan.desiredState(of: saved)
            let live = try await LiveStateObserver(cloud: api).observe { desiredAgain.referencedGroupIDs(in: $0) }
            refusals = SavedPlanCheck.refusals(plan: saved, live: live)
            for address in refusals.keys.sorted() {
                say(settings.language(.cliRefused, ["address": .text(UntrustedText.printable(address)), "reason": refusals[address]!.argument]), settings)
            }
        } else if let desired {
            let live = try await LiveStateObserver(cloud: api).observe { desired.referencedGroupIDs(in: $0) }
            var made = Planner.plan(
                desired: desired, live: live,
                options: PlanOptions(desired: desired, targets: settings.targets, excludes: settings.excludes, projectID: target.projectID, region: target.region)
            )
            made.createdAt = Date().formatted(.iso8601)
            plan = made
            var options = PlanTextRenderer.Options()
            options.color = settings.useColor
            options.width = StandardStreams.outputWidth()
            options.language = settings.language
            say(PlanTextRenderer(options: options).render(made), settings)
            if made.errored { return ExitStatus.error.rawValue }
        } else {
            throw ValidationError("nothing to apply")
        }

        let changing = plan.groups.filter { $0.action.isChange && refusals[$0.address] == nil }
        let failovers = changing.filter { $0.action == .failover }.map(\.address)
        if !failovers.isEmpty && !settings.allowFailover {
            // Before the journal, the approval and any call: nothing changes.
            let groups = failovers.map { UntrustedText.printable($0) }.joined(separator: ", ")
            StandardStreams.writeError("error: \(settings.language(.cliFailoverNotAllowed, ["groups": .text(groups)]))\n")
            return ExitStatus.error.rawValue
        }
        if !changing.isEmpty || !refusals.isEmpty { try checkJournal(settings.journalPath, target: target) }
        guard !changing.isEmpty || !refusals.isEmpty else {
            // Nothing the plan changes: no journal record, no call.
            let stamp = Date()
            var report = ApplyReport(
                runID: UUID().uuidString.lowercased(), startedAt: stamp, endedAt: stamp, groups: plan.groups.map(Executor.untouched)
            )
            report.target = reportTarget(target, plan: plan, saved: saved != nil)
            let blocked = plan.groups.filter { $0.action == .blocked }.count
            say(blocked == 0 ? settings.language(.cliNoChanges) : settings.language(.cliNoChangesBlocked, ["count": "\(blocked)"]), settings)
            if settings.format == .json { StandardStreams.write(try ApplyReportJSONRenderer.render(report)) }
            try writeMetrics(report, settings)
            try writeHTMLReport(report, settings)
            return ExitStatus(apply: report).rawValue
        }
        if saved == nil { try approve(groupCount: changing.count, settings: settings) }
        var report = try await execute(plan, refusals: refusals, settings: settings, api: api, target: target, logger: logger)
        report.target = reportTarget(target, plan: plan, saved: saved != nil)
        switch settings.format {
        case .text:
            StandardStreams.write(ApplyReportTextRenderer(color: settings.useColor, language: settings.language).render(report))
        case .json:
            StandardStreams.write(try ApplyReportJSONRenderer.render(report))
        }
        try writeMetrics(report, settings)
        try writeHTMLReport(report, settings)
        return ExitStatus(apply: report).rawValue
    }

    /// Where the run went, for its reports: a rehearsal is marked as one.
    static func reportTarget(_ target: CloudTarget, plan: Plan, saved: Bool) -> ApplyReport.Target {
        ApplyReport.Target(
            projectID: target.projectID, region: target.region, emulated: target.emulated, loopback: target.loopback,
            version: BuildInfo.current(program: "switchyard").line,
            source: saved ? "plan \(Fingerprint.of(plan))" : "desired state \(plan.inputs.desiredFile)")
    }

    /// The journal this run appends to must be a switchyard journal of this project and region (or
    /// not exist yet), checked before any change. Its records are never used to decide anything:
    /// the journal is an audit log, and a run on a fresh machine does what a run here does.
    static func checkJournal(_ path: String, target: CloudTarget) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let contents = try JournalReader.read(path: path, projectID: target.projectID, region: target.region)
        if let line = contents.truncatedLastLine {
            StandardStreams.writeError("warning: \(path):\(line): the last journal record was cut short (a crash while writing it); it is ignored\n")
        }
    }

    /// A saved plan must be for this project and region, and free of errors.
    static func checkScope(of saved: Plan, target: CloudTarget) throws {
        if let planned = saved.inputs.projectID, planned != target.projectID {
            throw PlanLoadError(message: "the plan was made for project \(UntrustedText.printable(planned)), not \(target.projectID); plan again for this project")
        }
        if let planned = saved.inputs.region, planned != target.region {
            throw PlanLoadError(message: "the plan was made for region \(UntrustedText.printable(planned)), not \(target.region); plan again for this region")
        }
        guard !saved.errored else {
            throw PlanLoadError(message: "the plan has errors and cannot be applied; fix them and plan again")
        }
    }

    /// Writes `--metrics-file` when asked; a failure here is an error after the run's own report.
    static func writeMetrics(_ report: ApplyReport, _ settings: Settings) throws {
        guard let metrics = settings.metrics else { return }
        do {
            try metrics.write(report)
        } catch {
            throw ReportFileError(message: "the run ended as reported above, but the metrics file could not be written: \(error)")
        }
    }

    /// Writes `--report FILE.html` when asked; a failure here is an error after the run's own report.
    static func writeHTMLReport(_ report: ApplyReport, _ settings: Settings) throws {
        guard let path = settings.reportPath else { return }
        do {
            try SecureFile.write(ApplyReportHTMLRenderer(language: settings.language).render(report), to: path)
        } catch {
            throw ReportFileError(message: "the run ended as reported above, but the HTML report could not be written: \(error)")
        }
        say(settings.language(.cliHTMLWritten, ["path": .text(TerminalText.line(path))]), settings)
    }

    /// Asks for "yes" on a terminal; refuses without one unless --auto-approve.
    static func approve(groupCount: Int, settings: Settings) throws {
        if settings.autoApprove { return }
        guard StandardStreams.inputIsTerminal else {
            StandardStreams.writeError("error: \(settings.language(.cliNeedsApproval))\n")
            throw ExitCode(ExitStatus.error.rawValue)
        }
        StandardStreams.write("\n" + settings.language(.cliApprovalPrompt, ["count": "\(groupCount)"]))
        guard readLine(strippingNewline: true) == "yes" else {
            StandardStreams.writeError(settings.language(.cliCancelled) + "\n")
            throw ExitCode(ExitStatus.error.rawValue)
        }
    }

    static func execute(_ plan: Plan, refusals: [String: Message], settings: Settings, api: any CloudAPI, target: CloudTarget, logger: Logger) async throws -> ApplyReport {
        let journalPath = settings.journalPath
        let runID = UUID().uuidString.lowercased()
        let writer = CrashInjectingJournal.wrap(try FileJournalWriter(path: journalPath), environment: ProcessInfo.processInfo.environment)
        let header = JournalHeader(
            projectID: target.projectID, region: target.region, runID: runID, startedAt: Date(), switchyardVersion: SwitchyardVersion.current
        )
        let poll = settings.pollScale.map { scale in
            var standard = PollSchedule.standard
            standard.scale = scale
            return standard
        }
            ?? (target.loopback ? PollSchedule(initial: .milliseconds(200), cap: .seconds(2)) : PollSchedule.standard)
        let progress = ProgressPrinter(
            toStandardError: settings.format == .json,
            live: settings.format == .text && StandardStreams.outputIsTerminal && ProcessInfo.processInfo.environment["TERM"] != "dumb",
            groups: plan.groups.filter { $0.action.isChange && refusals[$0.address] == nil }.map { ($0.address, $0.wave) },
            startedAt: header.startedAt,
            language: settings.language
        )
        let origin = ContinuousClock.now
        let executor = Executor(
            cloud: api, journal: writer, clock: ContinuousClock(), elapsed: { origin.duration(to: .now) }, now: { Date() },
            options: ExecutorOptions(
                poll: poll, runID: runID, parallelism: settings.parallelism,
                // Every 30 s of a wait against the real cloud; scaled with --poll-scale.
                heartbeatInterval: .milliseconds(Int64(30_000 * (settings.pollScale ?? (target.loopback ? 0.1 : 1))))
            ), logger: logger,
            onEvent: { progress.print($0) }
        )
        let signals = SignalWatcher.start()
        defer { signals.stop() }
        return try await withThrowingTaskGroup(of: RunEnd.self) { group in
            group.addTask { .finished(try await executor.run(plan, refusals: refusals, header: header)) }
            group.addTask {
                await signals.firstSignal()
                return .signalled
            }
            group.addTask {
                // Refreshes the live view's elapsed times until the run ends.
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(1))
                    progress.tick()
                }
                return .tickerStopped
            }
            var interrupted = false
            while let end = try await group.next() {
                switch end {
                case .finished(let report):
                    group.cancelAll()
                    return report
                case .signalled where !interrupted && !Task.isCancelled:
                    interrupted = true
                    StandardStreams.writeError("\n\(settings.language(.cliInterrupted))\n")
                    group.cancelAll()
                case .signalled, .tickerStopped:
                    continue
                }
            }
            throw CancellationError()
        }
    }
}
