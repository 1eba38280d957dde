// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Something that happens at a virtual instant: the store applies due events lazily, in
/// (`due`, `sequence`) order, before answering any request.
struct ScheduledEvent: Sendable, Hashable, Codable {
    var due: Date
    var sequence: UInt64
    var kind: Kind

    enum Kind: Sendable, Hashable, Codable {
        /// An SDRS group job reaches its end.
        case finishGroupJob(jobID: String)
        /// A server's power transition completes (ignored unless `token` is still current).
        case finishPowerTransition(serverID: String, token: UInt64)
        /// A DR drill create or delete job reaches its end.
        case finishDrillJob(jobID: String)
    }

    /// Total order: earlier first, then creation order.
    static func precedes(_ lhs: ScheduledEvent, _ rhs: ScheduledEvent) -> Bool {
        lhs.due != rhs.due ? lhs.due < rhs.due : lhs.sequence < rhs.sequence
    }
}
