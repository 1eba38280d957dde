// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The apply state machine of one group: built from the group's plan, fed events, answering with
/// the next action. Pure — no I/O, no clock, no `async` — in the manner of AsyncHTTPClient's
/// `HTTPRequestStateMachine`: the executor only observes, performs the action and reports back.
///
/// **Level-triggered.** Every decision is a function of the plan and the latest observation of the
/// group (plus what this run itself did: the jobs it created and when). Nothing from an earlier run
/// is needed: a rerun on a fresh machine decides exactly like a rerun on the same machine.
///
/// **Only the plan's steps.** The machine performs the steps of `GroupPlan.steps` (and, when the plan
/// declares `onFailure: restart-original`, the restart of the original production servers after a
/// failed switchover); a step the live state already satisfies is skipped. When the live state asks
/// for something the plan does not show, the group is refused (or fails, if this run already
/// changed it) with a sentence saying why.
///
/// **Safety.** Never reverses while a server the plan stops is not shut down; never reverses while
/// the group is `reversing` (waits for that switchover instead); never starts production servers
/// while a server of the other site is not shut down (that would run both sites).
///
/// Times are monotonic offsets (`Duration` since any fixed origin, e.g. the start of the run), so
/// wall-clock steps never fire or stretch a timeout.
public struct SwitchoverMachine: Sendable {
    /// What the executor reports.
    public enum Event: Sendable, Hashable {
        /// A fresh observation of the group.
        case observed(GroupSnapshot)
        /// The changing call the last `.call` action asked for returned this job.
        case callSucceeded(CloudJobID)
        /// The changing call the last `.call` action asked for failed (it may or may not have acted).
        case callFailed(CloudError)
        /// A read of the job the last `.wait` named.
        case jobRead(CloudJob)
    }

    /// What the executor must do next.
    public enum Action: Sendable, Hashable {
        /// Observe the group now and report `.observed`.
        case observe
        /// Journal and send this changing call, then report `.callSucceeded` or `.callFailed`.
        case call(Call)
        /// Wait per the poll schedule (`waited` is how long this wait has lasted), then read `job`
        /// and report `.jobRead`, or, with no job, observe and report `.observed`.
        case wait(Wait)
        /// The group is done; no more events.
        case finish(Outcome)
    }

    /// A changing call.
    public enum Call: Sendable, Hashable {
        case stopServers(ids: [String], mode: StopMode)
        case reverse(to: Site)
        /// `restartsOriginal`: the original production servers after a failed switchover.
        case startServers(ids: [String], restartsOriginal: Bool)
        case failover(to: Site)
        case reprotect
        case enableProtection
        case disableProtection

        /// The plan step the call performs.
        public var step: StepKind {
            switch self {
            case .stopServers: .stopServers
            case .reverse: .reverse
            case .startServers: .startServers
            case .failover: .failover
            case .reprotect: .reprotect
            case .enableProtection: .enableProtection
            case .disableProtection: .disableProtection
            }
        }
    }

    /// A wait for a transition in flight.
    public struct Wait: Sendable, Hashable {
        /// The plan step being waited for.
        public var step: StepKind
        /// The job to read after the delay; `nil`: observe the group instead.
        public var job: CloudJobID?
        /// How long this wait has lasted so far (the poll schedule grows from it).
        public var waited: Duration
        /// 1-based number of this poll within the wait.
        public var poll: Int
    }

    /// How the group ended.
    public struct Outcome: Sendable, Hashable {
        public var result: ApplyReport.Result
        /// A sentence for the report (why it was refused, or a remark on a convergence).
        public var reason: Message?
        public var failure: GroupFailure?

        public init(result: ApplyReport.Result, reason: Message?, failure: GroupFailure?) {
            self.result = result
            self.reason = reason
            self.failure = failure
        }
    }

    /// A performed (or waited-for) step, for the report; times are monotonic offsets.
    public struct StepRecord: Sendable, Hashable {
        public var kind: StepKind
        public var stopMode: StopMode?
        public var restartsOriginal: Bool
        public var startedAt: Duration
        public var endedAt: Duration?
        public var jobID: CloudJobID?
        public var polls: Int
        public var serverIDs: [String]
    }

    let plan: GroupPlan
    let desiredSite: Site
    var state = MachineState()

    /// A machine for `plan`, a group whose `action.isChange` (else it finishes at once).
    public init(plan: GroupPlan) {
        self.plan = plan
        self.desiredSite = plan.desiredSite?.site ?? .source
    }

