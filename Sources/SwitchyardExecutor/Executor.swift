// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

/// Carries out a `Plan`: for every group the plan changes, a `SwitchoverMachine` decides and this
/// type observes, performs the changing calls (journaling each first) and waits.
///
/// One shared loop serves every group (`coordinate`): observations are bulk reads for all groups
/// that need one at a tick, a job is read once however many groups wait for it, and the stops and
/// starts several groups ask for at the same tick go out as one ECS batch call.
/// Groups start in dependency order (`ApplySchedule`), up to `parallelism` at a time; a group whose
/// dependency did not converge is skipped, and so are its dependants. Every group of the plan is in
/// the report: the ones it does not change with their plan verdict (in sync, blocked, excluded).
/// Cancelling the calling task stops new steps, lets in-flight calls finish and journal their
/// outcome, and returns a report with `interrupted` set.
///
/// Time: `elapsed` is a monotonic clock (every timeout and duration uses it); the wall clock is read
/// once, at the start, to date the report. `clock` only sleeps.
public struct Executor: Sendable {
    public let cloud: any CloudAPI
    public let journal: any JournalWriter
    public let clock: any Clock<Duration>
    /// Monotonic time since any fixed origin.
    public let elapsed: @Sendable () -> Duration
    /// The wall clock, read once per run.
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
        elapsed: @escaping @Sendable () -> Duration,
        now: @escaping @Sendable () -> Date,
        options: ExecutorOptions,
        logger: Logger,
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        onEvent: @escaping @Sendable (ApplyEvent) -> Void = { _ in }
    ) {
        self.cloud = cloud
        self.journal = journal
        self.clock = clock
        self.elapsed = elapsed
        self.now = now
        self.options = options
        self.logger = logger
        self.jitter = jitter
        self.onEvent = onEvent
    }

    /// Runs the plan and reports every group.
    ///
    /// - Parameters:
    ///   - refusals: changing groups not to touch, with the reason (`SavedPlanCheck`); their
    ///     dependants are skipped.
    ///   - header: written to the journal first (its `runID` should equal `options.runID`).
    /// - Throws: only when the journal header cannot be written (nothing was changed then); group
    ///   failures are in the report.
    public func run(_ plan: Plan, refusals: [String: Message] = [:], header: JournalHeader) async throws -> ApplyReport {
        let clock = RunClock(wallStart: now(), monotonicStart: elapsed(), elapsed: elapsed)
        try await journal.append(.header(header))
        let changing = plan.groups.filter { $0.action.isChange }
        let switching = changing.filter { $0.action == .switchover && refusals[$0.address] == nil }.count
        if switching > plan.policy.maxSwitchesPerRun {
            let reason = Message(.refusedTooManySwitches, ["count": "\(switching)", "limit": "\(plan.policy.maxSwitchesPerRun)"])
            let groups = plan.groups.map { group in
                group.action.isChange ? refused(group, reason) : Self.untouched(group)
            }
            return ApplyReport(runID: options.runID, startedAt: clock.wallStart, endedAt: clock.date(), groups: groups, refusal: reason)
        }
        var results: [String: ApplyReport.Group] = [:]
        for (address, reason) in refusals {
            guard let group = plan.group(address) else { continue }
            results[address] = refused(group, reason)
            onEvent(ApplyEvent(address: address, kind: .groupFinished, step: ApplyReport.Result.refused.rawValue, at: clock.date()))
        }
        let ordered = changing.sorted { ($0.wave ?? 0, $0.address) < ($1.wave ?? 0, $1.address) }
        var schedule = ApplySchedule(
            groups: ordered.map { ($0.address, $0.dependsOn) },
            settled: Dictionary(uniqueKeysWithValues: results.map { ($0.key, $0.value.result) })
        )
        for skip in refusals.keys.sorted().flatMap({ schedule.finished($0, result: .refused) }) {
            results[skip.address] = skipped(plan.group(skip.address)!, skip.reason, clock)
        }
        let journal = ChangeJournal(writer: self.journal, runID: options.runID)
        let parallelism = max(1, options.parallelism ?? plan.policy.parallelism)
        let byAddress = Dictionary(ordered.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })
        await coordinate(byAddress, schedule: &schedule, results: &results, journal: journal, clock: clock, parallelism: parallelism)
        for address in schedule.notStarted {
            guard let group = byAddress[address], results[address] == nil else { continue }
            let interrupted = Task.isCancelled
            results[address] = ApplyReport.Group(
                address: address, groupID: group.groupID ?? "", result: interrupted ? .interrupted : .skipped,
                reason: Message(interrupted ? .notStartedInterrupted : .notStartedCycle),
                rto: group.rto
            )
        }
        let groups = plan.groups.map { results[$0.address] ?? Self.untouched($0) }
        return ApplyReport(
            runID: options.runID, startedAt: clock.wallStart, endedAt: clock.date(), groups: groups,
            interrupted: Task.isCancelled || groups.contains { $0.result == .interrupted }
        )
    }

    /// The report entry of a group the plan does not change.
    public static func untouched(_ group: GroupPlan) -> ApplyReport.Group {
        let result: ApplyReport.Result
        var reason: Message?
        switch group.action {
        case .inSync: result = .inSync
        case .excluded: (result, reason) = (.excluded, group.notes.first)
        default:
            let reasons = group.reasons.map { $0.phrase ?? Phrase(verbatim: $0.message) }
            (result, reason) = (.blocked, Message(.verbatim, ["text": .list(reasons, separator: .leftSeparator)]))
        }
        return ApplyReport.Group(address: group.address, groupID: group.groupID ?? "", result: result, reason: reason, rto: group.rto)
    }

    func refused(_ group: GroupPlan, _ reason: Message) -> ApplyReport.Group {
        ApplyReport.Group(address: group.address, groupID: group.groupID ?? "", result: .refused, reason: reason, rto: group.rto)
    }

    func skipped(_ group: GroupPlan, _ reason: Message, _ clock: RunClock) -> ApplyReport.Group {
        onEvent(ApplyEvent(address: group.address, kind: .groupFinished, step: ApplyReport.Result.skipped.rawValue, at: clock.date()))
        return ApplyReport.Group(address: group.address, groupID: group.groupID ?? "", result: .skipped, reason: reason, rto: group.rto)
    }
}

/// The run's time: the wall clock read once, then monotonic offsets from it.
struct RunClock: Sendable {
    let wallStart: Date
    let monotonicStart: Duration
    let elapsed: @Sendable () -> Duration

    /// Monotonic time now.
    func monotonic() -> Duration { elapsed() }

    /// The wall time of a monotonic instant (now when `nil`).
    func date(_ instant: Duration? = nil) -> Date {
        let offset = (instant ?? elapsed()) - monotonicStart
        let components = offset.components
        return wallStart.addingTimeInterval(Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }
}
