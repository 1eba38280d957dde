// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The two bodies of `POST /cloudservers/action` the emulator serves.
enum ServerBatchAction: Sendable, Hashable {
    case stop(hard: Bool, serverIDs: [String])
    case start(serverIDs: [String])

    var serverIDs: [String] {
        switch self {
        case .stop(_, let ids), .start(let ids): ids
        }
    }
}

extension EmulatorStore {
    /// `BatchStopServers` / `BatchStartServers`: one job, one sub-job per server.
    ///
    /// The request is refused as a whole (nothing starts) when a server is missing or deleted
    /// (404 Ecs.0114), frozen (403 Ecs.0003) or locked (400 Ecs.0605).
    func performServerAction(_ action: ServerBatchAction, request: RequestInfo) throws -> String {
        try synchronise()
        return try savingChanges {
            let jobID = try serverAction(action, request: request)
            fireTriggers(after: request.operation, groupIDs: Set(action.serverIDs.compactMap(groupID(ofServer:))))
            return jobID
        }
    }

    private func serverAction(_ action: ServerBatchAction, request: RequestInfo) throws -> String {
        var ids: [String] = []
        for id in action.serverIDs where !ids.contains(id) { ids.append(id) }
        guard !ids.isEmpty, ids.count <= 1000 else {
            throw APIError.ecs("Ecs.0005", "Invalid parameter values: servers must list 1 to 1000 servers")
        }
        let missing = ids.filter { state.servers[$0]?.isDeleted ?? true }
        if !missing.isEmpty {
            throw APIError.ecs(
                "Ecs.0114", "The ECS does not exist", status: 404,
                details: missing.map { .init(code: "Ecs.0114", message: "Server \($0) does not exist") })
        }
        let frozen = ids.filter { state.servers[$0]?.frozen ?? false }
        if !frozen.isEmpty {
            throw APIError.ecs(
                "Ecs.0003", "No permission: the server is frozen", status: 403,
                details: frozen.map { .init(code: "Ecs.0003", message: "Server \($0) is frozen") })
        }
        let locked = ids.filter { state.servers[$0]?.locked ?? false }
        if !locked.isEmpty {
            throw APIError.ecs(
                "Ecs.0605", "ECS locked",
                details: locked.map { .init(code: "Ecs.0605", message: "Server \($0) is locked") })
        }
        let jobID = makeJobID()
        let starting: Bool
        if case .start = action { starting = true } else { starting = false }
        state.jobs[jobID] = EmulatedJob(
            id: jobID, service: .ecs, jobType: starting ? "batchStartServer" : "batchStopServer", status: .running,
            beginTime: currentTime,
            subJobs: ids.map { serverID in
                EmulatedSubJob(
                    id: makeJobID(), jobType: starting ? "startServer" : "stopServer", status: .running,
                    beginTime: currentTime, serverID: serverID
                )
            }
        )
        dirty = true
        for (index, serverID) in ids.enumerated() {
            let reference = SubJobReference(jobID: jobID, index: index)
            switch action {
            case .stop(let hard, _):
                stop(serverID, hard: hard, waiter: reference)
            case .start:
                checkPowerOnInvariants(serverID, request: request)
                start(serverID, waiter: reference)
            }
        }
        return jobID
    }

    private func stop(_ serverID: String, hard: Bool, waiter: SubJobReference) {
        guard var server = state.servers[serverID] else { return }
        if let failure = consumeStopFailure(serverID: serverID) {
            finishSubJob(waiter, failure: failure)
            return
        }
        switch (server.vmState, server.transition?.target) {
        case (.stopped, nil):
            finishInTargetState(waiter, message: "The server is already stopped.")
        case (.active, nil):
            let hangs =
                !hard && (server.softStopHangs || behaviours.softStopHangs || consumeSoftStopHang(serverID: serverID))
            server.taskState = "powering-off"
            server.transition = beginTransition(
                serverID, to: .stopped, seconds: hangs ? nil : hardOrSoft(hard), waiters: [waiter])
            state.servers[serverID] = server
        case (.active, .stopped?):
            server.transition?.waiters.append(waiter)
            if hard {
                // A forced stop overrides a slow or hanging soft stop.
                let remaining = server.transition?.due.map { $0.timeIntervalSince(currentTime) } ?? .infinity
                if remaining > scaled(state.timings.hardPowerOffSeconds), let waiters = server.transition?.waiters {
                    server.transition = beginTransition(
                        serverID, to: .stopped, seconds: hardOrSoft(true), waiters: waiters)
                }
            }
            state.servers[serverID] = server
        default:
            finishSubJob(
                waiter,
                failure: (
                    "Ecs.0100",
                    "The ECS status does not meet requirements (status \(server.status), task \(server.taskState ?? "none"))."
                ))
        }
    }