    /// The first action: observe (or finish, for a plan without steps).
    public mutating func start(at now: Duration) -> Action {
        state.startedAt = now
        guard plan.action.isChange, plan.desiredSite != nil, plan.groupID != nil else {
            return finish(.refused, reason: Message(.refusedNoSteps), now: now)
        }
        return .observe
    }

    /// Feeds one event and returns the next action.
    public mutating func handle(_ event: Event, at now: Duration) -> Action {
        guard state.outcome == nil else { return .finish(state.outcome!) }
        switch event {
        case .observed(let snapshot):
            state.lastSnapshot = snapshot
            return decide(snapshot, now: now)
        case .callSucceeded(let job):
            return callSucceeded(job, now: now)
        case .callFailed(let error):
            return callFailed(error, now: now)
        case .jobRead(let job):
            return jobRead(job, now: now)
        }
    }

    /// The steps performed so far (the last one may be open).
    public var steps: [StepRecord] { state.records }

    /// When this run issued its first stop (the start of the downtime it caused), if it did.
    public var downtimeStart: Duration? { state.downtimeStart }

    /// When the new production servers were found running after this run started them.
    public var downtimeEnd: Duration? { state.downtimeEnd }

    /// The plan's changing steps this run did not need to perform (the live state satisfied them).
    public var satisfiedSteps: [StepKind] {
        let performed = Set(state.records.map(\.kind))
        return plan.steps.map(\.kind).filter { $0.isChange && !performed.contains($0) }
    }

    /// What this run left behind, in words (for an interruption or a failure).
    public var leftBehind: Message {
        var parts: [Phrase] = []
        if state.stop != nil && state.reverseJob == nil { parts.append(Phrase(.leftStopping)) }
        if let job = state.reverseJob, state.reverseResult == nil {
            parts.append(Phrase(.leftSwitchJob, ["job": "\(job)"]))
        }
        if let job = state.groupJob, state.groupResult == nil {
            parts.append(Phrase(.leftGroupJob, ["call": .text(state.groupCall?.step.rawValue ?? "group"), "job": "\(job)"]))
        }
        if state.startJob != nil && state.downtimeEnd == nil { parts.append(Phrase(.leftStarting)) }
        if parts.isEmpty { return Message(state.changed ? .leftNoChangeInFlight : .leftNoChange) }
        return Message(.verbatim, ["text": .list(parts, separator: .leftSeparator)])
    }

    /// Whether this run sent a changing call for the group.
    public var changed: Bool { state.changed }

    /// How the group ended, once it has.
    public var outcome: Outcome? { state.outcome }

    /// Whether a step ended without its effect: its job failed, or the group failed during it.
    public func failed(_ record: StepRecord) -> Bool {
        if let job = record.jobID, state.failedJobs.contains(job) { return true }
        return state.outcome?.result == .failed && record == state.records.last
    }
}

/// The private state of a `SwitchoverMachine`.
struct MachineState: Sendable {
    var startedAt: Duration = .zero
    var outcome: SwitchoverMachine.Outcome?
    var lastSnapshot: GroupSnapshot?
    /// The side that was production at the first observation.
    var originalSite: Site?
    /// Whether a changing call was sent (even one that failed: it may have acted).
    var changed = false
    /// Whether this run saw a transition of the group through (a wait for a switchover in flight).
    var waitedForTransition = false
    var pendingCall: SwitchoverMachine.Call?
    var failedCalls = 0
    var refusedCall: (call: SwitchoverMachine.Call, error: CloudError)?

    var stop: (job: CloudJobID, mode: StopMode)?
    var stopFailure: CloudJob?
    var escalated = false
    /// First observation in the shutdown phase with a server not yet shut down (reset on escalation).
    var shutdownSince: Duration?

    var reverseJob: CloudJobID?
    var reverseResult: CloudJob?
    /// When this run issued the reverse, or first saw the group `reversing`.
    var reversingSince: Duration?

    /// A failover or protection change sent by this run, its job, its result, and when it began
    /// (or when this run first saw the group in the transition).
    var groupCall: SwitchoverMachine.Call?
    var groupJob: CloudJobID?
    var groupResult: CloudJob?
    var groupSince: Duration?

    var startJob: CloudJobID?
    var startIssuedAt: Duration?
    var startFailure: CloudJob?
    var restartingOriginal = false

    var finishedJobs: Set<CloudJobID> = []
    var failedJobs: Set<CloudJobID> = []
    var waitSince: (step: StepKind, at: Duration)?
    var waitPolls = 0
    var records: [SwitchoverMachine.StepRecord] = []
    var downtimeStart: Duration?
    var downtimeEnd: Duration?
}
