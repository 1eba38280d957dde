// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Field-by-field reading for `WireListReader`; mirrors `init(from:)` in ReplicationPair.swift
// and its attachment and record-metadata types.
extension ReplicationPair: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(id: nil)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .id: id = try scanner.lenientString(token)
        case .name: name = try scanner.lenientString(token)
        case .description: description = try scanner.lenientString(token)
        case .status: status = try scanner.lenientEnum(ReplicationPairStatus.self, token)
        case .progress: progress = try scanner.lenientInt(token)
        case .volumeIDs: volumeIDs = try scanner.lenientString(token)
        case .attachments: attachments = try scanner.lenientObjectArray(ReplicationPairAttachment.self, token)
        case .replicationModel: replicationModel = try scanner.lenientString(token)
        case .replicationStatus: replicationStatus = try scanner.lenientString(token)
        case .failureDetail: failureDetail = try scanner.lenientString(token)
        case .faultLevel: faultLevel = try scanner.lenientString(token)
        case .serverGroupID: serverGroupID = try scanner.lenientString(token)
        case .priorityStation: priorityStation = try scanner.lenientEnum(PriorityStation.self, token)
        case .recordMetadata: recordMetadata = try scanner.lenientObject(ReplicationRecordMetadata.self, token)
        case .createdAt: createdAt = try scanner.lenientString(token)
        case .updatedAt: updatedAt = try scanner.lenientString(token)
        }
    }
}

extension ReplicationPairAttachment: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(protectedInstanceID: nil)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .protectedInstanceID: protectedInstanceID = try scanner.lenientString(token)
        case .device: device = try scanner.lenientString(token)
        }
    }
}

extension ReplicationRecordMetadata: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(multiattach: nil)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .multiattach: multiattach = try scanner.lenientBool(token)
        case .bootable: bootable = try scanner.lenientBool(token)
        case .volumeSize: volumeSize = try scanner.lenientInt(token)
        case .volumeType: volumeType = try scanner.lenientString(token)
        }
    }
}
