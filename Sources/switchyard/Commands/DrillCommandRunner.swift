// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudClient
import SwitchyardCore

/// Wiring of `drill`: parse → resolve the selected groups → `DrillRunner` → report.
enum DrillCommandRunner {
    struct Settings: Sendable {
        var check: String?
        var drillVPCs: [String]
        var keep: Bool
        var pollScale: Double?
    }

    static func run(
        file: String, cloud: CloudOptions, selection: GroupSelectionOptions, language: Language, settings: Settings
    ) async throws -> DrillReport {
        let desired = try PlanRunner.loadDesiredState(file: file, language: language)
        let logger = CommandLogging.makeLogger(debug: cloud.debug)
        let startedAt = Date()
        return try await CommandFailure.run {
            try await CloudSession.run(options: cloud, desired: desired, purpose: .write, logger: logger) { api, target in
                guard let drills = api as? any DrillAPI else {
                    throw ConfigurationError(language(.drillNoDrillAPI))
                }
                let live = try await LiveStateObserver(cloud: api).observe { desired.referencedGroupIDs(in: $0) }
                let plan = Planner.plan(
                    desired: desired, live: live,
                    options: PlanOptions(
                        desired: desired, targets: selection.targets, excludes: selection.excludes,
                        projectID: target.projectID, region: target.region)
                )
                // Only selection mistakes stop the run; an unresolved group is reported as not drilled.
                for address in selection.targets + selection.excludes where !plan.groups.contains(where: {
                    $0.address == address || $0.selector.id == address || $0.selector.name == address
                }) {
                    throw ConfigurationError(language(.diagnosticNoSuchTarget, ["flag": "--target/--exclude", "address": .text(TerminalText.line(address, limit: 80))]))
                }
                let (resolved, unresolved) = DrillTarget.targets(in: plan)
                let names = Dictionary(plan.groups.compactMap { group in group.groupID.flatMap { id in group.selector.name.map { (id, $0) } } }) { first, _ in first }
                let targets: [DrillTarget]
                do {
                    targets = try DrillVPCChoice(arguments: settings.drillVPCs).assign(to: resolved, names: names)
                } catch let problem as DrillVPCChoice.Problem {
                    throw ConfigurationError(problem.message.text(language))
                }
                let timeScale = target.emulated ? cloud.emulatorTimeScale : 1
                var options = DrillRunner.Options(runStamp: runStamp(startedAt))
                options.keep = settings.keep
                options.timeScale = timeScale
                options.poll.scale = settings.pollScale ?? 1
                let origin = ContinuousClock.now
                let runner = DrillRunner(
                    drills: drills, check: settings.check.map(ShellDrillCheck.init(command:)), options: options,
                    clock: ContinuousClock(), elapsed: { origin.duration(to: .now) },
                    progress: { StandardStreams.writeError(TerminalText.line($0.text(language)) + "\n") }
                )
                let results = await runner.run(targets)
                return DrillReport(
                    desiredFile: desired.file, projectID: target.projectID, region: target.region,
                    startedAt: startedAt.formatted(.iso8601), endedAt: Date().formatted(.iso8601),
                    timeScale: timeScale == 1 ? nil : timeScale, keep: settings.keep, groups: results,
                    unresolved: unresolved.map {
                        DrillReport.Unresolved(address: $0.address, reason: $0.reasons.first?.sentence ?? Message(verbatim: "\($0.action)"))
                    }
                )
            }
        }
    }

    /// `20261206-144800-123`: this run's drill names end with it (UTC, to the millisecond).
    static func runStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + "-" + pad(parts.hour, 2) + pad(parts.minute, 2)
            + pad(parts.second, 2) + "-" + pad((parts.nanosecond ?? 0) / 1_000_000, 3)
    }
}

/// `--check CMD`: runs `/bin/sh -c CMD` with the drill's details in the environment; its output
/// goes to stderr, so a report on stdout stays clean. switchyard's access key, secret key and
/// security token are not passed on: the check gets what it needs to find the drill, not the
/// identity that can change the cloud.
struct ShellDrillCheck: DrillCheck {
    let command: String

    static let withheldVariables: Set<String> = [
        EnvironmentCredentials.accessKeyVariable, EnvironmentCredentials.secretKeyVariable,
        EnvironmentCredentials.securityTokenVariable,
    ]

    static func environment(for context: DrillCheckContext, inherited: [String: String]) -> [String: String] {
        inherited.filter { !withheldVariables.contains($0.key) }.merging(context.environment) { _, new in new }
    }

    func run(_ context: DrillCheckContext) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = Self.environment(for: context, inherited: ProcessInfo.processInfo.environment)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.standardError
        process.standardError = FileHandle.standardError
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
