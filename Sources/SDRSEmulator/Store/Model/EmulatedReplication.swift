// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// One SDRS replication pair (a pair of disks attached to a protected instance).
struct EmulatedReplication: Sendable, Hashable, Codable {
    var id: String
    var name: String
    var description: String?
    var groupID: String
    var instanceID: String
    var device: String
    var sourceVolumeID: String
    var targetVolumeID: String
    var status: String
    var replicationStatus: String?
    /// `"0"` no fault, `"2"` production disk unusable, `"5"` replication link broken (§3.5).
    var faultLevel: String
    var failureDetail: String?
    var priorityStation: String
    var volumeSizeGB: Int
    var volumeType: String
    var bootable: Bool
    var multiattach: Bool
    var progress: Int
    var createdAt: Date
    var updatedAt: Date

    /// `volume_ids` as the API spells it: both disk IDs, comma-separated.
    var volumeIDs: String { "\(sourceVolumeID),\(targetVolumeID)" }
}
