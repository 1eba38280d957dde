// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import Logging
import SwitchyardCore
import SwitchyardRuntime

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

        init(
            parallelism: Int?, journalPath: String, format: ApplyOutputFormat, reportPath: String? = nil, useColor: Bool,
            autoApprove: Bool, selection: GroupSelectionOptions, pollScale: Double? = nil
        ) {
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
        // same journal refuses before reading it or changing anything.
        let lock = try JournalLock(journalPath: settings.journalPath)
        defer { withExtendedLifetime(lock) {} }
        let plan: Plan
        var refusals: [ApplyReport.Group] = []
        if let saved {
            if let planned = saved.inputs.projectID, planned != target.projectID {
                throw PlanLoadError(message: "the plan was made for project \(UntrustedText.printable(planned)), not \(target.projectID); plan again for this project")
            }
            if let planned = saved.inputs.region, planned != target.region {
                throw PlanLoadError(message: "the plan was made for region \(UntrustedText.printable(planned)), not \(target.region); plan again for this region")
            }
            guard !saved.errored else {
                throw PlanLoadError(message: "the plan has errors and cannot be applied; fix them and plan again")
            }
            plan = saved
            let desiredAgain = SavedPlan.desiredState(of: saved)
            let live = try await LiveStateObserver(cloud: api).observe { desiredAgain.referencedGroupIDs(in: $0) }
            refusals = StalenessCheck.refusals(plan: saved, desired: desiredAgain, live: live)
            for refusal in refusals {
                say("\(refusal.address): \(refusal.result == .alreadyConverged ? "already converged" : "refused"): \(refusal.reason ?? "")", settings)
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
            say(PlanTextRenderer(options: options).render(made), settings)
            if made.errored { return ExitStatus.error.rawValue }
        } else {
            throw ValidationError("nothing to apply")
        }

        let memories = try journalMemories(path: settings.journalPath, projectID: target.projectID, region: target.region)
        let resumed = saved == nil ? ResumeSelection.addresses(plan: plan, memories: memories) : []
        let refused = Set(refusals.map(\.address))
        let specs = plan.groups.compactMap { group -> SwitchSpec? in
            guard group.action == .switchover || resumed.contains(group.address), !refused.contains(group.address),
                  let id = group.groupID, let site = group.desiredSite else { return nil }
            return SwitchSpec(
                address: group.address, groupID: id, desiredSite: site.site, shutdown: group.settings.shutdown,
                startAfterSwitch: group.settings.startAfterSwitch, switchTimeout: group.settings.switchTimeout,
                shutdownTimeout: group.settings.shutdownTimeout, onFailure: group.settings.onFailure, rto: group.rto,
                dependsOn: group.dependsOn
            )
        }
        for address in resumed.sorted() {
            say("\(address): resuming the switchover an earlier run left unfinished", settings)
        }
        let waves = ResumeSelection.waves(for: specs)
        if saved == nil, !specs.isEmpty {
            try approve(groupCount: specs.count, settings: settings)
        }
        let blockedInPlan = plan.groups.contains { $0.action == .blocked && !resumed.contains($0.address) }
        guard !specs.isEmpty else {
            say(refusals.isEmpty ? "No changes: every group is where it should be." : "Nothing left to apply.", settings)
            let now = Date()
            try writeHTMLReport(ApplyReport(runID: UUID().uuidString.lowercased(), startedAt: now, endedAt: now, groups: refusals.sorted { $0.address < $1.address }), settings)
            let anyRefused = refusals.contains { $0.result == .refused }
            return (anyRefused || blockedInPlan) ? ExitStatus.blocked.rawValue : ExitStatus.success.rawValue
        }
        let request = ApplyRequest(
            specs: specs, waves: waves, parallelism: settings.parallelism ?? plan.policy.parallelism,
            maxSwitchesPerRun: plan.policy.maxSwitchesPerRun
        )
        var report = try await execute(request, memories: memories, settings: settings, api: api, target: target, logger: logger)
        report.groups += refusals
        report.groups.sort { $0.address < $1.address }
        switch settings.format {
        case .text:
            StandardStreams.write(ApplyReportTextRenderer(color: settings.useColor).render(report))
        case .json:
            StandardStreams.write(try ApplyReportJSON.render(report) + "\n")
        }
        try writeHTMLReport(report, settings)
        return report.exitCode != 0 ? report.exitCode : (blockedInPlan ? ExitStatus.blocked.rawValue : ExitStatus.success.rawValue)
    }

    /// Writes `--report FILE.html` when asked; a failure here is an error after the run's own report.
    static func writeHTMLReport(_ report: ApplyReport, _ settings: Settings) throws {
        guard let path = settings.reportPath else { return }
        do {
            try SecureFile.write(ApplyReportHTMLRenderer().render(report), to: path)
        } catch {
            throw ReportFileError(message: "the run ended as reported above, but the HTML report could not be written: \(error)")
        }
        say("HTML report written to \(path)", settings)
    }

    /// Asks for "yes" on a terminal; refuses without one unless --auto-approve.
    static func approve(groupCount: Int, settings: Settings) throws {
        if settings.autoApprove { return }
        guard StandardStreams.inputIsTerminal else {
            StandardStreams.writeError("error: apply -f needs approval: run it on a terminal, pass --auto-approve, or apply a saved plan (plan --out PLAN, then apply PLAN)\n")
            throw ExitCode(ExitStatus.error.rawValue)
        }
        StandardStreams.write("\nThis stops production servers and switches \(groupCount) group(s).\nOnly 'yes' will be accepted to approve: ")
        guard readLine(strippingNewline: true) == "yes" else {
            StandardStreams.writeError("Apply cancelled; nothing was changed.\n")
            throw ExitCode(ExitStatus.error.rawValue)
        }
    }

    /// What earlier runs journaled, per group ID; empty when there is no journal yet.
    static func journalMemories(path: String, projectID: String, region: String) throws -> [String: GroupMemory] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let contents = try JournalReader.read(path: path, projectID: projectID, region: region)
        if let line = contents.truncatedLastLine {
            StandardStreams.writeError("warning: \(path):\(line): the last journal record was cut short (a crash while writing it); it is ignored\n")
        }
        return JournalReplay.memories(from: contents.records)
    }

    static func execute(_ request: ApplyRequest, memories: [String: GroupMemory], settings: Settings, api: any CloudAPI, target: CloudTarget, logger: Logger) async throws -> ApplyReport {
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
            live: settings.format == .text && StandardStreams.outputIsTerminal && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        )
        let executor = Executor(
            cloud: api, journal: writer, clock: ContinuousClock(), now: { Date() },
            options: ExecutorOptions(poll: poll, runID: runID), logger: logger,
            onEvent: { progress.print($0) }
        )
        let replayed = memories
        let signals = SignalWatcher.start()
        defer { signals.stop() }
        return try await withThrowingTaskGroup(of: RunEnd.self) { group in
            group.addTask { .finished(try await executor.run(request, header: header, memories: replayed)) }
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
                    StandardStreams.writeError("\ninterrupted: no new steps will start; waiting for calls in flight (press Ctrl-C again to exit at once)\n")
                    group.cancelAll()
                case .signalled, .tickerStopped:
                    continue
                }
            }
            throw CancellationError()
        }
    }
}
