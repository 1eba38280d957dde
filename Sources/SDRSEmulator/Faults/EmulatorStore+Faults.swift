// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorStore {
    /// Decides the request-level faults for one call of `operation`, consuming counts and drawing
    /// from the seeded generator in rule order (so the same seed and calls give the same faults).
    func requestFaults(for operation: EmulatorOperation) -> RequestFaultDecision {
        var decision = RequestFaultDecision()
        var index = 0
        while index < state.faults.count {
            let rule = state.faults[index]
            let applicable =
                rule.kind.isRequestFault && (rule.operation == nil || rule.operation == operation.rawValue)
                && (rule.kind != .flowControl || [.batchStopServers, .batchStartServers].contains(operation))
                && (rule.kind == .latency || decision.failure == nil)
            guard applicable else {
                index += 1
                continue
            }
            let (fires, removed) = fire(at: index)
            if fires {
                if rule.kind == .latency {
                    decision.latencyMilliseconds += rule.latencyMilliseconds ?? 0
                } else {
                    decision.failure = RequestFaultDecision.error(for: rule.kind, operation: operation, rule: rule)
                }
            }
            if !removed { index += 1 }
        }
        // Used-up counts must survive a restart; a failed save is retried with the next change.
        try? saveIfDirty()
        return decision
    }

    /// The failure an accepted reverse of `groupID` is doomed to by a `reverse-job-failure` rule.
    func consumeReverseFailure(groupID: String) -> JobFailure? {
        consumeRule(.reverseJobFailure) { $0.groupID == nil || $0.groupID == groupID }.map { rule in
            JobFailure(
                errorCode: rule.errorCode ?? "SDRS.1029",
                reason: rule.failReason ?? "Failed to perform the planned failover (injected fault)."
            )
        }
    }

    /// The failure an accepted failover or protection change of `groupID` is doomed to by a
    /// `group-job-failure` rule.
    func consumeGroupJobFailure(_ kind: GroupActionKind, groupID: String) -> JobFailure? {
        let operation: EmulatorOperation = switch kind {
        case .failover: .startFailoverProtectionGroup
        case .disableProtection: .stopProtectionGroup
        default: .startProtectionGroup
        }
        return consumeRule(.groupJobFailure) {
            ($0.groupID == nil || $0.groupID == groupID) && ($0.operation == nil || $0.operation == operation.rawValue)
        }.map { rule in
            JobFailure(errorCode: rule.errorCode ?? kind.failureCode, reason: rule.failReason ?? "The \(kind.rawValue) job failed (injected fault).")
        }
    }

    /// The failure an accepted drill job of `kind` for `groupID` is doomed to by a
    /// `drill-job-failure` rule.
    func consumeDrillFailure(_ kind: DrillJobPlan.Kind, groupID: String) -> JobFailure? {
        let operation: EmulatorOperation = kind == .create ? .createDisasterRecoveryDrill : .deleteDisasterRecoveryDrill
        return consumeRule(.drillJobFailure) {
            ($0.groupID == nil || $0.groupID == groupID) && ($0.operation == nil || $0.operation == operation.rawValue)
        }.map { rule in
            JobFailure(
                errorCode: rule.errorCode ?? kind.failureCode,
                reason: rule.failReason ?? "Failed to \(kind.rawValue) the DR drill (injected fault)."
            )
        }
    }

    /// The sub-job failure to inject into the stop of `serverID`, if a `stop-sub-job-failure` rule fires.
    func consumeStopFailure(serverID: String) -> (String, String)? {
        consumeRule(.stopSubJobFailure) { $0.serverID == nil || $0.serverID == serverID }.map { rule in
            (rule.errorCode ?? "Ecs.0100", rule.failReason ?? "Failed to stop the server (injected fault).")
        }
    }

    /// Whether a SOFT stop of `serverID` hangs because of a `soft-stop-hang` rule.
    func consumeSoftStopHang(serverID: String) -> Bool {
        consumeRule(.softStopHang) { $0.serverID == nil || $0.serverID == serverID } != nil
    }

    /// The first rule of `kind` that `matches` and fires (its count used up), or `nil`.
    private func consumeRule(_ kind: FaultKind, matching matches: (FaultRule) -> Bool) -> FaultRule? {
        var index = 0
        while index < state.faults.count {
            let rule = state.faults[index]
            guard rule.kind == kind, matches(rule) else {
                index += 1
                continue
            }
            let (fires, removed) = fire(at: index)
            if fires { return rule }
            if !removed { index += 1 }
        }
        return nil
    }

    /// Evaluates the trigger of rule `index`; decrements its count when it fires and removes it
    /// when the count reaches zero.
    private func fire(at index: Int) -> (fires: Bool, removed: Bool) {
        var rule = state.faults[index]
        if let count = rule.count, count <= 0 {
            state.faults.remove(at: index)
            dirty = true
            return (false, true)
        }
        var fires = true
        if let probability = rule.probability {
            fires = state.faultRandom.nextUnitInterval() < probability
            dirty = true
        }
        guard fires else { return (false, false) }
        if let count = rule.count {
            rule.count = count - 1
            dirty = true
            if count - 1 <= 0 {
                state.faults.remove(at: index)
                return (true, true)
            }
            state.faults[index] = rule
        }
        return (true, false)
    }

    // MARK: - Admin

    /// Adds a fault rule and returns it with its assigned ID.
    ///
    /// - Throws: `APIError` (400) when the rule is unusable.
    @discardableResult
    public func addFault(_ rule: FaultRule) throws -> FaultRule {
        if let problem = rule.validationProblem {
            throw APIError.admin(problem)
        }
        var rule = rule
        rule.id = "fault-\(state.nextFaultNumber)"
        state.nextFaultNumber += 1
        state.faults.append(rule)
        dirty = true
        try saveIfDirty()
        return rule
    }

    /// The active fault rules, in evaluation order.
    public func faults() -> [FaultRule] {
        state.faults
    }

    /// Removes one rule; returns false when no rule has that ID.
    @discardableResult
    public func removeFault(id: String) throws -> Bool {
        let before = state.faults.count
        state.faults.removeAll { $0.id == id }
        dirty = state.faults.count != before
        try saveIfDirty()
        return state.faults.count != before
    }

    /// Removes every rule.
    public func clearFaults() throws {
        state.faults.removeAll()
        dirty = true
        try saveIfDirty()
    }
}
