// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Field-by-field reading for `WireListReader`; mirrors `init(from:)` in ECSServerObservationList.swift.
extension ECSServerObservationList: WireJSONObjectReadable {
    static let readKeys = WireJSONKeys(sortedAs: ECSServerListResponse.CodingKeys.self)

    init() {}

    /// Reads a `GET .../cloudservers/detail` body without `Codable`; the same value and the same
    /// success or failure as `WireJSON.decode(ECSServerObservationList.self, from:)`.
    ///
    /// - Throws: `DecodingError` if the bytes are not JSON or not a JSON object.
    public init(jsonBytes: [UInt8]) throws {
        self = try WireListReader.read(Self.self, from: jsonBytes)
    }

    mutating func readField(
        _ key: ECSServerListResponse.CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner
    ) throws {
        switch key {
        case .servers: servers = try scanner.lenientObjectArray(ObservedServer.self, token)?.map(\.server)
        case .count: count = try scanner.lenientInt(token)
        }
    }
}

extension ECSServerObservationList.ObservedServer: WireJSONObjectReadable {
    /// The observed keys, in the order the emulator writes them (sorted); every other key is skipped.
    static let readKeys = WireJSONKeys<ECSServer.CodingKeys>([
        .availabilityZone, .powerState, .taskState, .id, .locked, .metadata, .name, .status,
    ])

    init() {
        server = ECSServer()
    }

    mutating func readField(_ key: ECSServer.CodingKeys, _ token: WireJSONToken, from scanner: inout WireJSONScanner) throws {
        switch key {
        case .id: server.id = try scanner.lenientString(token)
        case .name: server.name = try scanner.lenientString(token)
        case .status: server.status = try scanner.lenientEnum(ECSServerStatus.self, token)
        case .taskState: server.taskState = try scanner.lenientEnum(ECSTaskState.self, token)
        // ECSPowerState.init(from:) accepts exactly what lenientInt does (integers, integral
        // numbers, numeric strings) and fails otherwise.
        case .powerState: server.powerState = try scanner.lenientInt(token).map(ECSPowerState.init(rawValue:))
        case .availabilityZone: server.availabilityZone = try scanner.lenientString(token)
        case .metadata: server.metadata = try scanner.lenientStringMap(token)
        case .locked: server.locked = try scanner.lenientBool(token)
        default: try scanner.skip(token)
        }
    }
}
