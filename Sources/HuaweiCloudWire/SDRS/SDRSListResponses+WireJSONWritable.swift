// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Direct JSON writing for the emulator's SDRS list pages: what `encode(to:)` of each type
// writes, with sorted keys (see `WireJSONWriter`).
extension ProtectionGroupListResponse {
    /// The JSON body `WireJSON.encode(self, sortedKeys: true)` produces, written without `JSONEncoder`.
    public func jsonBytes() -> [UInt8] {
        WireJSONWriter.listPage(count: count, itemsKey: CodingKeys.serverGroups, items: serverGroups, bytesPerItem: 1_024)
    }
}

extension ProtectedInstanceListResponse {
    /// The JSON body `WireJSON.encode(self, sortedKeys: true)` produces, written without `JSONEncoder`.
    public func jsonBytes() -> [UInt8] {
        WireJSONWriter.listPage(
            count: count, itemsKey: CodingKeys.protectedInstances, items: protectedInstances, bytesPerItem: 768
        )
    }
}

extension ReplicationPairListResponse {
    /// The JSON body `WireJSON.encode(self, sortedKeys: true)` produces, written without `JSONEncoder`.
    public func jsonBytes() -> [UInt8] {
        WireJSONWriter.listPage(count: count, itemsKey: CodingKeys.replications, items: replications, bytesPerItem: 768)
    }
}

extension ProtectionGroup: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .id: writer.string(id)
            case .name: writer.string(name)
            case .description: writer.string(description)
            case .status: writer.enumeration(status)
            case .progress: writer.integer(progress)
            case .sourceAvailabilityZone: writer.string(sourceAvailabilityZone)
            case .targetAvailabilityZone: writer.string(targetAvailabilityZone)
            case .domainID: writer.string(domainID)
            case .domainName: writer.string(domainName)
            case .priorityStation: writer.enumeration(priorityStation)
            case .protectedInstanceCount: writer.integer(protectedInstanceCount)
            case .replicationCount: writer.integer(replicationCount)
            case .disasterRecoveryDrillCount: writer.integer(disasterRecoveryDrillCount)
            case .protectedStatus: writer.string(protectedStatus)
            case .replicationStatus: writer.string(replicationStatus)
            case .healthStatus: writer.string(healthStatus)
            case .sourceVPCID: writer.string(sourceVPCID)
            case .targetVPCID: writer.string(targetVPCID)
            case .testVPCID: writer.string(testVPCID)
            case .drType: writer.string(drType)
            case .createdAt: writer.string(createdAt)
            case .updatedAt: writer.string(updatedAt)
            case .protectionType: writer.string(protectionType)
            case .replicationModel: writer.string(replicationModel)
            case .serverType: writer.string(serverType)
            }
        }
    }
}

extension ProtectedInstance: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .id: writer.string(id)
            case .name: writer.string(name)
            case .description: writer.string(description)
            case .serverGroupID: writer.string(serverGroupID)
            case .status: writer.enumeration(status)
            case .progress: writer.integer(progress)
            case .sourceServer: writer.string(sourceServer)
            case .targetServer: writer.string(targetServer)
            case .priorityStation: writer.enumeration(priorityStation)
            case .attachments: writer.array(attachments)
            case .tags: writer.array(tags)
            case .metadata: writer.dictionary(metadata) { writer, value in writer.string(value) }
            case .createdAt: writer.string(createdAt)
            case .updatedAt: writer.string(updatedAt)
            }
        }
    }
}

extension ProtectedInstanceAttachment: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in writer.string(key == .device ? device : replicationID) }
    }
}

extension ResourceTag: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in writer.string(key == .key ? self.key : value) }
    }
}

extension ReplicationPair: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .id: writer.string(id)
            case .name: writer.string(name)
            case .description: writer.string(description)
            case .status: writer.enumeration(status)
            case .volumeIDs: writer.string(volumeIDs)
            case .attachments: writer.array(attachments)
            case .replicationModel: writer.string(replicationModel)
            case .progress: writer.integer(progress)
            case .replicationStatus: writer.string(replicationStatus)
            case .failureDetail: writer.string(failureDetail)
            case .faultLevel: writer.string(faultLevel)
            case .serverGroupID: writer.string(serverGroupID)
            case .priorityStation: writer.enumeration(priorityStation)
            case .recordMetadata: writer.value(recordMetadata)
            case .createdAt: writer.string(createdAt)
            case .updatedAt: writer.string(updatedAt)
            }
        }
    }
}

extension ReplicationPairAttachment: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            writer.string(key == .device ? device : protectedInstanceID)
        }
    }
}

extension ReplicationRecordMetadata: WireJSONWritable {
    private static let memberOrder = WireJSONWriter.memberOrder(CodingKeys.self)

    func write(to writer: inout WireJSONWriter) {
        writer.object(Self.memberOrder) { key, writer in
            switch key {
            case .multiattach: writer.bool(multiattach)
            case .bootable: writer.bool(bootable)
            case .volumeSize: writer.integer(volumeSize)
            case .volumeType: writer.string(volumeType)
            }
        }
    }
}
