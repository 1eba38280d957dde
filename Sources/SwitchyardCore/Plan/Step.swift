// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One step of a group's switchover, in the order `apply` carries them out.
///
/// Steps name servers by ECS ID (names are not unique: DR-site servers share their production
/// server's name). Each step is idempotent when `apply` re-reads state before acting: a server that is
/// already stopped is not stopped again, a group already at the wanted site is not reversed again.
/// Encoded as `{"kind": "stop-servers", "server_ids": [...], "mode": "soft"}` and so on.
public enum Step: Sendable, Hashable, Codable {
    /// ECS batch stop of the current-production servers that are not already (being) stopped.
    case stopServers(ids: [String], mode: StopMode)
    /// Wait until every current-production server is `SHUTOFF` with no task in flight (also the
    /// safety check when nothing had to be stopped). With `escalateToHard`, servers still running
    /// after `timeout` get an ECS `HARD` stop and the wait goes on; without it the group fails.
    case waitForShutdown(ids: [String], timeout: TimeSpan, escalateToHard: Bool)
    /// SDRS `reverse-server-group` with `priority_station` = `site`.
    case reverse(to: Site)
    /// Wait for the SDRS job, then for the group to be `protected` at `site`, at most `timeout`.
    case waitForSwitch(to: Site, timeout: TimeSpan)
    /// ECS batch start of the servers at the new production site.
    case startServers(ids: [String])
    /// SDRS `failover-server-group`: production moves to `site` without a shutdown; replication stops
    /// and data not yet copied may be lost. Only with a `failover:` declaration and `--allow-failover`.
    case failover(to: Site)
    /// Wait for the failover job, then for the group to be `failed-over` at `site`, at most `timeout`.
    case waitForFailover(to: Site, timeout: TimeSpan)
    /// SDRS `start-server-group` on a `failed-over` group: replication restarts towards the other
    /// site (whose servers must be shut down).
    case reprotect
    /// SDRS `start-server-group` on an `available` group.
    case enableProtection
    /// SDRS `stop-server-group`: replication stops; the group becomes `available`.
    case disableProtection
    /// Wait for the protection job, then for the group to be `protected` (`enabled`) or `available`.
    case waitForProtection(enabled: Bool, timeout: TimeSpan)

    /// The step's kind: the one vocabulary of plans, the apply state machine, journal records and
    /// apply reports.
    public var kind: StepKind {
        switch self {
        case .stopServers: .stopServers
        case .waitForShutdown: .waitForShutdown
        case .reverse: .reverse
        case .waitForSwitch: .waitForSwitch
        case .startServers: .startServers
        case .failover: .failover
        case .waitForFailover: .waitForFailover
        case .reprotect: .reprotect
        case .enableProtection: .enableProtection
        case .disableProtection: .disableProtection
        case .waitForProtection: .waitForProtection
        }
    }

    /// The servers the step concerns (none for the group-level steps).
    public var serverIDs: [String] {
        switch self {
        case .stopServers(let ids, _), .waitForShutdown(let ids, _, _), .startServers(let ids): ids
        case .reverse, .waitForSwitch, .failover, .waitForFailover, .reprotect, .enableProtection, .disableProtection, .waitForProtection: []
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind
        case serverIDs = "server_ids"
        case mode
        case timeout
        case escalateToHard = "escalate_to_hard"
        case site
        case enabled
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .kind)
        guard let kind = StepKind(rawValue: name) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown step kind '\(name)'")
        }
        switch kind {
        case .stopServers:
            self = .stopServers(
                ids: try container.decode([String].self, forKey: .serverIDs),
                mode: try container.decode(StopMode.self, forKey: .mode)
            )
        case .waitForShutdown:
            self = .waitForShutdown(
                ids: try container.decode([String].self, forKey: .serverIDs),
                timeout: try container.decode(TimeSpan.self, forKey: .timeout),
                escalateToHard: try container.decode(Bool.self, forKey: .escalateToHard)
            )
        case .reverse:
            self = .reverse(to: try container.decode(Site.self, forKey: .site))
        case .waitForSwitch:
            self = .waitForSwitch(
                to: try container.decode(Site.self, forKey: .site),
                timeout: try container.decode(TimeSpan.self, forKey: .timeout)
            )
        case .startServers:
            self = .startServers(ids: try container.decode([String].self, forKey: .serverIDs))
        case .failover:
            self = .failover(to: try container.decode(Site.self, forKey: .site))
        case .waitForFailover:
            self = .waitForFailover(
                to: try container.decode(Site.self, forKey: .site),
                timeout: try container.decode(TimeSpan.self, forKey: .timeout)
            )
        case .reprotect: self = .reprotect
        case .enableProtection: self = .enableProtection
        case .disableProtection: self = .disableProtection
        case .waitForProtection:
            self = .waitForProtection(
                enabled: try container.decode(Bool.self, forKey: .enabled),
                timeout: try container.decode(TimeSpan.self, forKey: .timeout)
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        switch self {
        case .stopServers(let ids, let mode):
            try container.encode(ids, forKey: .serverIDs)
            try container.encode(mode, forKey: .mode)
        case .waitForShutdown(let ids, let timeout, let escalateToHard):
            try container.encode(ids, forKey: .serverIDs)
            try container.encode(timeout, forKey: .timeout)
            try container.encode(escalateToHard, forKey: .escalateToHard)
        case .reverse(let site):
            try container.encode(site, forKey: .site)
        case .waitForSwitch(let site, let timeout):
            try container.encode(site, forKey: .site)
            try container.encode(timeout, forKey: .timeout)
        case .startServers(let ids):
            try container.encode(ids, forKey: .serverIDs)
        case .failover(let site):
            try container.encode(site, forKey: .site)
        case .waitForFailover(let site, let timeout):
            try container.encode(site, forKey: .site)
            try container.encode(timeout, forKey: .timeout)
        case .reprotect, .enableProtection, .disableProtection:
            break
        case .waitForProtection(let enabled, let timeout):
            try container.encode(enabled, forKey: .enabled)
            try container.encode(timeout, forKey: .timeout)
        }
    }
}

/// The kinds of step, encoded as their kebab-case raw values (`stop-servers`, ...).
///
/// Plans, the apply state machine, journal records and apply reports all speak of steps by these.
public enum StepKind: String, Sendable, Hashable, Codable, CaseIterable {
    case stopServers = "stop-servers"
    case waitForShutdown = "wait-for-shutdown"
    case reverse
    case waitForSwitch = "wait-for-switch"
    case startServers = "start-servers"
    case failover
    case waitForFailover = "wait-for-failover"
    case reprotect
    case enableProtection = "enable-protection"
    case disableProtection = "disable-protection"
    case waitForProtection = "wait-for-protection"

    /// Whether the step sends a changing call (the others only wait and observe).
    public var isChange: Bool {
        switch self {
        case .stopServers, .reverse, .startServers, .failover, .reprotect, .enableProtection, .disableProtection: true
        case .waitForShutdown, .waitForSwitch, .waitForFailover, .waitForProtection: false
        }
    }

    /// Whether the step is a call on the protection group itself (SDRS), not on servers (ECS).
    public var isGroupCall: Bool {
        self == .reverse || self == .failover || self == .reprotect || self == .enableProtection || self == .disableProtection
    }
}
