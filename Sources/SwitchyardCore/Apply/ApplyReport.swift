// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The result of an apply run: one entry per group of the plan, and totals.
///
/// `Codable` as the JSON of `apply --format json`: snake_case keys, a `format_version`, optional
/// values left out, ISO 8601 dates (see `schemas/apply-report.schema.json` and
/// ``ApplyReportJSONRenderer``), the same conventions as the plan and the drift report.
public struct ApplyReport: Sendable, Hashable, Codable {
    /// The version of the JSON shape; bumped on any incompatible change. (Version 1 is the first
    /// versioned shape; before it, `apply --format json` wrote camelCase keys and no version.)
    public static let currentFormatVersion = 1
    /// How one group ended.
    public enum Result: String, Sendable, Hashable, Codable, CaseIterable {
        /// This run changed the group and it is now as desired.
        case converged
        /// A group with steps that the live state already satisfied: nothing was changed.
        case alreadyConverged = "already-converged"
        case failed
        /// Not started: a group it depends on did not converge.
        case skipped
        /// Not started: the live state no longer fits the plan (stale), or forbids the next step.
        case refused
        case interrupted
        /// The plan found the group in sync; apply left it alone.
        case inSync = "in-sync"
        /// The plan found the group blocked (or unresolved); apply left it alone.
        case blocked
        /// Left out of the plan by targeting.
        case excluded

        /// Whether the plan had nothing for this run to do with the group (in sync, blocked, excluded).
        public var isUntouched: Bool { self == .inSync || self == .blocked || self == .excluded }

        /// Whether the group is where the plan wanted it at the end of the run.
        public var isConverged: Bool { self == .converged || self == .alreadyConverged || self == .inSync }
    }

    /// One changing step and the wait after it (or a wait this run did not cause, e.g. for a
    /// switchover another run started).
    public struct Step: Sendable, Hashable, Codable {
        /// The plan step this run performed (or waited for).
        public var kind: StepKind
        /// For `stopServers`: the mode used (a `hard` stop after a soft one is the escalation).
        public var stopMode: StopMode?
        /// For `startServers`: the original production servers restarted after a failed switchover
        /// (`onFailure: restart-original`) rather than the new production servers.
        public var restartsOriginal: Bool
        public var startedAt: Date
        public var endedAt: Date?
        public var jobID: CloudJobID?
        /// Job/state polls made while waiting for this step.
        public var polls: Int
        public var serverIDs: [String]

        public init(
            kind: StepKind, stopMode: StopMode? = nil, restartsOriginal: Bool = false, startedAt: Date, endedAt: Date? = nil,
            jobID: CloudJobID? = nil, polls: Int = 0, serverIDs: [String] = []
        ) {
            self.kind = kind
            self.stopMode = stopMode
            self.restartsOriginal = restartsOriginal
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.jobID = jobID
            self.polls = polls
            self.serverIDs = serverIDs
        }

        /// The short label people and the HTML timeline read: `stop`, `stop-hard`, `wait-for-shutdown`,
        /// `reverse`, `wait-for-switch`, `start`, `restart-original`.
        public var name: String {
            switch kind {
            case .stopServers: stopMode == .hard ? "stop-hard" : "stop"
            case .startServers: restartsOriginal ? "restart-original" : "start"
            default: kind.rawValue
            }
        }

        /// Seconds from start to end, when ended.
        public var duration: Double? { endedAt.map { $0.timeIntervalSince(startedAt) } }

        enum CodingKeys: String, CodingKey {
            case kind, polls
            case stopMode = "stop_mode"
            case restartsOriginal = "restarts_original"
            case startedAt = "started_at"
            case endedAt = "ended_at"
            case jobID = "job_id"
            case serverIDs = "server_ids"
        }
    }

    /// One group's entry.
    public struct Group: Sendable, Hashable, Codable {
        public var address: String
        public var groupID: String
        public var result: Result
        /// Why it failed / was skipped / refused / interrupted.
        public var reason: Message?
        public var failure: GroupFailure?
        public var steps: [Step]
        /// Changing steps of the plan that the live state already satisfied, so this run skipped them.
        public var satisfiedSteps: [StepKind]
        /// First stop issued by this run.
        public var downtimeStart: Date?
        /// Last start finished (nil while still down).
        public var downtimeEnd: Date?
        public var rto: TimeSpan?

