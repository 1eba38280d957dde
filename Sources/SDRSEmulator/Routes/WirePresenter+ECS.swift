// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire

extension WirePresenter {
    static func server(_ server: EmulatedServer, projectID: String) -> ECSServer {
        let address = ECSAddress(
            version: "4", address: server.ipAddress, type: "fixed", macAddress: server.macAddress,
            portID: server.portID,
            primary: true
        )
        return ECSServer(
            id: server.id, name: server.name, status: ECSServerStatus(rawValue: server.status),
            vmState: ECSVMState(rawValue: server.vmState.rawValue),
            taskState: server.taskState.map { ECSTaskState(rawValue: $0) },
            powerState: ECSPowerState(rawValue: server.powerState), availabilityZone: server.availabilityZone,
            flavor: ECSFlavor(
                id: server.flavor.id, name: server.flavor.name, disk: String(server.flavor.diskGB),
                vcpus: String(server.flavor.vcpus), ram: String(server.flavor.ramMB)
            ),
            addresses: [server.vpcID: [address]],
            volumesAttached: server.volumes.map {
                ECSVolumeAttachment(id: $0.id, device: $0.device, bootIndex: $0.bootIndex, deleteOnTermination: "false")
            },
            metadata: server.metadata, locked: server.locked, hostStatus: "UP",
            created: EmulatorTimestamp.ecs(server.createdAt), updated: EmulatorTimestamp.ecs(server.updatedAt),
            launchedAt: EmulatorTimestamp.launched(server.launchedAt), progress: 0, description: "",
            tenantID: projectID, userID: "0000000000000000000000000000000e",
            image: ECSImageReference(id: server.imageID),
            keyName: nil, securityGroups: [ECSSecurityGroupReference(name: "default", id: server.vpcID)],
            tags: server.tags, enterpriseProjectID: "0", instanceName: "instance-\(server.id.prefix(8))",
            hostname: server.name, rootDeviceName: "/dev/vda"
        )
    }

    /// An entry for an unknown `server_id`: only `id` and `fault` are set.
    static func missingServer(_ id: String) -> ECSServer {
        ECSServer(
            id: id, fault: ECSFault(code: 404, message: "Instance \(id) could not be found", details: nil, created: nil)
        )
    }

    static func ecsJob(_ job: EmulatedJob) -> ECSJob {
        let subJobs = job.subJobs.map { sub in
            ECSSubJob(
                jobID: sub.id, jobType: sub.jobType, status: JobStatus(rawValue: sub.status.rawValue),
                beginTime: EmulatorTimestamp.job(sub.beginTime), endTime: sub.endTime.map(EmulatorTimestamp.job),
                errorCode: sub.errorCode, failReason: sub.failReason,
                entities: ECSSubJobEntities(serverID: sub.serverID, errorcodeMessage: sub.errorcodeMessage)
            )
        }
        return ECSJob(
            jobID: job.id, jobType: job.jobType, status: JobStatus(rawValue: job.status.rawValue),
            beginTime: EmulatorTimestamp.job(job.beginTime), endTime: job.endTime.map(EmulatorTimestamp.job),
            errorCode: job.errorCode, failReason: job.failReason,
            entities: ECSJobEntities(subJobsTotal: job.subJobs.count, subJobs: subJobs)
        )
    }
}
