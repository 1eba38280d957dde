// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import SwitchyardCore

/// Turns wire bodies into the core's live-state values. Entries without an ID are dropped.
enum WireMapping {
    static func group(_ group: ProtectionGroup) -> LiveGroup? {
        guard let id = group.id, !id.isEmpty else { return nil }
        return LiveGroup(
            id: id,
            name: group.name ?? "",
            status: group.status?.rawValue ?? "unknown",
            priorityStation: group.priorityStation.flatMap { Site(rawValue: $0.rawValue) },
            sourceAvailabilityZone: group.sourceAvailabilityZone ?? "",
            targetAvailabilityZone: group.targetAvailabilityZone ?? "",
            replicationCount: group.replicationCount ?? 0,
            protectedInstanceCount: group.protectedInstanceCount ?? 0,
            updatedAt: group.updatedAt
        )
    }

    static func instance(_ instance: ProtectedInstance) -> LiveInstance? {
        guard let id = instance.id, !id.isEmpty else { return nil }
        return LiveInstance(
            id: id,
            name: instance.name ?? "",
            groupID: instance.serverGroupID ?? "",
            status: instance.status?.rawValue ?? "unknown",
            sourceServerID: instance.sourceServer ?? "",
            targetServerID: instance.targetServer ?? "",
            frozen: instance.isFrozen
        )
    }

    static func replication(_ pair: ReplicationPair) -> LiveReplication? {
        guard let id = pair.id, !id.isEmpty else { return nil }
        return LiveReplication(
            id: id,
            groupID: pair.serverGroupID ?? "",
            status: pair.status?.rawValue ?? "unknown",
            faultLevel: pair.faultLevel,
            instanceIDs: (pair.attachments ?? []).compactMap(\.protectedInstanceID)
        )
    }

    /// A server, or a `missing` one for ECS's fault-only placeholder entries and `DELETED` servers.
    static func server(_ server: ECSServer) -> LiveServer? {
        guard let id = server.id, !id.isEmpty else { return nil }
        let status = server.status?.rawValue
        if status == nil || status == "DELETED" || status == "SOFT_DELETED" {
            return .missing(id: id)
        }
        let metadata = server.metadata ?? [:]
        return LiveServer(
            id: id,
            name: server.name ?? "",
            exists: true,
            status: status ?? "UNKNOWN",
            taskState: server.taskState?.rawValue,
            powerState: server.powerState?.rawValue,
            availabilityZone: server.availabilityZone,
            osType: metadata["os_type"],
            imageName: metadata["image_name"],
            frozen: metadata["EcmResStatus"] == "freeze",
            locked: server.locked ?? false
        )
    }

    static func jobStatus(_ status: JobStatus?) -> CloudJob.Status {
        switch status?.rawValue {
        case "SUCCESS": .succeeded
        case "FAIL": .failed
        case "RUNNING": .running
        case "INIT": .initializing
        default: .unknown
        }
    }

    static func job(_ job: SDRSJob, id: CloudJobID) -> CloudJob {
        CloudJob(
            id: id, type: job.jobType, status: jobStatus(job.status), rawStatus: job.status?.rawValue ?? "",
            errorCode: job.errorCode, failReason: job.failReason, beginTime: job.beginTime, endTime: job.endTime,
            subJobs: (job.entities?.subJobs ?? []).map {
                CloudJob.SubJob(
                    id: $0.jobID, status: jobStatus($0.status), serverID: $0.entities?.nativeServerID,
                    errorCode: $0.errorCode, failReason: $0.failReason
                )
            }
        )
    }

    static func job(_ job: ECSJob, id: CloudJobID) -> CloudJob {
        CloudJob(
            id: id, type: job.jobType, status: jobStatus(job.status), rawStatus: job.status?.rawValue ?? "",
            errorCode: job.errorCode, failReason: job.failReason, beginTime: job.beginTime, endTime: job.endTime,
            subJobs: (job.entities?.subJobs ?? []).map {
                CloudJob.SubJob(
                    id: $0.jobID, status: jobStatus($0.status), serverID: $0.entities?.serverID,
                    errorCode: $0.errorCode, failReason: $0.failReason ?? $0.entities?.errorcodeMessage
                )
            }
        )
    }
}
