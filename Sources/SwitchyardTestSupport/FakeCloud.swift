// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// `CloudAPI` in memory, modelled on the SDRS/ECS rules apply depends on: a reverse is refused
/// unless the group is `protected`/`error-reversing` and every current-production server is
/// `SHUTOFF`; jobs finish after `pollsPerJob` reads of the job (or `tick()`); a soft stop of a
/// server in `softStopHangs` never completes; `reverseFailures` make the next reverse job fail.
/// Every call is recorded; `failures` injects errors per operation name.
public actor FakeCloud: CloudAPI {
    /// One recorded call: operation name and its main argument.
    public struct Call: Sendable, Hashable {
        public var operation: String
        public var argument: String
    }

    struct PendingJob {
        var job: CloudJob
        var remainingPolls: Int
        var hangs: Bool
        var complete: @Sendable (FakeCloud, CloudJobID) async -> Void
    }

    public var groups: [String: LiveGroup]
    public var instances: [LiveInstance]
    public var servers: [String: LiveServer]
    public private(set) var calls: [Call] = []
    /// Reads of a job before it finishes.
    public var pollsPerJob: Int
    /// Errors thrown by the next calls of an operation (`StopServers`, `StartServers`,
    /// `ReverseProtectionGroup`, `ShowProtectionGroup`, `ListServers`, `Job`, ...), in order.
    public var failures: [String: [CloudError]] = [:]
    /// Group ID → (error code, fail reason) for the next reverse job of that group.
    public var reverseFailures: [String: (String, String)] = [:]
    /// Servers whose SOFT stop never completes.
    public var softStopHangs: Set<String> = []
    /// When set, every `showProtectionGroup` also counts as one poll of every pending job, so jobs
    /// nobody reads (e.g. a reverse whose ID was lost) still finish.
    public var advanceJobsOnObserve = false
    /// Job reads before a group's reverse job finishes, per group ID (default `pollsPerJob`).
    public var pollsPerJobByGroup: [String: Int] = [:]
    /// Called (without awaiting) when a call of this operation arrives; tests use it to cancel.
    public var onCall: (@Sendable (String) -> Void)?
    var jobs: [CloudJobID: PendingJob] = [:]
    var nextJob = 0

    public init(groups: [LiveGroup], instances: [LiveInstance], servers: [LiveServer], pollsPerJob: Int = 2) {
        self.groups = Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0) })
        self.instances = instances
        self.servers = Dictionary(uniqueKeysWithValues: servers.map { ($0.id, $0) })
        self.pollsPerJob = pollsPerJob
    }

    /// Changing calls (stop, start, reverse) so far.
    public var changingCalls: [Call] {
        calls.filter { ["StopServers", "StartServers", "ReverseProtectionGroup", "FailoverProtectionGroup", "StartProtectionGroup", "StopProtectionGroup"].contains($0.operation) }
    }

    /// Sets a test knob.
    public func configure(_ body: @Sendable (isolated FakeCloud) -> Void) { body(self) }

    func record(_ operation: String, _ argument: String) throws {
        calls.append(Call(operation: operation, argument: argument))
        onCall?(operation)
        if var queue = failures[operation], !queue.isEmpty {
            let error = queue.removeFirst()
            failures[operation] = queue
            throw error
        }
    }

    public func listProtectionGroups() async throws -> [LiveGroup] {
        try record("ListProtectionGroups", "")
        await advanceOnObservation()
        return groups.values.sorted { $0.id < $1.id }
    }

    public func showProtectionGroup(id: String) async throws -> LiveGroup? {
        try record("ShowProtectionGroup", id)
        await advanceOnObservation()
        return groups[id]
    }

    /// An observation of the groups lets time pass for switchovers (apply follows a reverse through
    /// the group, not its job) and, with `advanceJobsOnObserve`, for every job.
    func advanceOnObservation() async {
        for (jobID, pending) in jobs where !pending.job.isFinished && !pending.hangs {
            guard advanceJobsOnObserve || jobID.service == .sdrs else { continue }
            jobs[jobID]?.remainingPolls -= 1
            if pending.remainingPolls <= 1 { await finish(jobID) }
        }
    }

    public func listProtectedInstances(groupIDs: [String]) async throws -> [LiveInstance] {
        try record("ListProtectedInstances", groupIDs.joined(separator: ","))
        return instances.filter { groupIDs.contains($0.groupID) }
    }

    public func listReplications(groupIDs: [String]) async throws -> [LiveReplication] {
        try record("ListReplications", groupIDs.joined(separator: ","))
        return []
    }

    public func listServers(ids: [String]) async throws -> [LiveServer] {
        try record("ListServers", ids.joined(separator: ","))
        return ids.map { servers[$0] ?? .missing(id: $0) }
    }

    public func job(_ id: CloudJobID) async throws -> CloudJob {
        try record("Job", id.description)
        guard var pending = jobs[id] else {
            throw CloudError(kind: .notFound, operation: "ShowJob", httpStatus: 404, message: "no job \(id)")
        }
        if !pending.job.isFinished && !pending.hangs {
            pending.remainingPolls -= 1
            if pending.remainingPolls <= 0 {
                jobs[id] = pending
                await finish(id)
                return jobs[id]!.job
            }
            jobs[id] = pending
        }
        return pending.job
    }

    /// Finishes every pending job that does not hang, as if time had passed.
    public func tick() async {
        for (id, pending) in jobs where !pending.job.isFinished && !pending.hangs { await finish(id) }
    }

    func finish(_ id: CloudJobID) async {
        guard let pending = jobs[id] else { return }
        await pending.complete(self, id)
        if jobs[id]!.job.status == .running { jobs[id]!.job.status = .succeeded; jobs[id]!.job.rawStatus = "SUCCESS" }
    }

    func makeJob(_ service: CloudService, type: String, hangs: Bool = false, polls: Int? = nil, complete: @escaping @Sendable (FakeCloud, CloudJobID) async -> Void) -> CloudJobID {
        nextJob += 1
        let id = CloudJobID(service: service, id: "job-\(nextJob)")
        jobs[id] = PendingJob(job: CloudJob(id: id, type: type, status: .running, rawStatus: "RUNNING"), remainingPolls: polls ?? pollsPerJob, hangs: hangs, complete: complete)
        return id
    }

    func failJob(_ id: CloudJobID, code: String, reason: String) {
        jobs[id]?.job.status = .failed
        jobs[id]?.job.rawStatus = "FAIL"
        jobs[id]?.job.errorCode = code
        jobs[id]?.job.failReason = reason
    }

    func updateServer(_ id: String, _ body: (inout LiveServer) -> Void) {
        guard var server = servers[id] else { return }
        body(&server)
        servers[id] = server
    }

    func updateGroup(_ id: String, _ body: (inout LiveGroup) -> Void) {
        guard var group = groups[id] else { return }
        body(&group)
        groups[id] = group
    }
}
