// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The parsed desired-state file: which site each protection group should run on, and how to get there.
///
/// Produced by `DesiredStateParser` only when the file has no errors; every group keeps the
/// `SourceLocation` of its entry so later stages can point back at the file.
public struct DesiredState: Sendable, Hashable, Codable {
    /// The format version; only `1` exists.
    public var version: Int
    /// The path of the file it was read from, as the user named it.
    public var file: String
    /// Optional cloud settings from the file; command-line flags and environment override them.
    public var cloud: CloudSettings?
    /// Defaults that apply to every group that does not override them.
    public var defaults: GroupDefaults
    /// Limits for one run of `apply`.
    public var policy: RunPolicy
    /// The declared groups, in file order.
    public var groups: [DesiredGroup]

    public init(
        version: Int = 1,
        file: String,
        cloud: CloudSettings? = nil,
        defaults: GroupDefaults = GroupDefaults(),
        policy: RunPolicy = RunPolicy(),
        groups: [DesiredGroup]
    ) {
        self.version = version
        self.file = file
        self.cloud = cloud
        self.defaults = defaults
        self.policy = policy
        self.groups = groups
    }
}

/// Region and project named in the desired-state file (`cloud:`). Both optional.
public struct CloudSettings: Sendable, Hashable, Codable {
    public var region: String?
    public var projectID: String?

    public init(region: String? = nil, projectID: String? = nil) {
        self.region = region
        self.projectID = projectID
    }
}

/// How servers at the current production site are shut down before a switchover.
public enum ShutdownMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// ECS `SOFT` stop (the guest OS shuts down cleanly). Fails the group if it does not finish in time.
    case soft
    /// ECS `HARD` stop (power off).
    case hard
    /// `SOFT` first; servers still running when the shutdown timeout expires get a `HARD` stop.
    case softThenHard = "soft-then-hard"
}

/// What `apply` does with the servers it stopped when a switchover fails.
public enum FailurePolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Leave them stopped and say so (default): the safest state for a half-done switchover.
    case leaveStopped = "leave-stopped"
    /// Power the original production servers back on (only when the group did not change site).
    case restartOriginal = "restart-original"
}

/// Whether switchyard manages a group's SDRS protection (replication), and how (`protection:`).
public enum ProtectionWish: String, Sendable, Hashable, Codable, CaseIterable {
    /// Leave protection as it is (default): a file written before `protection:` existed plans exactly
    /// as it did, and disabling replication (or re-protecting after a failover, which reverses the
    /// copy direction) is never done unless a person asked for it in the file.
    case unmanaged
    /// The group must be protected: enable protection of an `available` group, re-protect a
    /// `failed-over` one.
    case enabled
    /// Replication must be off (`available`): disable protection of a `protected` group.
    case disabled
}

/// An emergency declaration (`failover: {reason: ...}`): the group reaches its `activeSite` by
/// failover, not by a planned switchover, because the production site is down.
public struct FailoverDeclaration: Sendable, Hashable, Codable {
    /// Why, in the author's words (an incident number, the outage): shown in every plan.
    public var reason: String
    /// Where the declaration is written.
    public var location: SourceLocation

    public init(reason: String, location: SourceLocation) {
        self.reason = reason
        self.location = location
    }
}

/// Settings every group inherits unless it overrides them (`defaults:`).
public struct GroupDefaults: Sendable, Hashable, Codable {
    public var shutdown: ShutdownMode
    /// Whether to power on the servers at the new production site after the switchover.
    public var startAfterSwitch: Bool
    /// How long the reverse job may run before the group is reported as timed out.
    public var switchTimeout: TimeSpan
    /// How long stopping the production servers may take (for `soft-then-hard`, before escalating).
    public var shutdownTimeout: TimeSpan
    public var onFailure: FailurePolicy
    /// Whether switchyard manages protection (see `ProtectionWish`).
    public var protection: ProtectionWish

    public init(
        shutdown: ShutdownMode = .soft,
        startAfterSwitch: Bool = true,
        switchTimeout: TimeSpan = .minutes(30),
        shutdownTimeout: TimeSpan = .minutes(10),
        onFailure: FailurePolicy = .leaveStopped,
        protection: ProtectionWish = .unmanaged
    ) {
        self.protection = protection
        self.shutdown = shutdown
        self.startAfterSwitch = startAfterSwitch
        self.switchTimeout = switchTimeout
        self.shutdownTimeout = shutdownTimeout
        self.onFailure = onFailure
    }
}

/// Limits for one run (`policy:`).
public struct RunPolicy: Sendable, Hashable, Codable {
    /// The most groups one run may switch; a plan that needs more is refused at plan time.
    public var maxSwitchesPerRun: Int
    /// How many groups of one wave are worked on at once.
    public var parallelism: Int

    public init(maxSwitchesPerRun: Int = 10, parallelism: Int = 10) {
        self.maxSwitchesPerRun = maxSwitchesPerRun
        self.parallelism = parallelism
    }
}

extension GroupDefaults {
    private enum CodingKeys: String, CodingKey {
        case shutdown, startAfterSwitch, switchTimeout, shutdownTimeout, onFailure, protection
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            shutdown: try container.decode(ShutdownMode.self, forKey: .shutdown),
            startAfterSwitch: try container.decode(Bool.self, forKey: .startAfterSwitch),
            switchTimeout: try container.decode(TimeSpan.self, forKey: .switchTimeout),
            shutdownTimeout: try container.decode(TimeSpan.self, forKey: .shutdownTimeout),
            onFailure: try container.decode(FailurePolicy.self, forKey: .onFailure),
            // Absent from values encoded before protection was declarable.
            protection: try container.decodeIfPresent(ProtectionWish.self, forKey: .protection) ?? .unmanaged
        )
    }
}