    private func start(_ serverID: String, waiter: SubJobReference) {
        guard var server = state.servers[serverID] else { return }
        switch (server.vmState, server.transition?.target) {
        case (.active, nil):
            finishInTargetState(waiter, message: "The server is already running.")
        case (.stopped, nil):
            server.taskState = "powering-on"
            server.transition = beginTransition(
                serverID, to: .active, seconds: state.timings.powerOnSeconds, waiters: [waiter])
            state.servers[serverID] = server
            markPoweredOn(serverID)
        case (.stopped, .active?):
            server.transition?.waiters.append(waiter)
            state.servers[serverID] = server
        default:
            finishSubJob(
                waiter,
                failure: (
                    "Ecs.0100",
                    "The ECS status does not meet requirements (status \(server.status), task \(server.taskState ?? "none"))."
                ))
        }
    }

    private func hardOrSoft(_ hard: Bool) -> Double {
        hard ? state.timings.hardPowerOffSeconds : state.timings.powerOffSeconds
    }

    /// A new transition (new token); `seconds == nil` never completes.
    private func beginTransition(
        _ serverID: String, to target: EmulatedServer.VMState, seconds: Double?, waiters: [SubJobReference]
    ) -> PowerTransition {
        let token = state.nextSequence
        var due: Date?
        if let seconds {
            let queued = admitPowerAction()
            due = schedule(.finishPowerTransition(serverID: serverID, token: token), after: queued + scaled(seconds))
        } else {
            state.nextSequence += 1
        }
        return PowerTransition(target: target, token: token, due: due, waiters: waiters)
    }

    /// ECS's pace (`timings.powerActionsPerMinute`): how long (scaled seconds) a server's power
    /// transition waits before it begins because the servers acted on before it used the minute.
    private func admitPowerAction() -> TimeInterval {
        let perMinute = state.timings.powerActionsPerMinute
        guard perMinute > 0 else { return 0 }
        var pace = state.powerPace ?? PowerPace(tokens: perMinute, at: currentTime)
        let wait = pace.admit(now: currentTime, perMinute: perMinute, minute: scaled(60))
        state.powerPace = pace
        return wait
    }

    private func finishInTargetState(_ waiter: SubJobReference, message: String) {
        switch behaviours.powerActionInTargetState {
        case .succeed: finishSubJob(waiter, failure: nil)
        case .failSubJob: finishSubJob(waiter, failure: ("Ecs.0100", message))
        }
    }

    /// Logs a start of a server of a reversing group, of a server at a protected group's DR site, and
    /// of any server while a server of the group's other site is not shut down.
    private func checkPowerOnInvariants(_ serverID: String, request: RequestInfo) {
        guard let groupID = groupID(ofServer: serverID), let group = state.groups[groupID] else { return }
        if let zone = state.servers[serverID]?.availabilityZone {
            let otherZone = zone == group.sourceAvailabilityZone ? group.targetAvailabilityZone : group.sourceAvailabilityZone
            let running = servers(of: group, inZone: otherZone).filter(\.mayRun).map(\.id)
            if !running.isEmpty {
                record(
                    .bothSitesRunning, group: groupID, servers: [serverID] + running, request: request,
                    message: "A server was started while servers of the group's other site were not shut down: both sites would run.")
            }
        }
        if group.status == "failing-over" {
            record(
                .powerOnDuringFailover, group: groupID, servers: [serverID], request: request,
                message: "A server was started while its protection group was failing over.")
        }
        if group.status == "reversing" {
            record(
                .powerOnDuringReversing, group: groupID, servers: [serverID], request: request,
                message: "A server was started while its protection group was reversing.")
        } else if group.status == "protected",
            state.servers[serverID]?.availabilityZone == group.currentDRAvailabilityZone
        {
            record(
                .powerOnAtDRSite, group: groupID, servers: [serverID], request: request,
                message: "A server at the group's current DR site was started while the group was protected.")
        }
    }

    /// A server really begins to power on: a running switchover of its group will fail.
    func markPoweredOn(_ serverID: String) {
        guard let groupID = groupID(ofServer: serverID), state.groups[groupID]?.status == "reversing" else { return }
        for (id, job) in state.jobs
        where job.serverGroupID == groupID && job.status == .running
            && job.groupAction?.kind == .reverse
        {
            state.jobs[id]?.groupAction?.poweredOnServers.append(serverID)
        }
    }
}
