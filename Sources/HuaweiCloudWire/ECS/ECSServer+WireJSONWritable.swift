// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Direct JSON writing for the emulator's server pages: what `encode(to:)` of each type writes,
// with sorted keys (see `WireJSONWriter`).
extension ECSServerListResponse {
    /// The JSON body `WireJSON.encode(self, sortedKeys: true)` produces, written without `JSONEncoder`.
    public func jsonBytes() -> [UInt8] {
        WireJSONWriter.listPage(count: count, itemsKey: CodingKeys.servers, items: servers, bytesPerItem: 2_048)
    }
}

extension ECSServer: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .id: writer.string(id)
            case .name: writer.string(name)
            case .status: writer.enumeration(status)
            case .vmState: writer.enumeration(vmState)
            case .taskState: writer.enumeration(taskState)
            case .powerState: writer.integer(powerState?.rawValue)
            case .availabilityZone: writer.string(availabilityZone)
            case .flavor: writer.value(flavor)
            case .addresses: writer.dictionary(addresses) { writer, addresses in writer.array(addresses) }
            case .volumesAttached: writer.array(volumesAttached)
            case .metadata: writer.dictionary(metadata) { writer, value in writer.string(value) }
            case .fault: writer.value(fault)
            case .locked: writer.bool(locked)
            case .hostStatus: writer.string(hostStatus)
            case .created: writer.string(created)
            case .updated: writer.string(updated)
            case .launchedAt: writer.string(launchedAt)
            case .terminatedAt: writer.string(terminatedAt)
            case .progress: writer.integer(progress)
            case .description: writer.string(description)
            case .tenantID: writer.string(tenantID)
            case .userID: writer.string(userID)
            case .image: writer.value(image)
            case .keyName: writer.string(keyName)
            case .securityGroups: writer.array(securityGroups)
            case .tags: writer.array(tags) { writer, tag in writer.string(tag) }
            case .sysTags: writer.array(sysTags)
            case .enterpriseProjectID: writer.string(enterpriseProjectID)
            case .hostID: writer.string(hostID)
            case .host: writer.string(host)
            case .hypervisorHostname: writer.string(hypervisorHostname)
            case .instanceName: writer.string(instanceName)
            case .hostname: writer.string(hostname)
            case .reservationID: writer.string(reservationID)
            case .launchIndex: writer.integer(launchIndex)
            case .kernelID: writer.string(kernelID)
            case .ramdiskID: writer.string(ramdiskID)
            case .rootDeviceName: writer.string(rootDeviceName)
            case .userData: writer.string(userData)
            case .diskConfig: writer.string(diskConfig)
            case .accessIPv4: writer.string(accessIPv4)
            case .accessIPv6: writer.string(accessIPv6)
            case .configDrive: writer.string(configDrive)
            case .schedulerHints: writer.value(schedulerHints)
            case .autoTerminateTime: writer.string(autoTerminateTime)
            }
        }
    }
}

extension ECSFlavor: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .id: writer.string(id)
            case .name: writer.string(name)
            case .disk: writer.string(disk)
            case .vcpus: writer.string(vcpus)
            case .ram: writer.string(ram)
            }
        }
    }
}

extension ECSAddress: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .version: writer.string(version)
            case .address: writer.string(address)
            case .type: writer.string(type)
            case .macAddress: writer.string(macAddress)
            case .portID: writer.string(portID)
            case .primary: writer.bool(primary)
            }
        }
    }
}

extension ECSVolumeAttachment: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .id: writer.string(id)
            case .device: writer.string(device)
            case .bootIndex: writer.string(bootIndex)
            case .deleteOnTermination: writer.string(deleteOnTermination)
            }
        }
    }
}

extension ECSFault: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .code: writer.integer(code)
            case .message: writer.string(message)
            case .details: writer.string(details)
            case .created: writer.string(created)
            }
        }
    }
}

extension ECSImageReference: WireJSONWritable {
    func write(to writer: inout WireJSONWriter) {
        writer.object([CodingKeys.id]) { _, writer in writer.string(id) }
    }
}

extension ECSSecurityGroupReference: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in writer.string(key == .name ? name : id) }
    }
}

extension ECSSystemTag: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in writer.string(key == .key ? self.key : value) }
    }
}

extension ECSSchedulerHints: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    /// `encode(to:)` uses `encodeIfPresent` here: absent lists are left out, not `null`.
    func write(to writer: inout WireJSONWriter) {
        let present = Self.memberOrder.filter { list(for: $0) != nil }
        writer.object(present) { key, writer in
            writer.array(list(for: key)) { writer, text in writer.string(text) }
        }
    }

    private func list(for key: CodingKeys) -> [String]? {
        switch key {
        case .group: group
        case .tenancy: tenancy
        case .dedicatedHostID: dedicatedHostID
        }
    }
}
