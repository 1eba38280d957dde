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
    /// Groups whose action is `.switchover` or `.completeSwitchover` (a switchover in flight).
    public var toSwitch: Int
    /// Groups whose action is `.startServers` (production at the desired site, but down).
    public var toStart: Int
    /// Groups whose action is `.failover` (each one loses replication: counted apart).
    public var toFailOver: Int = 0
    /// Groups whose action re-protects, enables or disables protection.
    public var toChangeProtection: Int = 0
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
    public init(toSwitch: Int = 0, toStart: Int = 0, inSync: Int = 0, blocked: Int = 0, unresolved: Int = 0, excluded: Int = 0, unmanaged: Int = 0) {
        self.toSwitch = toSwitch
        self.toStart = toStart
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
            case .switchover, .completeSwitchover: toSwitch += 1
            case .startServers: toStart += 1
            case .failover: toFailOver += 1
            case .reprotect, .enableProtection, .disableProtection: toChangeProtection += 1
            case .inSync: inSync += 1
            case .blocked: blocked += 1
            case .notFound, .ambiguous, .invalid: unresolved += 1
            case .excluded: excluded += 1
            }
        }
    }

    /// Groups `apply` changes: switches and starts.
    public var changes: Int { toSwitch + toStart + toFailOver + toChangeProtection }

    /// `2 to switch, 1 in sync, 1 blocked.`, with `, N to start` after the switches and
    /// `, N unresolved` and `, N excluded` before the period when those are not zero. The last line
    /// of the text rendering.
    public var line: String { line(.english) }

    /// ``line`` in `language`.
    public func line(_ language: Language) -> String {
        func part(_ key: MessageKey, _ count: Int) -> String { language(key, ["count": .text(String(count))]) }
        var parts = [part(.summaryToSwitch, toSwitch)]
        if toFailOver > 0 { parts.insert(part(.summaryToFailOver, toFailOver), at: 0) }
        if toStart > 0 { parts.append(part(.summaryToStart, toStart)) }
        if toChangeProtection > 0 { parts.append(part(.summaryToChangeProtection, toChangeProtection)) }
        parts += [part(.summaryInSync, inSync), part(.summaryBlocked, blocked)]
        if unresolved > 0 { parts.append(part(.summaryUnresolved, unresolved)) }
        if excluded > 0 { parts.append(part(.summaryExcluded, excluded)) }
        return language(.summaryEnd, ["parts": .text(parts.joined(separator: language(.listSeparator)))])
    }

    private enum CodingKeys: String, CodingKey {
        case toSwitch = "to_switch"
        case toStart = "to_start"
        case toFailOver = "to_fail_over"
        case toChangeProtection = "to_change_protection"
        case inSync = "in_sync"
        case blocked, unresolved, excluded, unmanaged
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        toSwitch = try container.decode(Int.self, forKey: .toSwitch)
        toStart = try container.decode(Int.self, forKey: .toStart)
        // Absent from plans saved before failover and protection changes existed.
        toFailOver = try container.decodeIfPresent(Int.self, forKey: .toFailOver) ?? 0
        toChangeProtection = try container.decodeIfPresent(Int.self, forKey: .toChangeProtection) ?? 0
        inSync = try container.decode(Int.self, forKey: .inSync)
        blocked = try container.decode(Int.self, forKey: .blocked)
        unresolved = try container.decode(Int.self, forKey: .unresolved)
        excluded = try container.decode(Int.self, forKey: .excluded)
        unmanaged = try container.decode(Int.self, forKey: .unmanaged)
    }
}
