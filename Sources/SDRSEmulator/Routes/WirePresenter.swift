// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire
import Hummingbird

/// Turns store values into the HuaweiCloudWire bodies the real API sends, so the Swift client and
/// the official SDK decode exactly the documented shapes (every field present, `null` when unset).
struct WirePresenter: Sendable {
    let projectID: String

    private var encoder: JSONEncoder { WireJSON.makeEncoder() }

    // The four list pages are written directly (`jsonBytes()`, the bytes of the sorted-keys
    // encoder): encoding 1,000 full servers with JSONEncoder cost ~130 ms of CPU a page (issue #14).
    func groups(_ page: ListPage<GroupView>, count: Int) throws -> Response {
        JSONResponse.make(bytes: ProtectionGroupListResponse(serverGroups: page.items.map(Self.group), count: count).jsonBytes())
    }

    func group(_ view: GroupView) throws -> Response {
        try JSONResponse.make(ProtectionGroupResponse(serverGroup: Self.group(view)), encoder: encoder)
    }

    func instances(_ page: ListPage<InstanceView>, count: Int) throws -> Response {
        JSONResponse.make(
            bytes: ProtectedInstanceListResponse(protectedInstances: page.items.map(Self.instance), count: count).jsonBytes()
        )
    }

    func instance(_ view: InstanceView) throws -> Response {
        try JSONResponse.make(ProtectedInstanceResponse(protectedInstance: Self.instance(view)), encoder: encoder)
    }

    func replications(_ page: ListPage<EmulatedReplication>, count: Int) throws -> Response {
        JSONResponse.make(
            bytes: ReplicationPairListResponse(replications: page.items.map(Self.replication), count: count).jsonBytes()
        )
    }

    func replication(_ replication: EmulatedReplication) throws -> Response {
        try JSONResponse.make(ReplicationPairResponse(replication: Self.replication(replication)), encoder: encoder)
    }

    func jobID(_ id: String) throws -> Response {
        try JSONResponse.make(JobIDResponse(jobID: id), encoder: encoder)
    }

    func sdrsJob(_ job: EmulatedJob) throws -> Response {
        try JSONResponse.make(Self.sdrsJob(job), encoder: encoder)
    }

    func ecsJob(_ job: EmulatedJob) throws -> Response {
        try JSONResponse.make(Self.ecsJob(job), encoder: encoder)
    }

    func server(_ server: EmulatedServer) throws -> Response {
        try JSONResponse.make(ECSServerResponse(server: Self.server(server, projectID: projectID)), encoder: encoder)
    }

    func servers(_ page: ListPage<ServerListEntry>) throws -> Response {
        let servers = page.items.map { entry -> ECSServer in
            switch entry {
            case .server(let server): Self.server(server, projectID: projectID)
            case .missing(let id): Self.missingServer(id)
            }
        }
        return JSONResponse.make(bytes: ECSServerListResponse(servers: servers, count: page.total).jsonBytes())
    }

    // MARK: - SDRS

    static func group(_ view: GroupView) -> ProtectionGroup {
        let group = view.group
        return ProtectionGroup(
            id: group.id, name: group.name, description: group.description,
            status: ProtectionGroupStatus(rawValue: group.status), progress: group.progress,
            sourceAvailabilityZone: group.sourceAvailabilityZone, targetAvailabilityZone: group.targetAvailabilityZone,
            priorityStation: HuaweiCloudWire.PriorityStation(rawValue: group.priorityStation),
            protectedInstanceCount: view.instanceCount, replicationCount: view.replicationCount,
            disasterRecoveryDrillCount: group.drillCount, sourceVPCID: group.sourceVPCID,
            targetVPCID: group.targetVPCID,
            drType: group.drType, createdAt: EmulatorTimestamp.sdrsResource(group.createdAt),
            updatedAt: EmulatorTimestamp.sdrsResource(group.updatedAt), protectionType: group.protectionType,
            serverType: group.serverType
        )
    }

    static func instance(_ view: InstanceView) -> ProtectedInstance {
        let instance = view.instance
        return ProtectedInstance(
            id: instance.id, name: instance.name, description: instance.description, serverGroupID: instance.groupID,
            status: ProtectedInstanceStatus(rawValue: instance.status), progress: instance.progress,
            sourceServer: instance.sourceServerID, targetServer: instance.targetServerID,
            priorityStation: HuaweiCloudWire.PriorityStation(rawValue: instance.priorityStation),
            attachments: view.attachments.map {
                ProtectedInstanceAttachment(replicationID: $0.replicationID, device: $0.device)
            },
            tags: instance.tags.map { ResourceTag(key: $0.key, value: $0.value) },
            metadata: instance.frozen ? ["__system__frozen": "true"] : [:],
            createdAt: EmulatorTimestamp.sdrsResource(instance.createdAt),
            updatedAt: EmulatorTimestamp.sdrsResource(instance.updatedAt)
        )
    }

    static func replication(_ replication: EmulatedReplication) -> ReplicationPair {
        ReplicationPair(
            id: replication.id, name: replication.name, description: replication.description,
            status: ReplicationPairStatus(rawValue: replication.status), volumeIDs: replication.volumeIDs,
            attachments: [
                ReplicationPairAttachment(protectedInstanceID: replication.instanceID, device: replication.device)
            ],
            replicationModel: "hypermetro", progress: replication.progress,
            replicationStatus: replication.replicationStatus, failureDetail: replication.failureDetail,
            faultLevel: replication.faultLevel, serverGroupID: replication.groupID,
            priorityStation: HuaweiCloudWire.PriorityStation(rawValue: replication.priorityStation),
            recordMetadata: ReplicationRecordMetadata(
                multiattach: replication.multiattach, bootable: replication.bootable,
                volumeSize: replication.volumeSizeGB, volumeType: replication.volumeType
            ),
            createdAt: EmulatorTimestamp.replication(replication.createdAt),
            updatedAt: EmulatorTimestamp.replication(replication.updatedAt)
        )
    }

    static func sdrsJob(_ job: EmulatedJob) -> SDRSJob {
        let subJobs = job.subJobs.map { sub in
            SDRSJob(
                jobID: sub.id, jobType: sub.jobType, status: JobStatus(rawValue: sub.status.rawValue),
                beginTime: EmulatorTimestamp.job(sub.beginTime), endTime: sub.endTime.map(EmulatorTimestamp.job),
                errorCode: sub.errorCode, failReason: sub.failReason,
                entities: SDRSJobEntities(replicationPairID: sub.replicationID, serverGroupID: job.serverGroupID)
            )
        }
        return SDRSJob(
            jobID: job.id, jobType: job.jobType, status: JobStatus(rawValue: job.status.rawValue),
            beginTime: EmulatorTimestamp.job(job.beginTime), endTime: job.endTime.map(EmulatorTimestamp.job),
            errorCode: job.errorCode, failReason: job.failReason,
            entities: SDRSJobEntities(
                serverGroupID: job.serverGroupID, subJobs: subJobs, disasterRecoveryDrillID: job.drillAction?.drillID)
        )
    }
}