        public init(
            address: String, groupID: String, result: Result, reason: Message? = nil, failure: GroupFailure? = nil, steps: [Step] = [],
            satisfiedSteps: [StepKind] = [], downtimeStart: Date? = nil, downtimeEnd: Date? = nil, rto: TimeSpan? = nil
        ) {
            self.address = address
            self.groupID = groupID
            self.result = result
            self.reason = reason
            self.failure = failure
            self.steps = steps
            self.satisfiedSteps = satisfiedSteps
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

        enum CodingKeys: String, CodingKey {
            case address, result, reason, failure, steps, rto
            case groupID = "group_id"
            case satisfiedSteps = "satisfied_steps"
            case downtimeStart = "downtime_start"
            case downtimeEnd = "downtime_end"
        }
    }

    /// Always `currentFormatVersion` when made by this build.
    public var formatVersion: Int = ApplyReport.currentFormatVersion

    public var runID: String
    public var startedAt: Date
    public var endedAt: Date
    public var groups: [Group]
    /// Whether the run stopped early on cancellation (SIGINT/SIGTERM).
    public var interrupted: Bool
    /// Why the whole run was refused before any change (e.g. `maxSwitchesPerRun`), if it was.
    public var refusal: Message?
    /// Where the run went, when the caller knows: reports say it, so that a rehearsal against the
    /// emulator can never pass for a production run.
    public var target: Target?

    /// The project, region and endpoint kind a run worked on, and the switchyard that ran it.
    public struct Target: Sendable, Hashable, Codable {
        public var projectID: String
        public var region: String
        /// Against the embedded emulator (`--emulator FIXTURE`), not Huawei Cloud.
        public var emulated: Bool
        /// Both endpoints on loopback: an `sdrs-emulator` process, or a local proxy.
        public var loopback: Bool
        /// `switchyard 0.1.0 (…)`.
        public var version: String?
        /// The saved plan's fingerprint, or the desired-state file, the run applied.
        public var source: String?

        public init(projectID: String, region: String, emulated: Bool, loopback: Bool = false, version: String? = nil, source: String? = nil) {
            self.projectID = projectID
            self.region = region
            self.emulated = emulated
            self.loopback = loopback
            self.version = version
            self.source = source
        }

        enum CodingKeys: String, CodingKey {
            case region, emulated, loopback, version, source
            case projectID = "project_id"
        }
    }

    enum CodingKeys: String, CodingKey {
        case groups, interrupted, refusal, target
        case formatVersion = "format_version"
        case runID = "run_id"
        case startedAt = "started_at"
        case endedAt = "ended_at"
    }

    public init(runID: String, startedAt: Date, endedAt: Date, groups: [Group], interrupted: Bool = false, refusal: Message? = nil) {
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
    public var totalsSentence: String { totalsSentence(.english) }

    /// ``totalsSentence`` in `language`.
    public func totalsSentence(_ language: Language) -> String {
        let totals = self.totals
        let order: [Result] = [.converged, .alreadyConverged, .failed, .skipped, .refused, .interrupted, .inSync, .blocked, .excluded]
        let parts = order.compactMap { result in totals[result].map { language(.summaryTotal, ["count": "\($0)", "result": .text(result.text(language))]) } }
        return parts.isEmpty ? language(.summaryNothing) : language(.summaryTotals, ["parts": .text(parts.joined(separator: language(.listSeparator)))])
    }

    /// Whether the run changed nothing and had nothing to change.
    public var changedNothing: Bool { groups.allSatisfy { $0.steps.isEmpty } }
}

extension ApplyReport.Result {
    /// The result for people: its code in English (`converged`, `already-converged`), a word in
    /// other languages. JSON and CSS classes use `rawValue`.
    public func text(_ language: Language) -> String {
        let key: MessageKey = switch self {
        case .converged: .resultConverged
        case .alreadyConverged: .resultAlreadyConverged
        case .inSync: .resultInSync
        case .failed: .resultFailed
        case .interrupted: .resultInterrupted
        case .skipped: .resultSkipped
        case .refused: .resultRefused
        case .blocked: .resultBlocked
        case .excluded: .resultExcluded
        }
        return language(key)
    }
}
