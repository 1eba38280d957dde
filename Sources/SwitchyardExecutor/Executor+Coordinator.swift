// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

/// One group the run works on: its machine, what the machine asked for last, and when.
struct GroupRun: Sendable {
    let plan: GroupPlan
    var machine: SwitchoverMachine
    var progress: ProgressTracker
    var action: SwitchoverMachine.Action
    /// Monotonic instant the current wait ends; `nil` when the action is due now.
    var due: Duration?
    /// The servers the plan recorded for the group (what an observation lists).
    let serverIDs: [String]
    /// The servers of the group's last changing call (to pick its sub-jobs out of a batch job).
    var callServerIDs: Set<String> = []
    /// The group's status at the last observation.
    var lastStatus: GroupStatus?
    /// When the last heartbeat (or the step) began, monotonic.
    var lastHeartbeat: Duration = .zero

    var address: String { plan.address }
}

extension Executor {
    /// Runs every changing group of the plan through one shared loop: each tick observes all the
    /// groups that need it with two bulk calls (the groups, then all their servers), reads each
    /// running job once however many groups wait for it, and sends the power actions that several
    /// groups ask for at the same tick as one batch call. Groups start in dependency order.
    func coordinate(
        _ groups: [String: GroupPlan], schedule: inout ApplySchedule, results: inout [String: ApplyReport.Group],
        journal: ChangeJournal, clock: RunClock, parallelism: Int
    ) async {
        var runs: [String: GroupRun] = [:]
        var idle = false
        while true {
            var launched = 0
            if !Task.isCancelled {
                for address in schedule.takeReady(limit: max(0, parallelism - runs.count)) {
                    launched += 1
                    guard let plan = groups[address] else { continue }
                    var machine = SwitchoverMachine(plan: plan)
                    let action = machine.start(at: clock.monotonic())
                    var run = GroupRun(
                        plan: plan, machine: machine, progress: ProgressTracker(address: address, onEvent: onEvent, clock: clock),
                        action: action, serverIDs: plan.observation?.servers.map(\.id) ?? []
                    )
                    run.progress.report(run.machine)
                    runs[address] = run
                }
            }
            for address in runs.keys.sorted() {
                guard let run = runs[address] else { continue }
                var outcome: SwitchoverMachine.Outcome?
                if case .finish(let end) = run.action { outcome = end }
                if outcome == nil, Task.isCancelled {
                    outcome = .init(result: .interrupted, reason: Message(.interruptedLeft, ["left": run.machine.leftBehind.argument]), failure: nil)
                }
                guard let outcome else { continue }
                runs[address] = nil
                results[address] = finished(run, outcome, clock: clock)
                for skip in schedule.finished(address, result: outcome.result) {
                    if let plan = groups[skip.address] { results[skip.address] = skipped(plan, skip.reason, clock) }
                }
            }
            if runs.isEmpty && (Task.isCancelled || schedule.allStarted) { return }
            if runs.isEmpty {
                // Twice in a row nothing ran and nothing could start: the rest wait on each other (a
                // saved plan with a cycle the checks missed). They are reported as not started.
                if launched == 0 && idle { return }
                idle = launched == 0
                continue
            }
            idle = false
            await tick(&runs, journal: journal, clock: clock)
        }
    }

