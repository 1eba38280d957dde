// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// A job as the emulator recorded it: when it was accepted and when it ended, in virtual time.
///
/// For measurements (benchmarks, tests): with the wall clock, virtual time is wall time, so
/// `endTime` can be compared with when a client acted next.
public struct EmulatorJobRecord: Sendable, Hashable, Codable {
    /// The job ID (32 hex characters).
    public var id: String
    /// `sdrs` or `ecs`.
    public var service: String
    /// The job type, e.g. `reverseProtectionGroupNoCG` or `batchStopServer`.
    public var type: String
    /// `INIT`, `RUNNING`, `SUCCESS` or `FAIL`.
    public var status: String
    /// SDRS group jobs: the group; ECS jobs: the group of the first server that belongs to one.
    public var groupID: String?
    /// ECS jobs: the servers of its sub-jobs.
    public var serverIDs: [String]
    /// When the job was accepted.
    public var beginTime: Date
    /// When it ended (`nil` while running or hanging).
    public var endTime: Date?

    /// Creates a record (the store makes them; tests of measurements make their own).
    public init(
        id: String, service: String, type: String, status: String, groupID: String?, serverIDs: [String],
        beginTime: Date, endTime: Date?
    ) {
        self.id = id
        self.service = service
        self.type = type
        self.status = status
        self.groupID = groupID
        self.serverIDs = serverIDs
        self.beginTime = beginTime
        self.endTime = endTime
    }

    /// Seconds from acceptance to end, when ended.
    public var duration: Double? { endTime.map { $0.timeIntervalSince(beginTime) } }
}

/// A protection group's switchover-relevant state, for checking what a client achieved.
public struct EmulatorGroupRecord: Sendable, Hashable, Codable {
    /// The group ID.
    public var id: String
    /// The group name.
    public var name: String
    /// The SDRS status, e.g. `protected`.
    public var status: String
    /// `source` or `target`: which AZ is production.
    public var priorityStation: String
    /// Servers of the group's instances in the current production AZ that are `ACTIVE`.
    public var runningProductionServers: Int
    /// Servers of the group's instances in the current DR AZ that are not `SHUTOFF`.
    public var unstoppedDRServers: Int
    /// Servers of the group's instances (both AZs, deleted ones included).
    public var servers: Int
}

extension EmulatorStore {
    /// Every job so far, ordered by acceptance time (then ID), after applying what is due.
    public func jobRecords() throws -> [EmulatorJobRecord] {
        try synchronise()
        return state.jobs.values.map { job in
            let serverIDs = job.subJobs.compactMap(\.serverID)
            let groupID = job.serverGroupID
                ?? serverIDs.lazy.compactMap { self.indexes.instanceByServer[$0] }
                    .compactMap { self.state.instances[$0]?.groupID }.first
            return EmulatorJobRecord(
                id: job.id, service: job.service.rawValue, type: job.jobType, status: job.status.rawValue,
                groupID: groupID, serverIDs: serverIDs, beginTime: job.beginTime, endTime: job.endTime
            )
        }.sorted { ($0.beginTime, $0.id) < ($1.beginTime, $1.id) }
    }

    /// Every group in fixture order with its status, production site and server power, after
    /// applying what is due.
    public func groupRecords() throws -> [EmulatorGroupRecord] {
        try synchronise()
        return state.groupOrder.compactMap { id in
            guard let group = state.groups[id] else { return nil }
            let servers = instanceIDs(ofGroup: id).compactMap { state.instances[$0] }.flatMap(\.serverIDs)
                .compactMap { state.servers[$0] }
            let production = servers.filter { $0.availabilityZone == group.currentProductionAvailabilityZone }
            let recovery = servers.filter { $0.availabilityZone == group.currentDRAvailabilityZone }
            return EmulatorGroupRecord(
                id: id, name: group.name, status: group.status, priorityStation: group.priorityStation,
                runningProductionServers: production.filter { $0.status == "ACTIVE" }.count,
                unstoppedDRServers: recovery.filter { $0.status != "SHUTOFF" }.count, servers: servers.count
            )
        }
    }
}
