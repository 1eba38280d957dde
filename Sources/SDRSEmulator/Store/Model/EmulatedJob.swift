// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// An asynchronous job of either service. Job IDs are unique across both.
struct EmulatedJob: Sendable, Hashable, Codable {
    var id: String
    var service: Service
    var jobType: String
    var status: EmulatedJobStatus
    var beginTime: Date
    var endTime: Date? = nil
    var errorCode: String? = nil
    var failReason: String? = nil
    /// SDRS group jobs: the group.
    var serverGroupID: String? = nil
    var subJobs: [EmulatedSubJob]
    /// SDRS group jobs: what to do when the job's time is up.
    var groupAction: GroupActionPlan? = nil
    /// DR drill jobs: what to do when the job's time is up.
    var drillAction: DrillJobPlan? = nil

    /// Which API created the job; decides the shape of `GET /jobs/{id}`.
    enum Service: String, Sendable, Hashable, Codable {
        case sdrs, ecs
    }

    var isTerminal: Bool { status == .success || status == .fail }
}

/// `SUCCESS`, `RUNNING`, `FAIL`, `INIT`.
enum EmulatedJobStatus: String, Sendable, Hashable, Codable {
    case success = "SUCCESS"
    case running = "RUNNING"
    case fail = "FAIL"
    case initialising = "INIT"
}

/// A sub-job: one per server for ECS batch actions, one per replication pair for SDRS stop.
struct EmulatedSubJob: Sendable, Hashable, Codable {
    var id: String
    var jobType: String
    var status: EmulatedJobStatus
    var beginTime: Date
    var endTime: Date? = nil
    var errorCode: String? = nil
    var failReason: String? = nil
    var serverID: String? = nil
    var replicationID: String? = nil
    var errorcodeMessage: String? = nil
}

/// The pending effect of an SDRS group job.
struct GroupActionPlan: Sendable, Hashable, Codable {
    var kind: GroupActionKind
    /// Reverse: the requested `priority_station` (the desired result).
    var requestedPriorityStation: String?
    /// Set at acceptance by a `reverse-job-failure` fault or the fixture: the job fails with this.
    var forcedFailure: JobFailure?
    /// Set when a server of the group was powered on while the job ran.
    var poweredOnServers: [String] = []
    /// Reverse to the current station accepted as a no-op (behaviour switch).
    var noOp: Bool = false
}

/// What the four action bodies do.
enum GroupActionKind: String, Sendable, Hashable, Codable {
    case reverse, failover, enableProtection, reprotect, disableProtection

    var jobType: String {
        switch self {
        case .reverse: "reverseProtectionGroupNoCG"
        case .failover: "failoverProtectionGroupNoCG"
        case .enableProtection: "startProtectionGroupNoCG"
        case .reprotect: "reprotectProtectionGroupNoCG"
        case .disableProtection: "stopProtectionGroupNoCG"
        }
    }

    /// Status of group, instances and pairs while the job runs.
    var transitionalStatus: String {
        switch self {
        case .reverse: "reversing"
        case .failover: "failing-over"
        case .enableProtection: "starting"
        case .reprotect: "reprotecting"
        case .disableProtection: "stopping"
        }
    }

    var successStatus: String {
        switch self {
        case .reverse, .enableProtection, .reprotect: "protected"
        case .failover: "failed-over"
        case .disableProtection: "available"
        }
    }

    var failureStatus: String {
        switch self {
        case .reverse: "error-reversing"
        case .failover: "error-failing-over"
        case .enableProtection: "error-starting"
        case .reprotect: "error-reprotecting"
        case .disableProtection: "error-stopping"
        }
    }

    /// The job-level error code of a failure (§5.4).
    var failureCode: String {
        switch self {
        case .reverse: "SDRS.1029"
        case .failover: "SDRS.1030"
        case .enableProtection: "SDRS.1027"
        case .reprotect: "SDRS.1032"
        case .disableProtection: "SDRS.1028"
        }
    }
}

/// A job failure: error code and reason.
struct JobFailure: Sendable, Hashable, Codable {
    var errorCode: String
    var reason: String
    /// The failure makes the group unusable for switchover from now on (a deleted server).
    var brokenGroup = false
}