    /// One step of the shared loop: the calls asked for, else the observations and job reads that
    /// are due, else a sleep until the first of them is.
    func tick(_ runs: inout [String: GroupRun], journal: ChangeJournal, clock: RunClock) async {
        heartbeats(&runs, clock: clock)
        let callers = runs.values.filter { if case .call = $0.action { true } else { false } }
        if !callers.isEmpty {
            let events = await performCalls(callers, journal: journal, clock: clock)
            for (address, event) in events { feed(&runs, address, event, clock: clock) }
            return
        }
        let now = clock.monotonic()
        let due = runs.values.filter { ($0.due ?? now) <= now }
        guard !due.isEmpty else {
            let next = runs.values.compactMap(\.due).min() ?? now
            try? await self.clock.sleep(for: max(next - now, .zero))
            return
        }
        var observe: [String] = []
        var jobs: [CloudJobID: [String]] = [:]
        for run in due {
            switch run.action {
            case .wait(let wait) where wait.job != nil && !(wait.step == .waitForSwitch && run.lastStatus == .reversing):
                jobs[wait.job!, default: []].append(run.address)
            case .observe, .wait:
                observe.append(run.address)
            default:
                continue
            }
        }
        // A job read serves every group waiting for that job, due or not: one cadence per job.
        for run in runs.values {
            if case .wait(let wait) = run.action, let job = wait.job, jobs[job] != nil, !jobs[job]!.contains(run.address) {
                jobs[job]!.append(run.address)
            }
        }
        if !observe.isEmpty {
            // Groups waiting without a job are observed along: the bulk calls cost the same.
            for run in runs.values where !observe.contains(run.address) {
                if case .wait(let wait) = run.action, wait.job == nil || (wait.step == .waitForSwitch && run.lastStatus == .reversing) {
                    observe.append(run.address)
                }
            }
            await observeAndFeed(observe.sorted(), &runs, clock: clock)
        }
        let cloud = self.cloud
        let read = await withTaskGroup(of: (CloudJobID, Result<CloudJob, any Error>).self) { tasks in
            var pending = jobs.keys.sorted { $0.description < $1.description }[...]
            var results: [CloudJobID: Result<CloudJob, any Error>] = [:]
            // At most 8 reads at a time: enough to keep a tick short, few enough for a rate limit.
            for _ in 0..<8 {
                guard let job = pending.popFirst() else { break }
                tasks.addTask { await Self.read(job, from: cloud) }
            }
            while let (job, result) = await tasks.next() {
                results[job] = result
                if let next = pending.popFirst() { tasks.addTask { await Self.read(next, from: cloud) } }
            }
            return results
        }
        for (job, addresses) in jobs.sorted(by: { $0.key.description < $1.key.description }) {
            switch read[job] {
            case .success(let state)?:
                for address in addresses {
                    guard let run = runs[address] else { continue }
                    feed(&runs, address, .jobRead(Self.view(state, for: run.callServerIDs)), clock: clock)
                }
            case .failure(let error)?:
                for address in addresses { fail(&runs, address, error, doing: "reading job \(job)") }
            case nil:
                continue
            }
        }
    }

    /// One job read, as a value.
    static func read(_ job: CloudJobID, from cloud: any CloudAPI) async -> (CloudJobID, Result<CloudJob, any Error>) {
        do {
            return (job, .success(try await cloud.job(job)))
        } catch {
            return (job, .failure(error))
        }
    }

    /// Every `heartbeatInterval` of a wait, one `heartbeat` event per waiting group, so a CI log
    /// shows that a 30-minute switchover is still being watched.
    func heartbeats(_ runs: inout [String: GroupRun], clock: RunClock) {
        let now = clock.monotonic()
        let interval = options.heartbeatInterval
        for address in runs.keys.sorted() {
            guard var run = runs[address], case .wait = run.action, let step = run.machine.steps.last, step.endedAt == nil else { continue }
            let since = max(run.lastHeartbeat, step.startedAt)
            guard now - since >= interval else { continue }
            run.lastHeartbeat = now
            runs[address] = run
            let elapsed = now - step.startedAt
            onEvent(ApplyEvent(
                address: address, kind: .heartbeat, step: ApplyReport.Step(kind: step.kind, stopMode: step.stopMode, restartsOriginal: step.restartsOriginal, startedAt: clock.date(step.startedAt)).name,
                jobID: step.jobID, at: clock.date(now),
                elapsed: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            ))
        }
    }

