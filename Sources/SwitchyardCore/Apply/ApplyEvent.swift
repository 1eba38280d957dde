// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Progress of an apply run, for the CLI's progress view. Delivered in order per group.
public struct ApplyEvent: Sendable, Hashable, Codable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, Codable {
        case stepStarted = "step-started"
        case stepFinished = "step-finished"
        /// The step ended without its effect (its job failed, or the group failed during it).
        case stepFailed = "step-failed"
        /// A step is still waiting: a sign of life for logs (`elapsed` since the step started).
        case heartbeat
        case groupFinished = "group-finished"
    }

    public var address: String
    public var kind: Kind
    /// `stop`, `reverse`, `start`, `restart-original`, or the outcome for `groupFinished`.
    public var step: String
    public var jobID: CloudJobID?
    public var at: Date
    /// Seconds since the step (or the group) started.
    public var elapsed: Double?

    public init(address: String, kind: Kind, step: String, jobID: CloudJobID? = nil, at: Date, elapsed: Double? = nil) {
        self.address = address
        self.kind = kind
        self.step = step
        self.jobID = jobID
        self.at = at
        self.elapsed = elapsed
    }
}
