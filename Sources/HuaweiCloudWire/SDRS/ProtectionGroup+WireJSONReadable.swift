// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Field-by-field reading for `WireListReader`; mirrors `init(from:)` in ProtectionGroup.swift.
extension ProtectionGroup: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(id: nil)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .id: id = try scanner.lenientString(token)
        case .name: name = try scanner.lenientString(token)
        case .description: description = try scanner.lenientString(token)
        case .status: status = try scanner.lenientEnum(ProtectionGroupStatus.self, token)
        case .progress: progress = try scanner.lenientInt(token)
        case .sourceAvailabilityZone: sourceAvailabilityZone = try scanner.lenientString(token)
        case .targetAvailabilityZone: targetAvailabilityZone = try scanner.lenientString(token)
        case .domainID: domainID = try scanner.lenientString(token)
        case .domainName: domainName = try scanner.lenientString(token)
        case .priorityStation: priorityStation = try scanner.lenientEnum(PriorityStation.self, token)
        case .protectedInstanceCount: protectedInstanceCount = try scanner.lenientInt(token)
        case .replicationCount: replicationCount = try scanner.lenientInt(token)
        case .disasterRecoveryDrillCount: disasterRecoveryDrillCount = try scanner.lenientInt(token)
        case .protectedStatus: protectedStatus = try scanner.lenientString(token)
        case .replicationStatus: replicationStatus = try scanner.lenientString(token)
        case .healthStatus: healthStatus = try scanner.lenientString(token)
        case .sourceVPCID: sourceVPCID = try scanner.lenientString(token)
        case .targetVPCID: targetVPCID = try scanner.lenientString(token)
        case .testVPCID: testVPCID = try scanner.lenientString(token)
        case .drType: drType = try scanner.lenientString(token)
        case .createdAt: createdAt = try scanner.lenientString(token)
        case .updatedAt: updatedAt = try scanner.lenientString(token)
        case .protectionType: protectionType = try scanner.lenientString(token)
        case .replicationModel: replicationModel = try scanner.lenientString(token)
        case .serverType: serverType = try scanner.lenientString(token)
        }
    }
}
