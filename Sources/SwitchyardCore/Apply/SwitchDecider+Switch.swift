// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension SwitchDecider {
    static let reversibleStatuses: Set<String> = ["protected", "error-reversing"]

    static func decideSwitch(
        spec: SwitchSpec, group: LiveGroup, production: Site, observation: GroupSnapshot, memory: GroupMemory, now: Date
    ) -> SwitchAction {
        guard reversibleStatuses.contains(group.status) else {
            return .refuse("status of \(spec.address) is \(group.status): a switchover needs protected or error-reversing")
        }
        guard group.replicationCount > 0 else {
            return .refuse("\(spec.address) has no replication pair: SDRS cannot switch it")
        }
        let missing = observation.missingServerIDs
        guard missing.isEmpty else {
            return .refuse("servers \(missing.joined(separator: ", ")) of \(spec.address) no longer exist")
        }
        let servers = observation.servers(at: production)
        let running = servers.filter { !$0.isStopped }
        if running.isEmpty { return .reverse(to: spec.desiredSite) }

        if let failure = memory.stopFailure, memory.stopMode == .hard || spec.shutdown != .softThenHard || memory.escalatedToHard {
            return .fail(GroupFailure(
                reason: .stopFailed, message: "stopping the production servers of \(spec.address) failed (job \(failure.id))",
                errorCode: failure.errorCode ?? failure.subJobs.compactMap(\.errorCode).first,
                failReason: failure.failReason ?? failure.subJobs.compactMap(\.failReason).first, jobID: failure.id,
                serverState: "\(running.count) production server(s) still running; the group was not switched",
                nextSafeAction: "stop the servers from the console or rerun apply"
            ))
        }
        let mode = spec.shutdown == .hard || memory.escalatedToHard ? StopMode.hard : .soft
        guard let issued = memory.stopIssuedAt else {
            if running.contains(where: { $0.taskState != nil }) { return .waitForShutdown }
            return .stopServers(running.map(\.id), mode)
        }
        let timedOut = now.timeIntervalSince(issued) >= Double(spec.shutdownTimeout.seconds)
        if timedOut || memory.stopFailure != nil {
            if spec.shutdown == .softThenHard && !memory.escalatedToHard {
                return .stopServers(running.map(\.id), .hard)
            }
            return .fail(GroupFailure(
                reason: .shutdownTimeout,
                message: "production servers of \(spec.address) not stopped \(spec.shutdownTimeout) after a \(memory.stopMode?.rawValue ?? mode.rawValue) stop",
                jobID: memory.stopJob,
                serverState: "\(running.count) production server(s) still running; the group was not switched",
                nextSafeAction: spec.shutdown == .soft
                    ? "shut the guests down, or use shutdown: soft-then-hard, then rerun apply"
                    : "check the servers in the console, then rerun apply"
            ))
        }
        return .waitForShutdown
    }

    static func decideAfterReverseFailure(spec: SwitchSpec, observation: GroupSnapshot, memory: GroupMemory, job: CloudJob) -> SwitchAction {
        let group = observation.group
        let production = group?.priorityStation
        let failure = { (state: String) in
            GroupFailure(
                reason: .reverseFailed,
                message: "switchover of \(spec.address) to \(spec.desiredSite) failed (job \(job.id)); status is \(group?.status ?? "unknown")",
                errorCode: job.errorCode ?? job.subJobs.compactMap(\.errorCode).first,
                failReason: job.failReason ?? job.subJobs.compactMap(\.failReason).first,
                jobID: job.id, serverState: state,
                nextSafeAction: "fix the cause, then rerun apply (SDRS allows retrying a reverse from error-reversing)"
            )
        }
        guard spec.onFailure == .restartOriginal, let original = memory.originalSite, production == original else {
            let state = production.map { stoppedState(observation, $0) } ?? "server state unknown"
            let policy = spec.onFailure == .leaveStopped
                ? " (on-failure: leave-stopped)"
                : " (restart-original not applied: the group changed site or its original site is unknown)"
            return .fail(failure(state + policy))
        }
        let servers = observation.servers(at: original)
        let notRunning = servers.filter { !$0.isRunning }
        if notRunning.isEmpty {
            return .fail(failure("original production servers at \(original) restarted (on-failure: restart-original)"))
        }
        if memory.startFailure != nil {
            return .fail(failure("restarting the original production servers failed; \(notRunning.count) not running"))
        }
        if notRunning.contains(where: { $0.taskState != nil }) || memory.restartedOriginal { return .waitForStart }
        return .startServers(notRunning.filter { $0.status == "SHUTOFF" }.map(\.id))
    }

    static func stoppedState(_ observation: GroupSnapshot, _ production: Site) -> String {
        let servers = observation.servers(at: production)
        let stopped = servers.filter(\.isStopped).count
        return "\(stopped) of \(servers.count) production server(s) at \(production) stopped; left as they are"
    }
}
