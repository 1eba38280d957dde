// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// One SDRS protection group as the emulator holds it.
///
/// `sourceAvailabilityZone`/`targetAvailabilityZone` are fixed at creation; `priorityStation` says
/// which of them is the current production site and is the only thing a switchover flips (§2.1).
struct EmulatedGroup: Sendable, Hashable, Codable {
    var id: String
    var name: String
    var description: String?
    var status: String
    var priorityStation: String
    var sourceAvailabilityZone: String
    var targetAvailabilityZone: String
    var sourceVPCID: String
    var targetVPCID: String
    var drType: String
    var protectionType: String?
    var serverType: String
    var drillCount: Int
    var progress: Int
    var createdAt: Date
    var updatedAt: Date
    /// Set once a switchover failed because a server of one of its instances was deleted: from then
    /// on every switchover of this group fails (the documented "group unusable" outcome).
    var switchoverBroken: Bool = false

    /// The AZ that is production now.
    var currentProductionAvailabilityZone: String {
        priorityStation == PriorityStation.target ? targetAvailabilityZone : sourceAvailabilityZone
    }

    /// The AZ that is the DR site now.
    var currentDRAvailabilityZone: String {
        priorityStation == PriorityStation.target ? sourceAvailabilityZone : targetAvailabilityZone
    }
}

/// The two `priority_station` values.
enum PriorityStation {
    static let source = "source"
    static let target = "target"

    static func isValid(_ value: String) -> Bool {
        value == source || value == target
    }

    static func other(_ value: String) -> String {
        value == target ? source : target
    }
}
