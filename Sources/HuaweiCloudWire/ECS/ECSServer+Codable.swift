// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension ECSServer: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case status
        case vmState = "OS-EXT-STS:vm_state"
        case taskState = "OS-EXT-STS:task_state"
        case powerState = "OS-EXT-STS:power_state"
        case availabilityZone = "OS-EXT-AZ:availability_zone"
        case flavor
        case addresses
        case volumesAttached = "os-extended-volumes:volumes_attached"
        case metadata
        case fault
        case locked
        case hostStatus = "host_status"
        case created
        case updated
        case launchedAt = "OS-SRV-USG:launched_at"
        case terminatedAt = "OS-SRV-USG:terminated_at"
        case progress
        case description
        case tenantID = "tenant_id"
        case userID = "user_id"
        case image
        case keyName = "key_name"
        case securityGroups = "security_groups"
        case tags
        case sysTags = "sys_tags"
        case enterpriseProjectID = "enterprise_project_id"
        case hostID = "hostId"
        case host = "OS-EXT-SRV-ATTR:host"
        case hypervisorHostname = "OS-EXT-SRV-ATTR:hypervisor_hostname"
        case instanceName = "OS-EXT-SRV-ATTR:instance_name"
        case hostname = "OS-EXT-SRV-ATTR:hostname"
        case reservationID = "OS-EXT-SRV-ATTR:reservation_id"
        case launchIndex = "OS-EXT-SRV-ATTR:launch_index"
        case kernelID = "OS-EXT-SRV-ATTR:kernel_id"
        case ramdiskID = "OS-EXT-SRV-ATTR:ramdisk_id"
        case rootDeviceName = "OS-EXT-SRV-ATTR:root_device_name"
        case userData = "OS-EXT-SRV-ATTR:user_data"
        case diskConfig = "OS-DCF:diskConfig"
        case accessIPv4
        case accessIPv6
        case configDrive = "config_drive"
        case schedulerHints = "os:scheduler_hints"
        case autoTerminateTime = "auto_terminate_time"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: c.lenientString(.id),
            name: c.lenientString(.name),
            status: c.lenientEnum(ECSServerStatus.self, .status),
            vmState: c.lenientEnum(ECSVMState.self, .vmState),
            taskState: c.lenientEnum(ECSTaskState.self, .taskState),
            powerState: c.lenientNested(ECSPowerState.self, .powerState),
            availabilityZone: c.lenientString(.availabilityZone),
            flavor: c.lenientNested(ECSFlavor.self, .flavor),
            addresses: c.lenientArrayMap(ECSAddress.self, .addresses),
            volumesAttached: c.lenientArray(ECSVolumeAttachment.self, .volumesAttached),
            metadata: c.lenientStringMap(.metadata),
            fault: c.lenientNested(ECSFault.self, .fault),
            locked: c.lenientBool(.locked),
            hostStatus: c.lenientString(.hostStatus),
            created: c.lenientString(.created),
            updated: c.lenientString(.updated),
            launchedAt: c.lenientString(.launchedAt),
            terminatedAt: c.lenientString(.terminatedAt),
            progress: c.lenientInt(.progress),
            description: c.lenientString(.description),
            tenantID: c.lenientString(.tenantID),
            userID: c.lenientString(.userID),
            image: c.lenientNested(ECSImageReference.self, .image),
            keyName: c.lenientString(.keyName),
            securityGroups: c.lenientArray(ECSSecurityGroupReference.self, .securityGroups),
            tags: c.lenientArray(String.self, .tags),
            sysTags: c.lenientArray(ECSSystemTag.self, .sysTags),
            enterpriseProjectID: c.lenientString(.enterpriseProjectID),
            hostID: c.lenientString(.hostID),
            host: c.lenientString(.host),
            hypervisorHostname: c.lenientString(.hypervisorHostname),
            instanceName: c.lenientString(.instanceName),
            hostname: c.lenientString(.hostname),
            reservationID: c.lenientString(.reservationID),
            launchIndex: c.lenientInt(.launchIndex),
            kernelID: c.lenientString(.kernelID),
            ramdiskID: c.lenientString(.ramdiskID),
            rootDeviceName: c.lenientString(.rootDeviceName),
            userData: c.lenientString(.userData),
            diskConfig: c.lenientString(.diskConfig),
            accessIPv4: c.lenientString(.accessIPv4),
            accessIPv6: c.lenientString(.accessIPv6),
            configDrive: c.lenientString(.configDrive),
            schedulerHints: c.lenientNested(ECSSchedulerHints.self, .schedulerHints),
            autoTerminateTime: c.lenientString(.autoTerminateTime)
        )
    }

    /// Encodes every modelled key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(status, forKey: .status)
        try c.encode(vmState, forKey: .vmState)
        try c.encode(taskState, forKey: .taskState)
        try c.encode(powerState, forKey: .powerState)
        try c.encode(availabilityZone, forKey: .availabilityZone)
        try c.encode(flavor, forKey: .flavor)
        try c.encode(addresses, forKey: .addresses)
        try c.encode(volumesAttached, forKey: .volumesAttached)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(fault, forKey: .fault)
        try c.encode(locked, forKey: .locked)
        try c.encode(hostStatus, forKey: .hostStatus)
        try c.encode(created, forKey: .created)
        try c.encode(updated, forKey: .updated)
        try c.encode(launchedAt, forKey: .launchedAt)
        try c.encode(terminatedAt, forKey: .terminatedAt)
        try c.encode(progress, forKey: .progress)
        try c.encode(description, forKey: .description)
        try c.encode(tenantID, forKey: .tenantID)
        try c.encode(userID, forKey: .userID)
        try c.encode(image, forKey: .image)
        try c.encode(keyName, forKey: .keyName)
        try c.encode(securityGroups, forKey: .securityGroups)
        try c.encode(tags, forKey: .tags)
        try c.encode(sysTags, forKey: .sysTags)
        try c.encode(enterpriseProjectID, forKey: .enterpriseProjectID)
        try c.encode(hostID, forKey: .hostID)
        try c.encode(host, forKey: .host)
        try c.encode(hypervisorHostname, forKey: .hypervisorHostname)
        try c.encode(instanceName, forKey: .instanceName)
        try c.encode(hostname, forKey: .hostname)
        try c.encode(reservationID, forKey: .reservationID)
        try c.encode(launchIndex, forKey: .launchIndex)
        try c.encode(kernelID, forKey: .kernelID)
        try c.encode(ramdiskID, forKey: .ramdiskID)
        try c.encode(rootDeviceName, forKey: .rootDeviceName)
        try c.encode(userData, forKey: .userData)
        try c.encode(diskConfig, forKey: .diskConfig)
        try c.encode(accessIPv4, forKey: .accessIPv4)
        try c.encode(accessIPv6, forKey: .accessIPv6)
        try c.encode(configDrive, forKey: .configDrive)
        try c.encode(schedulerHints, forKey: .schedulerHints)
        try c.encode(autoTerminateTime, forKey: .autoTerminateTime)
    }
}
