// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The result of an apply run: one entry per group, and totals.
public struct ApplyReport: Sendable, Hashable, Codable {
    /// How one group ended.
    public enum Result: String, Sendable, Hashable, Codable {
        case converged
        case alreadyConverged = "already-converged"
        case failed
        case skipped
        case refused
        case interrupted
    }

    /// One changing step and the wait after it.
    public struct Step: Sendable, Hashable, Codable {
        /// `stop`, `stop-hard`, `reverse`, `start`, `restart-original`.
        public var name: String
        public var startedAt: Date
        public var endedAt: Date?
        public var jobID: CloudJobID?
        /// Job/state polls made while waiting for this step.
        public var polls: Int
        public var serverIDs: [String]

        public init(name: String, startedAt: Date, endedAt: Date? = nil, jobID: CloudJobID? = nil, polls: Int = 0, serverIDs: [String] = []) {
            self.name = name
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.jobID = jobID
            self.polls = polls
            self.serverIDs = serverIDs
        }

        /// Seconds from start to end, when ended.
        public var duration: Double? { endedAt.map { $0.timeIntervalSince(startedAt) } }
    }

    /// One group's entry.
    public struct Group: Sendable, Hashable, Codable {
        public var address: String
        public var groupID: String
        public var result: Result
        /// Why it failed / was skipped / refused / interrupted.
        public var reason: String?
        public var failure: GroupFailure?
        public var steps: [Step]
        /// First stop issued by this run.
        public var downtimeStart: Date?
        /// Last start finished (nil while still down).
        public var downtimeEnd: Date?
        public var rto: TimeSpan?

        public init(address: String, groupID: String, result: Result, reason: String? = nil, failure: GroupFailure? = nil, steps: [Step] = [], downtimeStart: Date? = nil, downtimeEnd: Date? = nil, rto: TimeSpan? = nil) {
            self.address = address
            self.groupID = groupID
            self.result = result
            self.reason = reason
            self.failure = failure
            self.steps = steps
            self.downtimeStart = downtimeStart
            self.downtimeEnd = downtimeEnd
            self.rto = rto
        }

        /// Seconds of downtime caused by this run, when both ends are known.
        public var downtime: Double? {
            guard let downtimeStart, let downtimeEnd else { return nil }
            return downtimeEnd.timeIntervalSince(downtimeStart)
        }

        /// Whether the downtime exceeded the RTO (`nil` when either is unknown).
        public var exceededRTO: Bool? {
            guard let rto, let downtime else { return nil }
            return downtime > Double(rto.seconds)
        }

        /// Every job this group's steps created.
        public var jobIDs: [CloudJobID] { steps.compactMap(\.jobID) }
    }

    public var runID: String
    public var startedAt: Date
    public var endedAt: Date
    public var groups: [Group]
    /// Whether the run stopped early on cancellation (SIGINT/SIGTERM).
    public var interrupted: Bool
    /// Why the whole run was refused before any change (e.g. `maxSwitchesPerRun`), if it was.
    public var refusal: String?

    public init(runID: String, startedAt: Date, endedAt: Date, groups: [Group], interrupted: Bool = false, refusal: String? = nil) {
        self.runID = runID
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.groups = groups
        self.interrupted = interrupted
        self.refusal = refusal
    }

    /// Groups per result.
    public var totals: [Result: Int] { Dictionary(grouping: groups, by: \.result).mapValues(\.count) }

    /// The totals as a sentence in a fixed order, e.g. `2 converged, 1 failed.`; `Nothing to do.`
    /// for a run without groups.
    public var totalsSentence: String {
        let totals = self.totals
        let order: [Result] = [.converged, .alreadyConverged, .failed, .skipped, .refused, .interrupted]
        let parts = order.compactMap { result in totals[result].map { "\($0) \(result.rawValue)" } }
        return parts.isEmpty ? "Nothing to do." : parts.joined(separator: ", ") + "."
    }

    /// Summary for the exit status: 0 all converged, 1 any failure or interruption, 3 only
    /// refusals or skips blocked something (the CLI maps it to its `ExitStatus`).
    public var exitCode: Int32 {
        if interrupted || groups.contains(where: { $0.result == .failed || $0.result == .interrupted }) { return 1 }
        if refusal != nil || groups.contains(where: { $0.result == .refused || $0.result == .skipped }) { return 3 }
        return 0
    }
}
