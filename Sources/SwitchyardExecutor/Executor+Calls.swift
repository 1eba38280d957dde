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
    /// at once. The intents of every call are made durable together before any is sent, the
    /// outcomes together after; a batch refused as a whole is retried group by group, so one group's
    /// bad server does not fail another. Runs in its own task, so that a cancellation arriving
    /// meanwhile lets the calls and their journal records finish.
    func performCalls(_ callers: [GroupRun], journal: ChangeJournal, clock: RunClock) async -> [(String, SwitchoverMachine.Event)] {
        var batches: [PowerBatch.Kind: [(address: String, ids: [String])]] = [:]
        var groupCalls: [(address: String, groupID: String, call: SwitchoverMachine.Call)] = []
        var entries: [(group: GroupPlan, call: SwitchoverMachine.Call)] = []
        for run in callers.sorted(by: { $0.address < $1.address }) {
            guard case .call(let call) = run.action else { continue }
            entries.append((run.plan, call))
            switch call {
            case .stopServers(let ids, let mode): batches[.stop(mode), default: []].append((run.address, ids))
            case .startServers(let ids, _): batches[.start, default: []].append((run.address, ids))
            case .reverse, .failover, .reprotect, .enableProtection, .disableProtection:
                groupCalls.append((run.address, run.plan.groupID ?? "", call))
            }
        }
        let packed = batches.sorted { "\($0.key)" < "\($1.key)" }.flatMap { kind, members in Self.pack(kind, members) }
        let cloud = self.cloud
        let logger = self.logger
        let calls = entries
        let toSend = groupCalls
        return await Task {
            let sequences: [Int]
            do {
                sequences = try await journal.intents(calls, at: clock.date())
            } catch {
                // Nothing was sent: a call without its intent on disk is never made.
                let refusal = CloudError(kind: .rejected, operation: "journal", message: "the journal could not be written: \(error)")
                return calls.map { ($0.group.address, SwitchoverMachine.Event.callFailed(refusal)) }
            }
            let results = await withTaskGroup(of: [(String, Result<CloudJobID, CloudError>)].self) { tasks in
                for batch in packed {
                    tasks.addTask { await Self.send(batch, cloud: cloud) }
                }
                for groupCall in toSend {
                    tasks.addTask {
                        [(groupCall.address, await Self.attempt(groupCall.call.step.rawValue) { try await Self.send(groupCall.call, groupID: groupCall.groupID, cloud: cloud) })]
                    }
                }
                var all: [String: Result<CloudJobID, CloudError>] = [:]
                for await batch in tasks { for (address, result) in batch { all[address] = result } }
                return all
            }
            let outcomes = zip(calls, sequences).compactMap { entry, sequence in
                results[entry.group.address].map { (sequence: sequence, group: entry.group, result: $0) }
            }
            do {
                try await journal.outcomes(outcomes, at: clock.date())
            } catch {
                // The calls were made: the machines must know their jobs (never a second reverse).
                logger.error("the outcomes of changing calls could not be journaled", metadata: ["error": "\(error)"])
            }
            return calls.map { entry -> (String, SwitchoverMachine.Event) in
                switch results[entry.group.address] {
                case .success(let job)?: return (entry.group.address, .callSucceeded(job))
                case .failure(let error)?: return (entry.group.address, .callFailed(error))
                case nil: return (entry.group.address, .callFailed(CloudError(kind: .connection, operation: entry.call.step.rawValue, message: "the call was not sent")))
                }
            }
        }.value
    }

    /// One SDRS call on a protection group (SDRS has no batch for these).
    static func send(_ call: SwitchoverMachine.Call, groupID: String, cloud: any CloudAPI) async throws -> CloudJobID {
        switch call {
        case .reverse(let site): try await cloud.reverseProtectionGroup(id: groupID, priorityStation: site)
        case .failover: try await cloud.failoverProtectionGroup(id: groupID)
        case .reprotect, .enableProtection: try await cloud.startProtectionGroup(id: groupID)
        case .disableProtection: try await cloud.stopProtectionGroup(id: groupID)
        case .stopServers, .startServers: preconditionFailure("power calls are sent in batches")
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

    /// One batch call for its members' servers; a batch of several groups refused as a whole (a
    /// locked or missing server of one group) is split into one call per group.
    static func send(_ batch: PowerBatch, cloud: any CloudAPI) async -> [(String, Result<CloudJobID, CloudError>)] {
        let result = await attempt("batch") {
            switch batch.kind {
            case .stop(let mode): try await cloud.stopServers(ids: batch.serverIDs, mode: mode)
            case .start: try await cloud.startServers(ids: batch.serverIDs)
            }
        }
        if case .failure(let error) = result, batch.members.count > 1, !RetryPolicy.isTransient(error) {
            var split: [(String, Result<CloudJobID, CloudError>)] = []
            for member in batch.members {
                split += await send(PowerBatch(kind: batch.kind, members: [member]), cloud: cloud)
            }
            return split
        }
        return batch.members.map { ($0.address, result) }
    }

    /// A changing call's result, with any error as a `CloudError`.
    static func attempt(_ operation: String, _ call: () async throws -> CloudJobID) async -> Result<CloudJobID, CloudError> {
        do {
            return .success(try await call())
        } catch let error as CloudError {
            return .failure(error)
        } catch {
            return .failure(CloudError(kind: .connection, operation: operation, message: "the call did not complete"))
        }
    }
}
