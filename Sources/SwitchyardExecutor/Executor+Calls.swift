// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

/// Power actions of several groups sent as one ECS batch call.
struct PowerBatch: Sendable {
    enum Kind: Hashable, Sendable {
        case stop(StopMode)
        case start
    }

    var kind: Kind
    /// The groups in the batch and the servers each asked for, in order.
    var members: [(address: String, ids: [String])]

    var serverIDs: [String] { members.flatMap(\.ids) }
}

extension Executor {
    /// ECS acts on at most 1,000 servers per batch call.
    static let serversPerBatch = 1_000

    /// Sends the calls the machines asked for at this tick: stops (per mode) and starts of all groups
    /// together in as few batch calls as ECS allows, reverses one per group (SDRS has no batch), all
    /// at once. Every group's intent is journaled before its call and its outcome after; a batch
    /// refused as a whole is retried group by group, so one group's bad server does not fail another.
    func performCalls(_ callers: [GroupRun], journal: ChangeJournal, clock: RunClock) async -> [(String, SwitchoverMachine.Event)] {
        var batches: [PowerBatch.Kind: [(address: String, ids: [String])]] = [:]
        var reverses: [(GroupRun, Site)] = []
        var plans: [String: GroupRun] = [:]
        for run in callers {
            plans[run.address] = run
            guard case .call(let call) = run.action else { continue }
            switch call {
            case .stopServers(let ids, let mode): batches[.stop(mode), default: []].append((run.address, ids))
            case .startServers(let ids, _): batches[.start, default: []].append((run.address, ids))
            case .reverse(let site): reverses.append((run, site))
            }
        }
        let packed = batches.sorted { "\($0.key)" < "\($1.key)" }.flatMap { kind, members in Self.pack(kind, members) }
        let runs = plans
        return await withTaskGroup(of: [(String, SwitchoverMachine.Event)].self) { tasks in
            for batch in packed {
                tasks.addTask { await self.send(batch, plans: runs, journal: journal, clock: clock) }
            }
            for (run, site) in reverses {
                tasks.addTask {
                    let event = await self.journaled(run, .reverse(to: site), journal: journal, clock: clock) { cloud in
                        try await cloud.reverseProtectionGroup(id: run.plan.groupID ?? "", priorityStation: site)
                    }
                    return [(run.address, event)]
                }
            }
            var events: [(String, SwitchoverMachine.Event)] = []
            for await batch in tasks { events += batch }
            return events
        }
    }

    /// Groups packed whole into batches of at most `serversPerBatch` servers.
    static func pack(_ kind: PowerBatch.Kind, _ members: [(address: String, ids: [String])]) -> [PowerBatch] {
        var batches: [PowerBatch] = []
        var current = PowerBatch(kind: kind, members: [])
        for member in members.sorted(by: { $0.address < $1.address }) {
            if !current.members.isEmpty && current.serverIDs.count + member.ids.count > serversPerBatch {
                batches.append(current)
                current = PowerBatch(kind: kind, members: [])
            }
            current.members.append(member)
        }
        if !current.members.isEmpty { batches.append(current) }
        return batches
    }

    /// One batch: every member's intent, one call, every member's outcome; a refused batch of
    /// several groups is split into one call per group.
    func send(_ batch: PowerBatch, plans: [String: GroupRun], journal: ChangeJournal, clock: RunClock) async -> [(String, SwitchoverMachine.Event)] {
        let cloud = self.cloud
        let ids = batch.serverIDs
        let members = batch.members.compactMap { member in plans[member.address].map { ($0, member.ids) } }
        let result: Result<[(String, SwitchoverMachine.Event)], any Error> = await Task {
            do {
                var sequences: [Int] = []
                for (run, memberIDs) in members {
                    sequences.append(try await journal.intent(group: run.plan, call: Self.call(batch.kind, memberIDs, run), at: clock.date()))
                }
                let outcome: Result<CloudJobID, CloudError>
                do {
                    switch batch.kind {
                    case .stop(let mode): outcome = .success(try await cloud.stopServers(ids: ids, mode: mode))
                    case .start: outcome = .success(try await cloud.startServers(ids: ids))
                    }
                } catch let error as CloudError {
                    outcome = .failure(error)
                } catch {
                    outcome = .failure(CloudError(kind: .connection, operation: "batch", message: "the call did not complete"))
                }
                for ((run, _), sequence) in zip(members, sequences) {
                    try await journal.outcome(sequence: sequence, group: run.plan, result: outcome, at: clock.date())
                }
                return .success(members.map { run, _ in
                    switch outcome {
                    case .success(let job): (run.address, SwitchoverMachine.Event.callSucceeded(job))
                    case .failure(let error): (run.address, SwitchoverMachine.Event.callFailed(error))
                    }
                })
            } catch {
                return .failure(error)
            }
        }.value
        switch result {
        case .success(let events):
            let refusedWhole = events.count > 1 && events.allSatisfy {
                if case .callFailed(let error) = $0.1 { !RetryPolicy.isTransient(error) } else { false }
            }
            guard refusedWhole else { return events }
            // Refused as a whole (a locked or missing server of one group): one call per group.
            var split: [(String, SwitchoverMachine.Event)] = []
            for member in batch.members {
                split += await send(PowerBatch(kind: batch.kind, members: [member]), plans: plans, journal: journal, clock: clock)
            }
            return split
        case .failure(let error):
            // The journal could not be written: no call was sent for the groups without an intent.
            return batch.members.map { ($0.address, .callFailed(CloudError(kind: .rejected, operation: "journal", message: "the journal could not be written: \(error)"))) }
        }
    }

    /// The machine's call for a member of a batch (for its journal intent).
    static func call(_ kind: PowerBatch.Kind, _ ids: [String], _ run: GroupRun) -> SwitchoverMachine.Call {
        switch kind {
        case .stop(let mode): return .stopServers(ids: ids, mode: mode)
        case .start:
            if case .call(.startServers(_, let restarts)) = run.action { return .startServers(ids: ids, restartsOriginal: restarts) }
            return .startServers(ids: ids, restartsOriginal: false)
        }
    }

    /// One group's changing call, journaled; runs in its own task so that a cancellation arriving
    /// meanwhile lets the call and its journal records finish.
    func journaled(
        _ run: GroupRun, _ call: SwitchoverMachine.Call, journal: ChangeJournal, clock: RunClock,
        _ send: @escaping @Sendable (any CloudAPI) async throws -> CloudJobID
    ) async -> SwitchoverMachine.Event {
        let cloud = self.cloud
        let plan = run.plan
        let result: Result<SwitchoverMachine.Event, any Error> = await Task {
            do {
                let sequence = try await journal.intent(group: plan, call: call, at: clock.date())
                let outcome: Result<CloudJobID, CloudError>
                do {
                    outcome = .success(try await send(cloud))
                } catch let error as CloudError {
                    outcome = .failure(error)
                } catch {
                    outcome = .failure(CloudError(kind: .connection, operation: call.step.rawValue, message: "the call did not complete"))
                }
                try await journal.outcome(sequence: sequence, group: plan, result: outcome, at: clock.date())
                switch outcome {
                case .success(let job): return .success(.callSucceeded(job))
                case .failure(let error): return .success(.callFailed(error))
                }
            } catch {
                return .failure(error)
            }
        }.value
        switch result {
        case .success(let event): return event
        case .failure(let error):
            return .callFailed(CloudError(kind: .rejected, operation: "journal", message: "the journal could not be written: \(error)"))
        }
    }
}
