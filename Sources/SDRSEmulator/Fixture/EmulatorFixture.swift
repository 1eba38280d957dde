// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The starting state of an emulated cloud: credentials, protection groups, protected instances,
/// servers, replication pairs, running jobs, timings, behaviours and faults.
///
/// Written in YAML (snake_case keys, documented by `schemas/emulator-fixture.schema.json`); load it
/// with `EmulatorFixture.load(path:)` or generate one with `EmulatorFixture.synthetic(...)`.
/// References between items use IDs; `validate()` checks them.
public struct EmulatorFixture: Sendable, Hashable, Codable {
    /// The IAM project ID (32 hex characters) the emulated resources belong to.
    public var projectID: String
    /// The region name, e.g. `cn-north-4`.
    public var region: String
    /// Accepted AK/SK pairs.
    public var credentials: [Credential]
    /// Protection groups.
    public var groups: [Group]
    /// Protected instances (server pairs).
    public var protectedInstances: [ProtectedInstance]
    /// ECS servers of both sites.
    public var servers: [Server]
    /// Replication pairs (disk pairs).
    public var replications: [Replication]
    /// SDRS jobs already running when the emulator starts.
    public var jobs: [Job]
    /// Durations of asynchronous work.
    public var timings: EmulatorTimings
    /// Behaviour switches (overridden by `EmulatorConfiguration.behaviours` when that is given).
    public var behaviours: EmulatorBehaviours
    /// Faults active from the start.
    public var faults: [FaultRule]
    /// The creation time stamped on resources without their own, as `2024-01-01T00:00:00Z`.
    public var createdAt: String?
    /// A per-access-key gateway rate limit (`nil`, the default: unlimited).
    public var rateLimit: EmulatorRateLimit?

    /// Creates a fixture.
    public init(
        projectID: String, region: String, credentials: [Credential], groups: [Group] = [],
        protectedInstances: [ProtectedInstance] = [], servers: [Server] = [], replications: [Replication] = [],
        jobs: [Job] = [], timings: EmulatorTimings = .init(), behaviours: EmulatorBehaviours = .init(),
        faults: [FaultRule] = [], createdAt: String? = nil, rateLimit: EmulatorRateLimit? = nil
    ) {
        self.projectID = projectID
        self.region = region
        self.credentials = credentials
        self.groups = groups
        self.protectedInstances = protectedInstances
        self.servers = servers
        self.replications = replications
        self.jobs = jobs
        self.timings = timings
        self.behaviours = behaviours
        self.faults = faults
        self.createdAt = createdAt
        self.rateLimit = rateLimit
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case projectID = "project_id"
        case region, credentials, groups
        case protectedInstances = "protected_instances"
        case servers, replications, jobs, timings, behaviours, faults
        case createdAt = "created_at"
        case rateLimit = "rate_limit"
    }

    /// Decodes a fixture; only `project_id`, `region` and `credentials` are required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        projectID = try container.decode(String.self, forKey: .projectID)
        region = try container.decode(String.self, forKey: .region)
        credentials = try container.decode([Credential].self, forKey: .credentials)
        groups = try container.value(.groups, or: [])
        protectedInstances = try container.value(.protectedInstances, or: [])
        servers = try container.value(.servers, or: [])
        replications = try container.value(.replications, or: [])
        jobs = try container.value(.jobs, or: [])
        timings = try container.value(.timings, or: EmulatorTimings())
        behaviours = try container.value(.behaviours, or: EmulatorBehaviours())
        faults = try container.value(.faults, or: [])
        createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        rateLimit = try container.decodeIfPresent(EmulatorRateLimit.self, forKey: .rateLimit)
    }
}
