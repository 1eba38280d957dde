// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// `POST /disaster-recovery-drills`: the body's fields.
struct DrillCreateRequest: Sendable, Hashable {
    var name: String
    var groupID: String
    var drillVPCID: String?
}

extension EmulatorStore {
    /// `CreateDisasterRecoveryDrill`: checks the rules of §12.4, adds the drill as `creating` and
    /// starts its job.
    ///
    /// - Returns: The job ID (the job's entities carry the new drill's ID).
    /// - Throws: `APIError` with the documented SDRS code when the drill may not be created.
    func createDrill(_ request: DrillCreateRequest, info: RequestInfo) throws -> String {
        try synchronise()
        return try savingChanges {
            guard let group = state.groups[request.groupID] else { throw APIError.groupNotFound(request.groupID) }
            guard EmulatedDrill.groupStatusesAllowingCreate.contains(group.status) else {
                throw APIError.sdrs(
                    "SDRS.1002",
                    "Operation not allowed for the protection group in the current state: a DR drill cannot be created in status \(group.status)"
                )
            }
            let vpcID: String
            if let requested = request.drillVPCID {
                guard requested != group.sourceVPCID, requested != group.targetVPCID else {
                    throw APIError.sdrs("SDRS.1907", "The drill VPC conflicts with the VPC of the protection group: \(requested)")
                }
                if let user = allDrills.first(where: { $0.drillVPCID == requested }) {
                    throw APIError.sdrs("SDRS.1921", "The drill VPC \(requested) is already used by DR drill \(user.id)")
                }
                vpcID = requested
            } else {
                vpcID = state.identifierRandom.nextUUID()
            }
            let drill = EmulatedDrill(
                id: makeDrillID(), name: request.name, status: "creating", groupID: group.id, drillVPCID: vpcID,
                createdAt: currentTime, updatedAt: currentTime
            )
            var drills = state.drills ?? [:]
            drills[drill.id] = drill
            state.drills = drills
            state.drillOrder = (state.drillOrder ?? []) + [drill.id]
            state.groups[group.id]?.drillCount += 1
            let plan = DrillJobPlan(
                kind: .create, drillID: drill.id, forcedFailure: consumeDrillFailure(.create, groupID: group.id))
            let jobID = startDrillJob(plan, groupID: group.id, seconds: state.timings.drillCreateSeconds)
            fireTriggers(after: info.operation, groupIDs: [group.id])
            return jobID
        }
    }

    /// `DeleteDisasterRecoveryDrill`: allowed from `available`, `error` and `error-deleting`
    /// (otherwise SDRS.1913); the drill is `deleting` until its job ends.
    func deleteDrill(_ id: String, info: RequestInfo) throws -> String {
        try synchronise()
        return try savingChanges {
            let drill = try existingDrill(id)
            guard EmulatedDrill.deletableStatuses.contains(drill.status) else {
                throw APIError.sdrs(
                    "SDRS.1913", "The DR drill cannot be deleted in status \(drill.status): \(id)")
            }
            updateDrill(id) { $0.status = "deleting" }
            let plan = DrillJobPlan(
                kind: .delete, drillID: id, forcedFailure: consumeDrillFailure(.delete, groupID: drill.groupID))
            let jobID = startDrillJob(plan, groupID: drill.groupID, seconds: state.timings.drillDeleteSeconds)
            fireTriggers(after: info.operation, groupIDs: [drill.groupID])
            return jobID
        }
    }

    /// `UpdateDisasterRecoveryDrillName`.
    func renameDrill(_ id: String, to name: String) throws -> EmulatedDrill {
        try synchronise()
        return try savingChanges {
            _ = try existingDrill(id)
            updateDrill(id) { $0.name = name }
            return try existingDrill(id)
        }
    }

    /// `ShowDisasterRecoveryDrill`.
    func showDrill(_ id: String) throws -> EmulatedDrill {
        try synchronise()
        return try existingDrill(id)
    }

    /// `ListDisasterRecoveryDrills`: exact `server_group_id`, `status` and `drill_vpc_id`, fuzzy `name`.
    func listDrills(_ query: DrillListQuery) throws -> ListPage<EmulatedDrill> {
        try synchronise()
        if let status = query.status, !EmulatedDrill.statuses.contains(status) {
            throw APIError.sdrs("SDRS.0209", "Incorrect status")
        }
        let matches = allDrills.filter { drill in
            (query.groupID == nil || drill.groupID == query.groupID)
                && (query.status == nil || drill.status == query.status)
                && (query.drillVPCID == nil || drill.drillVPCID == query.drillVPCID)
                && (query.name.map { StatusClass.fuzzyMatches(drill.name, $0) } ?? true)
        }
        return ListPage(items: query.paging.page(matches), total: matches.count)
    }

