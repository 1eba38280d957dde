// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Reads which DR drills exist for some groups: the data behind "drills left running" (they cost
/// money and hold the drill VPC's addresses), for drift and for `switchyard drill`'s clean-up.
public struct DrillObserver: Sendable {
    let drills: any DrillAPI

    public init(drills: any DrillAPI) {
        self.drills = drills
    }

    /// The drills of `groupIDs` (one list call per group, all pages).
    public func observe(groupIDs: [String]) async throws -> DrillObservation {
        DrillObservation(drills: try await drills.listDrills(groupIDs: groupIDs))
    }
}

/// The DR drills observed for a set of groups, ordered by group ID, then drill ID.
public struct DrillObservation: Sendable, Hashable, Codable {
    public var drills: [LiveDrill]

    public init(drills: [LiveDrill]) {
        self.drills = drills.sorted { ($0.groupID, $0.id) < ($1.groupID, $1.id) }
    }

    /// The drills of one group.
    public func drills(ofGroup groupID: String) -> [LiveDrill] {
        drills.filter { $0.groupID == groupID }
    }

    /// Drills that `switchyard drill` started (by their name) and that still exist: left by a
    /// killed run or by `--keep`.
    public func startedBySwitchyard(namePrefix: String = DrillRunner.Options.defaultNamePrefix) -> [LiveDrill] {
        drills.filter { $0.name.hasPrefix(namePrefix) }
    }
}
