// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Field-by-field reading for `WireListReader`; mirrors `init(from:)` in ProtectedInstance.swift
// and its attachment and tag types.
extension ProtectedInstance: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(id: nil)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .id: id = try scanner.lenientString(token)
        case .name: name = try scanner.lenientString(token)
        case .description: description = try scanner.lenientString(token)
        case .status: status = try scanner.lenientEnum(ProtectedInstanceStatus.self, token)
        case .progress: progress = try scanner.lenientInt(token)
        case .tags: tags = try scanner.lenientObjectArray(ResourceTag.self, token)
        case .metadata: metadata = try scanner.lenientStringMap(token)
        case .serverGroupID: serverGroupID = try scanner.lenientString(token)
        case .sourceServer: sourceServer = try scanner.lenientString(token)
        case .targetServer: targetServer = try scanner.lenientString(token)
        case .priorityStation: priorityStation = try scanner.lenientEnum(PriorityStation.self, token)
        case .attachments: attachments = try scanner.lenientObjectArray(ProtectedInstanceAttachment.self, token)
        case .createdAt: createdAt = try scanner.lenientString(token)
        case .updatedAt: updatedAt = try scanner.lenientString(token)
        }
    }
}

extension ProtectedInstanceAttachment: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(replicationID: nil)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .replicationID: replicationID = try scanner.lenientString(token)
        case .device: device = try scanner.lenientString(token)
        }
    }
}

extension ResourceTag: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: CodingKeys.self)

    init() {
        self.init(key: nil)
    }

    mutating func readField(_ key: CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .key: self.key = try scanner.lenientString(token)
        case .value: value = try scanner.lenientString(token)
        }
    }
}
