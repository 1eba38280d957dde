// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// A DR drill as the emulator holds it, for tests and the admin API (`GET /__emulator/drills`).
public struct EmulatorDrillRecord: Sendable, Hashable, Codable {
    /// The drill ID.
    public var id: String
    /// The drill name.
    public var name: String
    /// `creating`, `available`, `deleting`, `error` or `error-deleting`.
    public var status: String
    /// The drilled protection group.
    public var groupID: String
    /// The drill VPC.
    public var drillVPCID: String
    /// The drill servers' IDs (one per protected instance once `available`).
    public var serverIDs: [String]

    enum CodingKeys: String, CodingKey {
        case id, name, status
        case groupID = "group_id"
        case drillVPCID = "drill_vpc_id"
        case serverIDs = "server_ids"
    }
}

extension EmulatorStore {
    /// Every drill that exists now, in creation order (after applying what is due).
    public func drillRecords() throws -> [EmulatorDrillRecord] {
        try synchronise()
        return allDrills.map { drill in
            EmulatorDrillRecord(
                id: drill.id, name: drill.name, status: drill.status, groupID: drill.groupID,
                drillVPCID: drill.drillVPCID, serverIDs: drill.drillServers.map(\.serverID)
            )
        }
    }
}
