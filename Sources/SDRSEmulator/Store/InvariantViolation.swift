// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// A switchover rule a client tried to break, recorded in the invariant log whether or not the
/// emulator refused the call.
public struct InvariantViolation: Sendable, Hashable, Codable {
    /// The rule.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A reverse was requested while a server at the current production site was not stopped.
        case reverseWithRunningProductionServer = "reverse-with-running-production-server"
        /// A reverse was requested while the group was already reversing.
        case reverseWhileReversing = "reverse-while-reversing"
        /// A server of a reversing group was powered on.
        case powerOnDuringReversing = "power-on-during-reversing"
        /// A server at a protected group's current DR site was powered on.
        case powerOnAtDRSite = "power-on-at-dr-site"
        /// A server was powered on while a server of the group's other site was not shut down:
        /// both sites would serve at once (split brain).
        case bothSitesRunning = "both-sites-running"
        /// A failover was requested for a group without replication pairs (nothing to fail over to).
        case failoverWithoutReplicationPairs = "failover-without-replication-pairs"
        /// A re-protect was requested while a server at the site replication would overwrite was
        /// not shut down.
        case reprotectWithRunningServer = "reprotect-with-running-server"
        /// A failover or protection change was requested while the group was already in one.
        case groupCallWhileInTransition = "group-call-while-in-transition"
        /// A server of a failing-over group was powered on.
        case powerOnDuringFailover = "power-on-during-failover"
    }

    /// The rule broken.
    public var kind: Kind
    /// Virtual time of the request.
    public var time: Date
    /// The SDK operation name of the request.
    public var operation: String
    /// The protection group concerned.
    public var groupID: String
    /// The servers concerned.
    public var serverIDs: [String]
    /// The `X-Request-Id` of the request.
    public var requestID: String
    /// A sentence for people.
    public var message: String

    enum CodingKeys: String, CodingKey {
        case kind, time, operation, message
        case groupID = "group_id"
        case serverIDs = "server_ids"
        case requestID = "request_id"
    }
}

/// Identifies the API request a store call serves (for the invariant log).
struct RequestInfo: Sendable, Hashable {
    var requestID: String
    var operation: EmulatorOperation
}
