// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What one `switchyard drill` run did, per group: the value every drill renderer takes.
///
/// Durations are in cloud seconds: against an emulator running at a time scale they are the
/// measured durations divided by that scale, so they read as on the real cloud.
public struct DrillReport: Sendable, Hashable, Codable {
    /// The version of this report's JSON shape.
    public static let currentFormatVersion = 1

    public var formatVersion = Self.currentFormatVersion
    public var desiredFile: String
    public var projectID: String?
    public var region: String?
    /// ISO 8601 instants of the run (wall clock).
    public var startedAt: String
    public var endedAt: String
    /// The emulator's time scale when not 1 (durations are already converted to cloud seconds).
    public var timeScale: Double?
    /// Whether drills were kept (`--keep`).
    public var keep: Bool
    /// The groups drilled, in plan order (by address).
    public var groups: [DrillGroupResult]
    /// Declared groups that could not be drilled (not found, ambiguous, invalid).
    public var unresolved: [Unresolved]

    /// A declared group that was not drilled, and why.
    public struct Unresolved: Sendable, Hashable, Codable {
        public var address: String
        /// Why, for people (JSON carries its English text).
        public var reason: Message

        public init(address: String, reason: Message) {
            self.address = address
            self.reason = reason
        }
    }

    public init(
        desiredFile: String, projectID: String?, region: String?, startedAt: String, endedAt: String,
        timeScale: Double?, keep: Bool, groups: [DrillGroupResult], unresolved: [Unresolved]
    ) {
        self.desiredFile = desiredFile
        self.projectID = projectID
        self.region = region
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.timeScale = timeScale
        self.keep = keep
        self.groups = groups
        self.unresolved = unresolved
    }

    /// Groups that passed (drill available, within the RTO, check passed, cleaned up as asked).
    public var passedCount: Int { groups.filter(\.passed).count }
    /// Groups that failed, plus the unresolved ones.
    public var failedCount: Int { groups.count - passedCount + unresolved.count }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case desiredFile = "desired_file"
        case projectID = "project_id"
        case region
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case timeScale = "time_scale"
        case keep, groups, unresolved
    }
}

/// One group's drill.
public struct DrillGroupResult: Sendable, Hashable, Codable {
    public var address: String
    public var groupID: String
    /// The drill created by this run (`nil` when creation was refused).
    public var drillID: String?
    public var drillName: String?
    public var drillVPCID: String?
    /// The drill's status when the run last saw it (`nil` when none was created or it is gone).
    public var finalStatus: String?
    /// The drill servers: one per protected instance.
    public var servers: [LiveDrill.Server]
    /// How long the drill took to become `available`, in cloud seconds: the time a real failover
    /// would need before the servers exist. By the cloud's own `created_at`/`updated_at` when both
    /// were reported, else `measuredSeconds`. `nil` when it never became available.
    public var recoverySeconds: Double?
    /// Cloud seconds from the create call until switchyard saw the drill `available` (includes
    /// up to one poll interval of lag).
    public var measuredSeconds: Double?
    /// The declared RTO in seconds.
    public var rtoSeconds: Int?
    /// The check command's exit status (`nil` without `--check` or when it did not run).
    public var checkExitStatus: Int32?
    /// Drills of switchyard left behind by an earlier (killed) run, deleted before this one.
    public var removedLeftovers: [String]
    /// Whether the drill was deleted again (false with `--keep` or after a failure).
    public var deleted: Bool
    /// Why the drill failed, for people (JSON carries its English text); `nil` when it passed.
    public var failure: Message?
    /// What the run did for the group, in order, in cloud seconds from the run's start.
    public var phases: [DrillPhase]

    public init(address: String, groupID: String) {
        self.address = address
        self.groupID = groupID
        self.servers = []
        self.removedLeftovers = []
        self.deleted = false
        self.phases = []
    }

    /// Whether the recovery took longer than the RTO.
    public var exceededRTO: Bool {
        guard let rtoSeconds, let recoverySeconds else { return false }
        return recoverySeconds > Double(rtoSeconds)
    }

    /// No failure and within the RTO.
    public var passed: Bool { failure == nil && !exceededRTO }

    enum CodingKeys: String, CodingKey {
        case address
        case groupID = "group_id"
        case drillID = "drill_id"
        case drillName = "drill_name"
        case drillVPCID = "drill_vpc_id"
        case finalStatus = "final_status"
        case servers
        case recoverySeconds = "recovery_seconds"
        case measuredSeconds = "measured_seconds"
        case rtoSeconds = "rto_seconds"
        case checkExitStatus = "check_exit_status"
        case removedLeftovers = "removed_leftovers"
        case deleted, failure, phases
        case passed
        case exceededRTO = "exceeded_rto"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        address = try c.decode(String.self, forKey: .address)
        groupID = try c.decode(String.self, forKey: .groupID)
        drillID = try c.decodeIfPresent(String.self, forKey: .drillID)
        drillName = try c.decodeIfPresent(String.self, forKey: .drillName)
        drillVPCID = try c.decodeIfPresent(String.self, forKey: .drillVPCID)
        finalStatus = try c.decodeIfPresent(String.self, forKey: .finalStatus)
        servers = try c.decode([LiveDrill.Server].self, forKey: .servers)
        recoverySeconds = try c.decodeIfPresent(Double.self, forKey: .recoverySeconds)
        measuredSeconds = try c.decodeIfPresent(Double.self, forKey: .measuredSeconds)
        rtoSeconds = try c.decodeIfPresent(Int.self, forKey: .rtoSeconds)
        checkExitStatus = try c.decodeIfPresent(Int32.self, forKey: .checkExitStatus)
        removedLeftovers = try c.decode([String].self, forKey: .removedLeftovers)
        deleted = try c.decode(Bool.self, forKey: .deleted)
        failure = try c.decodeIfPresent(Message.self, forKey: .failure)
        phases = try c.decodeIfPresent([DrillPhase].self, forKey: .phases) ?? []
    }

    /// Writes every key (`null` for absent values) plus the derived `passed` and `exceeded_rto`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(address, forKey: .address)
        try c.encode(groupID, forKey: .groupID)
        try c.encode(drillID, forKey: .drillID)
        try c.encode(drillName, forKey: .drillName)
        try c.encode(drillVPCID, forKey: .drillVPCID)
        try c.encode(finalStatus, forKey: .finalStatus)
        try c.encode(servers, forKey: .servers)
        try c.encode(recoverySeconds, forKey: .recoverySeconds)
        try c.encode(measuredSeconds, forKey: .measuredSeconds)
        try c.encode(rtoSeconds, forKey: .rtoSeconds)
        try c.encode(checkExitStatus, forKey: .checkExitStatus)
        try c.encode(removedLeftovers, forKey: .removedLeftovers)
        try c.encode(deleted, forKey: .deleted)
        try c.encode(failure, forKey: .failure)
        try c.encode(phases, forKey: .phases)
        try c.encode(passed, forKey: .passed)
        try c.encode(exceededRTO, forKey: .exceededRTO)
    }
}

/// One phase of a group's drill: `cleanup` (removing leftovers), `create` (until available),
/// `check`, `delete`; times in cloud seconds from the run's start.
public struct DrillPhase: Sendable, Hashable, Codable {
    public var name: String
    public var start: Double
    public var end: Double
    /// The phase is where the drill failed.
    public var failed: Bool

    public init(name: String, start: Double, end: Double, failed: Bool) {
        self.name = name
        self.start = start
        self.end = end
        self.failed = failed
    }

    enum CodingKeys: String, CodingKey {
        case name, failed
        case start = "start_seconds"
        case end = "end_seconds"
    }
}