    /// Observes `addresses` with bulk reads and feeds each group its snapshot.
    func observeAndFeed(_ addresses: [String], _ runs: inout [String: GroupRun], clock: RunClock) async {
        let members = addresses.compactMap { runs[$0] }
        do {
            let groupIDs = Set(members.compactMap(\.plan.groupID))
            var live: [String: LiveGroup] = [:]
            if groupIDs.count == 1, let id = groupIDs.first {
                live[id] = try await cloud.showProtectionGroup(id: id)
            } else {
                for group in try await cloud.listProtectionGroups() where groupIDs.contains(group.id) { live[group.id] = group }
            }
            let serverIDs = Array(Set(members.flatMap(\.serverIDs))).sorted()
            let servers = serverIDs.isEmpty ? [] : try await cloud.listServers(ids: serverIDs)
            let byID = Dictionary(servers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for run in members {
                let group = run.plan.groupID.flatMap { live[$0] }
                let snapshot = GroupSnapshot(group: group, servers: run.serverIDs.map { byID[$0] ?? .missing(id: $0) })
                runs[run.address]?.lastStatus = group?.groupStatus
                feed(&runs, run.address, .observed(snapshot), clock: clock)
            }
        } catch {
            for address in addresses { fail(&runs, address, error, doing: "observing the group") }
        }
    }

    /// Feeds one event to a group's machine and schedules what it asks for next.
    func feed(_ runs: inout [String: GroupRun], _ address: String, _ event: SwitchoverMachine.Event, clock: RunClock) {
        guard var run = runs[address] else { return }
        let now = clock.monotonic()
        if case .call(let call) = run.action {
            switch call {
            case .stopServers(let ids, _), .startServers(let ids, _): run.callServerIDs = Set(ids)
            case .failover, .reprotect, .enableProtection, .disableProtection:
                run.callServerIDs = []
            case .reverse:
                run.callServerIDs = []
                // An accepted reverse puts the group in `reversing`: its end is read from the group
                // list that every tick reads anyway, not from the job (read once the group shows it).
                if case .callSucceeded = event { run.lastStatus = .reversing }
            }
        }
        run.action = run.machine.handle(event, at: now)
        run.due = nil
        if case .wait(let wait) = run.action {
            let scale = max(options.poll.scale, 1e-9)
            run.due = now + options.poll.delay(beforePoll: wait.poll, waited: wait.waited * (1 / scale), jitter: jitter())
        }
        if case .callFailed(let error) = event {
            logger.notice("changing call failed; re-observing", metadata: ["group": "\(address)", "error": "\(error)"])
        }
        run.progress.report(run.machine)
        runs[address] = run
    }

    /// Ends a group on an error that is not the machine's to decide (a read that failed after the
    /// client's retries).
    func fail(_ runs: inout [String: GroupRun], _ address: String, _ error: any Error, doing what: String) {
        guard let run = runs[address] else { return }
        runs[address]?.action = .finish(failure(error, doing: what, machine: run.machine))
    }

    /// The report entry of a group that finished.
    func finished(_ run: GroupRun, _ outcome: SwitchoverMachine.Outcome, clock: RunClock) -> ApplyReport.Group {
        var progress = run.progress
        progress.report(run.machine, finished: outcome.result)
        return ApplyReport.Group(
            address: run.address, groupID: run.plan.groupID ?? "", result: outcome.result, reason: outcome.reason,
            failure: outcome.failure, steps: run.machine.steps.map { report($0, clock: clock) },
            satisfiedSteps: outcome.result.isConverged ? run.machine.satisfiedSteps : [],
            downtimeStart: run.machine.downtimeStart.map { clock.date($0) },
            downtimeEnd: run.machine.downtimeEnd.map { clock.date($0) }, rto: run.plan.rto
        )
    }

    /// A batch job as one group sees it: only its own servers' sub-jobs count, so another group's
    /// failed server does not fail it. A job without sub-jobs is taken as it is.
    static func view(_ job: CloudJob, for serverIDs: Set<String>) -> CloudJob {
        let mine = job.subJobs.filter { $0.serverID.map(serverIDs.contains) ?? false }
        guard !mine.isEmpty else { return job }
        var view = job
        view.subJobs = mine
        if let failed = mine.first(where: { $0.status == .failed }) {
            view.status = .failed
            view.rawStatus = "FAIL"
            view.errorCode = failed.errorCode ?? job.errorCode
            view.failReason = failed.failReason ?? job.failReason
        } else if mine.allSatisfy({ $0.status == .succeeded }) {
            view.status = .succeeded
            view.rawStatus = "SUCCESS"
            view.errorCode = nil
            view.failReason = nil
        } else {
            view.status = .running
            view.rawStatus = "RUNNING"
        }
        return view
    }
}
