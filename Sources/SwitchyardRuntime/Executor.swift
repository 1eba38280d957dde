// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

/// Carries out an `ApplyRequest`: waves in order, groups of a wave in parallel up to
/// `parallelism`, each group driven by `SwitchDecider`, every changing call journaled first.
///
/// A failed, refused or skipped group skips the groups that depend on it (directly or not), never
/// unrelated ones. Cancelling the calling task stops new steps, lets in-flight calls finish and
/// journal their outcome, and returns a report with `interrupted` set. No `Date()` or
/// `Task.sleep` inside: time comes from `now` and `clock`.
public struct Executor: Sendable {
    public let cloud: any CloudAPI
    public let journal: any JournalWriter
    public let clock: any Clock<Duration>
    public let now: @Sendable () -> Date
    public let options: ExecutorOptions
    public let logger: Logger
    /// Jitter source in `0..<1` for poll delays.
    public let jitter: @Sendable () -> Double
    /// Progress events, delivered as they happen (from several tasks: keep it cheap and thread-safe).
    public let onEvent: @Sendable (ApplyEvent) -> Void

    public init(
        cloud: any CloudAPI,
        journal: any JournalWriter,
        clock: any Clock<Duration>,
        now: @escaping @Sendable () -> Date,
        options: ExecutorOptions,
        logger: Logger,
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        onEvent: @escaping @Sendable (ApplyEvent) -> Void = { _ in }
    ) {
        self.cloud = cloud
        self.journal = journal
        self.clock = clock
        self.now = now
        self.options = options
        self.logger = logger
        self.jitter = jitter
        self.onEvent = onEvent
    }

    /// Runs the request and reports every group.
    ///
    /// - Parameters:
    ///   - header: written to the journal first (its `runID` should equal `options.runID`).
    ///   - memories: per group ID, from `JournalReplay.memories(from:)` of earlier runs.
    /// - Throws: only when the journal header cannot be written or the first observation fails
    ///   (nothing was changed then); group failures are in the report.
    public func run(_ request: ApplyRequest, header: JournalHeader, memories: [String: GroupMemory] = [:]) async throws -> ApplyReport {
        let startedAt = now()
        try await journal.append(.header(header))
        let changes = ChangeJournal(writer: journal, runID: options.runID)
        let specs = Dictionary(request.specs.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })
        let groupIDs = Set(request.specs.map(\.groupID)).sorted()
        let groups = Dictionary(try await cloud.listProtectionGroups().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let instances = Dictionary(grouping: try await cloud.listProtectedInstances(groupIDs: groupIDs), by: \.groupID)

        let needSwitch = request.specs.filter { spec in
            guard let group = groups[spec.groupID] else { return false }
            return group.priorityStation != spec.desiredSite
        }
        if needSwitch.count > request.maxSwitchesPerRun {
            let reason = "\(needSwitch.count) groups need a switchover, more than max-switches-per-run \(request.maxSwitchesPerRun); nothing was changed"
            let refused = request.specs.map { ApplyReport.Group(address: $0.address, groupID: $0.groupID, result: .refused, reason: reason, rto: $0.rto) }
            return ApplyReport(runID: options.runID, startedAt: startedAt, endedAt: now(), groups: refused, refusal: reason)
        }

        var results: [String: ApplyReport.Group] = [:]
        for wave in request.effectiveWaves {
            var runnable: [SwitchSpec] = []
            for address in wave {
                guard let spec = specs[address] else { continue }
                if Task.isCancelled {
                    results[address] = ApplyReport.Group(address: address, groupID: spec.groupID, result: .interrupted, reason: "not started: the run was interrupted", rto: spec.rto)
                } else if let blocker = blockingDependency(of: spec, results: results, specs: specs) {
                    results[address] = ApplyReport.Group(address: address, groupID: spec.groupID, result: .skipped, reason: blocker, rto: spec.rto)
                    onEvent(ApplyEvent(address: address, kind: .groupFinished, step: ApplyReport.Result.skipped.rawValue, at: now()))
                } else {
                    runnable.append(spec)
                }
            }
            for group in await runWave(runnable, parallelism: request.parallelism, memories: memories, instances: instances, journal: changes) {
                results[group.address] = group
            }
        }
        let ordered = request.specs.compactMap { results[$0.address] }
        return ApplyReport(
            runID: options.runID, startedAt: startedAt, endedAt: now(), groups: ordered,
            interrupted: Task.isCancelled || ordered.contains { $0.result == .interrupted }
        )
    }

    /// The reason `spec` must be skipped: a dependency (transitively) that did not converge.
    func blockingDependency(of spec: SwitchSpec, results: [String: ApplyReport.Group], specs: [String: SwitchSpec]) -> String? {
        for dependency in spec.dependsOn {
            guard let result = results[dependency] else { continue }
            switch result.result {
            case .converged, .alreadyConverged: continue
            case .skipped: return "skipped: depends on \(dependency), which was skipped (\(result.reason ?? ""))"
            default: return "skipped: depends on \(dependency), which ended \(result.result.rawValue)"
            }
        }
        return nil
    }

    func runWave(
        _ specs: [SwitchSpec], parallelism: Int, memories: [String: GroupMemory], instances: [String: [LiveInstance]], journal: ChangeJournal
    ) async -> [ApplyReport.Group] {
        await withTaskGroup(of: ApplyReport.Group.self) { group in
            var results: [ApplyReport.Group] = []
            var running = 0
            for spec in specs {
                if running >= max(1, parallelism), let finished = await group.next() {
                    results.append(finished)
                    running -= 1
                }
                if Task.isCancelled {
                    results.append(ApplyReport.Group(address: spec.address, groupID: spec.groupID, result: .interrupted, reason: "not started: the run was interrupted", rto: spec.rto))
                    continue
                }
                let runner = GroupRunner(
                    context: self, spec: spec, memory: memories[spec.groupID] ?? GroupMemory(),
                    instances: instances[spec.groupID] ?? [], journal: journal
                )
                group.addTask {
                    var owned = runner
                    return await owned.run()
                }
                running += 1
            }
            for await finished in group { results.append(finished) }
            return results
        }
    }
}
