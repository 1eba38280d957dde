// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The plan for one declared group: what was observed, what will be done, and why.
///
/// `apply` relies on `action`, `steps`, `wave`, `dependsOn`, `settings`, `observation` and
/// `fingerprint`; renderers use everything. Fields that do not apply are `nil` or empty (an
/// unresolved group has no observation, only a switching group has steps).
public struct GroupPlan: Sendable, Hashable, Codable {
    /// `GroupSelector.address`: the name when one was declared, else the ID.
    public var address: String
    /// The ID and/or name as declared.
    public var selector: GroupSelector
    /// The live group ID, when the declaration resolved to one group (also for `.invalid`).
    public var groupID: String?
    /// `activeSite` as declared (`source`, `target` or an AZ name).
    public var activeSite: String
    /// The side and AZ that are production now; `nil` when unresolved or unknown.
    public var liveSite: SiteLocation?
    /// The side and AZ the file wants; `nil` when unresolved.
    public var desiredSite: SiteLocation?
    /// What the plan does with the group.
    public var action: GroupAction
    /// For `.switchover` only: the wave it runs in (1-based).
    public var wave: Int?
    /// Addresses of the groups that must reach their site first, as declared.
    public var dependsOn: [String]
    /// For `.switchover` only: what `apply` does, in order.
    public var steps: [Step]
    /// For `.blocked` and unresolved groups: every reason, in a stable order.
    public var reasons: [BlockReason]
    /// For `.switchover` only: login advisories for the servers concerned.
    public var advisories: [Advisory]
    /// Informational remarks (a retry of a failed switchover, a degraded in-sync group, targeting).
    public var notes: [Message]
    /// What was observed, when the group resolved.
    public var observation: GroupObservation?
    /// `Fingerprint.of(observation)`; `apply` refuses to act when the current one differs.
    public var fingerprint: String?
    /// The recovery-time objective, reported against measured downtime.
    public var rto: TimeSpan?
    /// The effective settings of the group.
    public var settings: GroupSettings
    /// For `.failover`: the declaration's reason, shown wherever the plan is.
    public var failoverReason: String?
    /// Where the group is declared.
    public var location: SourceLocation

    /// Creates a group plan; `Planner` is the usual producer.
    public init(
        address: String,
        selector: GroupSelector,
        groupID: String? = nil,
        activeSite: String,
        liveSite: SiteLocation? = nil,
        desiredSite: SiteLocation? = nil,
        action: GroupAction,
        wave: Int? = nil,
        dependsOn: [String] = [],
        steps: [Step] = [],
        reasons: [BlockReason] = [],
        advisories: [Advisory] = [],
        notes: [Message] = [],
        observation: GroupObservation? = nil,
        fingerprint: String? = nil,
        rto: TimeSpan? = nil,
        settings: GroupSettings,
        location: SourceLocation
    ) {
        self.address = address
        self.selector = selector
        self.groupID = groupID
        self.activeSite = activeSite
        self.liveSite = liveSite
        self.desiredSite = desiredSite
        self.action = action
        self.wave = wave
        self.dependsOn = dependsOn
        self.steps = steps
        self.reasons = reasons
        self.advisories = advisories
        self.notes = notes
        self.observation = observation
        self.fingerprint = fingerprint
        self.rto = rto
        self.settings = settings
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case address, selector, action, wave, steps, reasons, advisories, notes, observation, fingerprint, rto, settings, location
        case groupID = "group_id"
        case activeSite = "active_site"
        case liveSite = "live_site"
        case desiredSite = "desired_site"
        case dependsOn = "depends_on"
        case failoverReason = "failover_reason"
    }
}

/// A side of a group together with its AZ, e.g. `target (cn-north-4b)`.
public struct SiteLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The side.
    public var site: Site
    /// The AZ of that side for this group.
    public var availabilityZone: String

    /// Creates a site location.
    public init(site: Site, availabilityZone: String) {
        self.site = site
        self.availabilityZone = availabilityZone
    }

    public var description: String { "\(site) (\(availabilityZone))" }

    private enum CodingKeys: String, CodingKey {
        case site
        case availabilityZone = "availability_zone"
    }
}

/// The effective per-group settings a plan records (defaults already applied).
public struct GroupSettings: Sendable, Hashable, Codable {
    /// How the current-production servers are stopped.
    public var shutdown: ShutdownMode
    /// Whether the new production servers are started after the switch.
    public var startAfterSwitch: Bool
    /// How long the reverse job may take.
    public var switchTimeout: TimeSpan
    /// How long stopping may take (for soft-then-hard: before escalating).
    public var shutdownTimeout: TimeSpan
    /// What apply does with stopped servers when the switch fails.
    public var onFailure: FailurePolicy
    /// Whether the group's protection is managed, and how.
    public var protection: ProtectionWish

    /// The effective settings of a declaration.
    public init(_ group: DesiredGroup) {
        shutdown = group.shutdown
        startAfterSwitch = group.startAfterSwitch
        switchTimeout = group.switchTimeout
        shutdownTimeout = group.shutdownTimeout
        onFailure = group.onFailure
        protection = group.protection
    }

    private enum CodingKeys: String, CodingKey {
        case shutdown
        case startAfterSwitch = "start_after_switch"
        case switchTimeout = "switch_timeout"
        case shutdownTimeout = "shutdown_timeout"
        case onFailure = "on_failure"
        case protection
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shutdown = try container.decode(ShutdownMode.self, forKey: .shutdown)
        startAfterSwitch = try container.decode(Bool.self, forKey: .startAfterSwitch)
        switchTimeout = try container.decode(TimeSpan.self, forKey: .switchTimeout)
        shutdownTimeout = try container.decode(TimeSpan.self, forKey: .shutdownTimeout)
        onFailure = try container.decode(FailurePolicy.self, forKey: .onFailure)
        // Absent from plans saved before protection was declarable: those never managed it.
        protection = try container.decodeIfPresent(ProtectionWish.self, forKey: .protection) ?? .unmanaged
    }
}