    // MARK: - Jobs

    private func startDrillJob(_ plan: DrillJobPlan, groupID: String, seconds: Double) -> String {
        let jobID = makeJobID()
        state.jobs[jobID] = EmulatedJob(
            id: jobID, service: .sdrs, jobType: plan.kind.jobType, status: .running, beginTime: currentTime,
            serverGroupID: groupID, subJobs: [], drillAction: plan
        )
        _ = schedule(.finishDrillJob(jobID: jobID), after: scaled(seconds))
        return jobID
    }

    /// Ends a drill job: on success a create builds the drill servers, a delete removes them and
    /// the drill; on failure the drill goes to `error` / `error-deleting`.
    func finishDrillJob(_ jobID: String) {
        guard var job = state.jobs[jobID], job.status == .running, let plan = job.drillAction,
            let drill = state.drills?[plan.drillID]
        else { return }
        let failure = plan.forcedFailure
        job.status = failure == nil ? .success : .fail
        job.endTime = currentTime
        job.errorCode = failure?.errorCode
        job.failReason = failure?.reason
        state.jobs[jobID] = job
        dirty = true
        if failure != nil {
            updateDrill(drill.id) { $0.status = plan.kind.failureStatus }
            return
        }
        switch plan.kind {
        case .create:
            let servers = buildDrillServers(for: drill)
            updateDrill(drill.id) {
                $0.status = "available"
                $0.drillServers = servers
            }
        case .delete:
            for server in drill.drillServers {
                state.servers[server.serverID]?.vmState = .deleted
                state.servers[server.serverID]?.updatedAt = currentTime
            }
            state.drills?[drill.id] = nil
            state.drillOrder?.removeAll { $0 == drill.id }
            if let count = state.groups[drill.groupID]?.drillCount, count > 0 {
                state.groups[drill.groupID]?.drillCount = count - 1
            }
        }
    }

    /// One running server per protected instance of the drill's group, in the group's current DR
    /// AZ and the drill VPC, modelled on the instance's server there. Never a production server:
    /// new IDs, listed by ECS, belonging to no protected instance.
    private func buildDrillServers(for drill: EmulatedDrill) -> [EmulatedDrillServer] {
        guard let group = state.groups[drill.groupID] else { return [] }
        let zone = group.currentDRAvailabilityZone
        return instanceIDs(ofGroup: group.id).compactMap { instanceID -> EmulatedDrillServer? in
            guard let instance = state.instances[instanceID] else { return nil }
            let templates = instance.serverIDs.compactMap { state.servers[$0] }
            guard let template = templates.first(where: { $0.availabilityZone == zone }) ?? templates.first else {
                return nil
            }
            var server = template
            server.id = state.identifierRandom.nextUUID()
            server.name = "\(template.name)-drill"
            server.availabilityZone = zone
            server.vmState = .active
            server.taskState = nil
            server.transition = nil
            server.frozen = false
            server.locked = false
            server.softStopHangs = false
            server.vpcID = drill.drillVPCID
            server.metadata["vpc_id"] = drill.drillVPCID
            server.metadata["EcmResStatus"] = "normal"
            server.portID = state.identifierRandom.nextUUID()
            server.volumes = template.volumes.map {
                EmulatedVolumeAttachment(id: state.identifierRandom.nextUUID(), device: $0.device, bootIndex: $0.bootIndex)
            }
            server.tags = []
            server.createdAt = currentTime
            server.updatedAt = currentTime
            server.launchedAt = currentTime
            state.servers[server.id] = server
            state.serverOrder.append(server.id)
            return EmulatedDrillServer(protectedInstanceID: instance.id, serverID: server.id)
        }
    }

    // MARK: - Helpers

    /// Every drill in creation order.
    var allDrills: [EmulatedDrill] {
        (state.drillOrder ?? []).compactMap { state.drills?[$0] }
    }

    private func existingDrill(_ id: String) throws -> EmulatedDrill {
        guard let drill = state.drills?[id] else {
            throw APIError.sdrs("SDRS.1902", "The DR drill does not exist: \(id)", status: 404)
        }
        return drill
    }

    private func updateDrill(_ id: String, _ change: (inout EmulatedDrill) -> Void) {
        guard var drill = state.drills?[id] else { return }
        change(&drill)
        drill.updatedAt = currentTime
        state.drills?[id] = drill
        dirty = true
    }

    private func makeDrillID() -> String {
        while true {
            let id = state.identifierRandom.nextUUID()
            if state.drills?[id] == nil { return id }
        }
    }
}
