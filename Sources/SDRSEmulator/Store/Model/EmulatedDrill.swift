// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// One SDRS DR drill (reference §12.4): drill servers built from the group's protected instances
/// in the DR AZ, running apart from production until the drill is deleted.
struct EmulatedDrill: Sendable, Hashable, Codable {
    var id: String
    var name: String
    var status: String
    var groupID: String
    var drillVPCID: String
    var createdAt: Date
    var updatedAt: Date
    /// Empty until the create job succeeds.
    var drillServers: [EmulatedDrillServer] = []

    /// The documented statuses.
    static let statuses: Set<String> = ["creating", "available", "deleting", "error", "error-deleting"]
    /// Statuses in which a drill may be deleted (otherwise SDRS.1913).
    static let deletableStatuses: Set<String> = ["available", "error", "error-deleting"]
    /// Group statuses in which a drill may be created.
    static let groupStatusesAllowingCreate: Set<String> = [
        "available", "protected", "failed-over", "error-starting", "error-stopping", "error-reversing",
        "error-reprotecting", "error-failing-over",
    ]
}

/// A drill server and the protected instance it was built from.
struct EmulatedDrillServer: Sendable, Hashable, Codable {
    var protectedInstanceID: String
    var serverID: String
}

/// The pending effect of a drill job.
struct DrillJobPlan: Sendable, Hashable, Codable {
    var kind: Kind
    var drillID: String
    /// Set at acceptance by a `drill-job-failure` fault: the job fails with this.
    var forcedFailure: JobFailure?

    enum Kind: String, Sendable, Hashable, Codable {
        case create, delete

        var jobType: String {
            switch self {
            case .create: "createDisasterRecoveryDrill"
            case .delete: "deleteDisasterRecoveryDrill"
            }
        }

        /// SDRS.1922 create failed, SDRS.1923 delete failed.
        var failureCode: String {
            switch self {
            case .create: "SDRS.1922"
            case .delete: "SDRS.1923"
            }
        }

        var failureStatus: String {
            switch self {
            case .create: "error"
            case .delete: "error-deleting"
            }
        }
    }
}
