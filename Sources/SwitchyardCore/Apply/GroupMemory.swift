// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// What this run (or the journal of an earlier one) knows about a group beyond its live state.
///
/// The live state alone is enough to resume safely; memory adds job IDs to adopt, timestamps for
/// timeouts and the results of jobs this run watched. The executor updates it after every step.
public struct GroupMemory: Sendable, Hashable, Codable {
    /// The side that was production when this run first observed the group.
    public var originalSite: Site?
    /// A reverse job of an earlier run (from the journal); waited for only while the group is `reversing`.
    public var adoptedReverseJob: CloudJobID?
    /// The reverse job this run issued (or adopted and is watching).
    public var reverseJob: CloudJobID?
    /// When this run issued the reverse, or first saw the group `reversing`.
    public var reverseStartedAt: Date?
    /// The finished reverse job, once a poll saw it finish.
    public var reverseResult: CloudJob?
    /// The latest stop job and when it was issued.
    public var stopJob: CloudJobID?
    public var stopIssuedAt: Date?
    public var stopMode: StopMode?
    /// A finished stop job that failed.
    public var stopFailure: CloudJob?
    /// Whether a soft stop was escalated to a hard one.
    public var escalatedToHard: Bool
    /// The latest start job and when it was issued.
    public var startJob: CloudJobID?
    public var startIssuedAt: Date?
    /// A finished start job that failed.
    public var startFailure: CloudJob?
    /// Whether this run started the original production servers again after a failure.
    public var restartedOriginal: Bool
    /// Whether this run made any changing call for the group.
    public var changed: Bool

    public init(
        originalSite: Site? = nil,
        adoptedReverseJob: CloudJobID? = nil,
        reverseJob: CloudJobID? = nil,
        reverseStartedAt: Date? = nil,
        reverseResult: CloudJob? = nil,
        stopJob: CloudJobID? = nil,
        stopIssuedAt: Date? = nil,
        stopMode: StopMode? = nil,
        stopFailure: CloudJob? = nil,
        escalatedToHard: Bool = false,
        startJob: CloudJobID? = nil,
        startIssuedAt: Date? = nil,
        startFailure: CloudJob? = nil,
        restartedOriginal: Bool = false,
        changed: Bool = false
    ) {
        self.originalSite = originalSite
        self.adoptedReverseJob = adoptedReverseJob
        self.reverseJob = reverseJob
        self.reverseStartedAt = reverseStartedAt
        self.reverseResult = reverseResult
        self.stopJob = stopJob
        self.stopIssuedAt = stopIssuedAt
        self.stopMode = stopMode
        self.stopFailure = stopFailure
        self.escalatedToHard = escalatedToHard
        self.startJob = startJob
        self.startIssuedAt = startIssuedAt
        self.startFailure = startFailure
        self.restartedOriginal = restartedOriginal
        self.changed = changed
    }
}
