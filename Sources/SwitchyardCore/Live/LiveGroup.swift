// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A protection group as observed in the cloud.
public struct LiveGroup: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// The raw SDRS status (`protected`, `reversing`, `error-reversing`, ...); kept as text so
    /// values this version does not know survive into plans and reports.
    public var status: String
    /// Which side is production now; `nil` when SDRS returned no or an unknown value.
    public var priorityStation: Site?
    /// Creation-time production AZ. Never changes.
    public var sourceAvailabilityZone: String
    /// Creation-time DR AZ. Never changes.
    public var targetAvailabilityZone: String
    /// `replication_num`: switchover needs at least one replication pair.
    public var replicationCount: Int
    /// `protected_instance_num`.
    public var protectedInstanceCount: Int
    /// `updated_at` as SDRS sent it (format varies; kept opaque). Used as "since when" for drift.
    public var updatedAt: String?

    public init(
        id: String,
        name: String,
        status: String,
        priorityStation: Site?,
        sourceAvailabilityZone: String,
        targetAvailabilityZone: String,
        replicationCount: Int,
        protectedInstanceCount: Int,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.priorityStation = priorityStation
        self.sourceAvailabilityZone = sourceAvailabilityZone
        self.targetAvailabilityZone = targetAvailabilityZone
        self.replicationCount = replicationCount
        self.protectedInstanceCount = protectedInstanceCount
        self.updatedAt = updatedAt
    }

    /// The AZ of a side of this group.
    public func availabilityZone(of site: Site) -> String {
        site == .source ? sourceAvailabilityZone : targetAvailabilityZone
    }

    /// The side whose AZ is `zone`, or `nil` when the zone is neither of the group's.
    public func site(ofAvailabilityZone zone: String) -> Site? {
        if zone == sourceAvailabilityZone { return .source }
        if zone == targetAvailabilityZone { return .target }
        return nil
    }

    /// The current production AZ, or `nil` when `priorityStation` is unknown.
    public var productionAvailabilityZone: String? { priorityStation.map(availabilityZone(of:)) }
}
