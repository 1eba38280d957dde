// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The cloud as switchyard needs it, in domain terms: bulk observation, power control,
/// switchover, and job status.
///
/// Implementations hide paging, signing, endpoints and read retries; they never retry a changing
/// call blindly (the first attempt may have created a job — re-observe instead). Implemented over
/// HTTP by `HuaweiCloudClient` and in memory by `FakeCloud` for core unit tests.
public protocol CloudAPI: Sendable {
    /// Every protection group of the project, all pages.
    func listProtectionGroups() async throws -> [LiveGroup]

    /// The protected instances of the given groups (all of them when `groupIDs` is empty is NOT
    /// implied: an empty list returns an empty result).
    func listProtectedInstances(groupIDs: [String]) async throws -> [LiveInstance]

    /// The replication pairs of the given groups.
    func listReplications(groupIDs: [String]) async throws -> [LiveReplication]

    /// The given servers. Every requested ID is in the result; servers ECS does not know come back
    /// as `LiveServer.missing(id:)`.
    func listServers(ids: [String]) async throws -> [LiveServer]

    /// Batch-stops servers (ECS `os-stop`) and returns the ECS job.
    func stopServers(ids: [String], mode: StopMode) async throws -> CloudJobID

    /// Batch-starts servers (ECS `os-start`) and returns the ECS job.
    func startServers(ids: [String]) async throws -> CloudJobID

    /// Requests a planned switchover so that `priorityStation` becomes production, and returns the SDRS job.
    func reverseProtectionGroup(id: String, priorityStation: Site) async throws -> CloudJobID

    /// Requests a failover (SDRS `failover-server-group`): production moves to the other site without
    /// a shutdown and replication stops. Returns the SDRS job.
    func failoverProtectionGroup(id: String) async throws -> CloudJobID

    /// SDRS `start-server-group`: enables protection of an `available` group, or re-protects a
    /// `failed-over` one (SDRS decides by the group's status). Returns the SDRS job.
    func startProtectionGroup(id: String) async throws -> CloudJobID

    /// SDRS `stop-server-group`: disables protection. Returns the SDRS job.
    func stopProtectionGroup(id: String) async throws -> CloudJobID

    /// Reads a job created by one of the calls above.
    func job(_ id: CloudJobID) async throws -> CloudJob

    /// One protection group (SDRS `ShowProtectionGroup`), or `nil` when SDRS does not know it.
    /// Cheaper than listing every group when apply polls a single group.
    func showProtectionGroup(id: String) async throws -> LiveGroup?
}

extension CloudAPI {
    /// Default: filters the full list (implementations should override it with a single GET).
    public func showProtectionGroup(id: String) async throws -> LiveGroup? {
        try await listProtectionGroups().first { $0.id == id }
    }
}

/// How ECS should stop a server.
public enum StopMode: String, Sendable, Hashable, Codable {
    /// ECS `SOFT`: the guest shuts down cleanly.
    case soft
    /// ECS `HARD`: power off.
    case hard
}

/// Which service a job belongs to (SDRS and ECS have separate job endpoints).
public enum CloudService: String, Sendable, Hashable, Codable {
    case sdrs
    case ecs
}

/// A job handle: the service that created it and its ID.
public struct CloudJobID: Sendable, Hashable, Codable, CustomStringConvertible {
    public var service: CloudService
    public var id: String

    public init(service: CloudService, id: String) {
        self.service = service
        self.id = id
    }

    public var description: String { "\(service.rawValue):\(id)" }
}

/// The state of an asynchronous job.
public struct CloudJob: Sendable, Hashable, Codable {
    /// Job status, normalised. Unknown values are kept in `rawStatus`.
    public enum Status: String, Sendable, Hashable, Codable {
        case initializing
        case running
        case succeeded
        case failed
        /// A status this version does not know; treated as still running.
        case unknown
    }

    /// One per-server sub-job of an ECS batch job (or an SDRS sub-job).
    public struct SubJob: Sendable, Hashable, Codable {
        public var id: String?
        public var status: Status
        public var serverID: String?
        public var errorCode: String?
        public var failReason: String?

        public init(id: String? = nil, status: Status, serverID: String? = nil, errorCode: String? = nil, failReason: String? = nil) {
            self.id = id
            self.status = status
            self.serverID = serverID
            self.errorCode = errorCode
            self.failReason = failReason
        }
    }

    public var id: CloudJobID
    public var type: String?
    public var status: Status
    public var rawStatus: String
    public var errorCode: String?
    public var failReason: String?
    public var beginTime: String?
    public var endTime: String?
    public var subJobs: [SubJob]

    public init(
        id: CloudJobID,
        type: String? = nil,
        status: Status,
        rawStatus: String? = nil,
        errorCode: String? = nil,
        failReason: String? = nil,
        beginTime: String? = nil,
        endTime: String? = nil,
        subJobs: [SubJob] = []
    ) {
        self.id = id
        self.type = type
        self.status = status
        self.rawStatus = rawStatus ?? status.rawValue
        self.errorCode = errorCode
        self.failReason = failReason
        self.beginTime = beginTime
        self.endTime = endTime
        self.subJobs = subJobs
    }

    /// `SUCCESS` or `FAIL`.
    public var isFinished: Bool { status == .succeeded || status == .failed }
}
