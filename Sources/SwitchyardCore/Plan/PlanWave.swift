// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A set of switching groups that may run in parallel: each depends only on earlier waves.
public struct PlanWave: Sendable, Hashable, Codable {
    /// 1-based.
    public var number: Int
    /// Addresses of the groups, sorted.
    public var groups: [String]

    /// Creates a wave.
    public init(number: Int, groups: [String]) {
        self.number = number
        self.groups = groups
    }
}

/// A live protection group that no declaration refers to.
public struct UnmanagedGroup: Sendable, Hashable, Codable {
    /// The live group ID.
    public var id: String
    /// The live group name (may be empty).
    public var name: String
    /// The raw SDRS status.
    public var status: String
    /// The current production side, when known.
    public var priorityStation: Site?
    /// The current production AZ, when `priorityStation` is known.
    public var productionAvailabilityZone: String?

    /// The listing of a live group.
    public init(_ group: LiveGroup) {
        id = group.id
        name = group.name
        status = group.status
        priorityStation = group.priorityStation
        productionAvailabilityZone = group.productionAvailabilityZone
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, status
        case priorityStation = "priority_station"
        case productionAvailabilityZone = "production_availability_zone"
    }
}

/// How many declared groups ended in each action, and how many live groups are unmanaged.
public struct PlanSummary: Sendable, Hashable, Codable {
    /// Groups whose action is `.switchover`.
    public var toSwitch: Int
    /// Groups whose action is `.inSync`.
    public var inSync: Int
    /// Groups whose action is `.blocked`.
    public var blocked: Int
    /// Not found, ambiguous or invalid.
    public var unresolved: Int
    /// Groups left out by targeting.
    public var excluded: Int
    /// Live groups no declaration refers to.
    public var unmanaged: Int

    /// Creates a summary from counts.
    public init(toSwitch: Int = 0, inSync: Int = 0, blocked: Int = 0, unresolved: Int = 0, excluded: Int = 0, unmanaged: Int = 0) {
        self.toSwitch = toSwitch
        self.inSync = inSync
        self.blocked = blocked
        self.unresolved = unresolved
        self.excluded = excluded
        self.unmanaged = unmanaged
    }

    /// Counts `groups` by action.
    public init(groups: [GroupPlan], unmanaged: Int) {
        self.init(unmanaged: unmanaged)
        for group in groups {
            switch group.action {
            case .switchover: toSwitch += 1
            case .inSync: inSync += 1
            case .blocked: blocked += 1
            case .notFound, .ambiguous, .invalid: unresolved += 1
            case .excluded: excluded += 1
            }
        }
    }

    /// `2 to switch, 1 in sync, 1 blocked.`, then `, N unresolved` and `, N excluded` before the
    /// period when those are not zero. The last line of the text rendering.
    public var line: String {
        var parts = ["\(toSwitch) to switch", "\(inSync) in sync", "\(blocked) blocked"]
        if unresolved > 0 { parts.append("\(unresolved) unresolved") }
        if excluded > 0 { parts.append("\(excluded) excluded") }
        return parts.joined(separator: ", ") + "."
    }

    private enum CodingKeys: String, CodingKey {
        case toSwitch = "to_switch"
        case inSync = "in_sync"
        case blocked, unresolved, excluded, unmanaged
    }
}
