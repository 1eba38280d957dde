// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorStore {
    /// Adds a trigger and returns it with its assigned ID.
    ///
    /// - Throws: `APIError` (400) when the trigger is unusable or names an unknown server or group.
    @discardableResult
    public func addTrigger(_ trigger: EmulatorTrigger) throws -> EmulatorTrigger {
        try synchronise()
        if let problem = trigger.validationProblem { throw APIError.admin(problem) }
        if let serverID = trigger.serverID, state.servers[serverID]?.isDeleted ?? true {
            throw APIError.admin("no server with id \(serverID)")
        }
        for groupID in [trigger.whenGroupID, trigger.groupID].compactMap({ $0 }) where state.groups[groupID] == nil {
            throw APIError.admin("no group with id \(groupID)")
        }
        var trigger = trigger
        let number = state.nextTriggerNumber ?? 1
        trigger.id = "trigger-\(number)"
        state.nextTriggerNumber = number + 1
        state.triggers = (state.triggers ?? []) + [trigger]
        dirty = true
        try saveIfDirty()
        return trigger
    }

    /// Triggers still waiting, in the order they were added.
    public func pendingTriggers() -> [EmulatorTrigger] {
        state.triggers ?? []
    }

    /// Triggers that have fired, oldest first: lets a test prove its mid-run change happened.
    public func firedTriggers() -> [EmulatorTrigger] {
        state.firedTriggers ?? []
    }

    /// Removes every trigger, pending and fired.
    public func clearTriggers() throws {
        state.triggers = []
        state.firedTriggers = []
        dirty = true
        try saveIfDirty()
    }

    /// Fires, once each and in order, the pending triggers of `operation` that concern one of
    /// `groupIDs`. Called right after the store accepted such a call.
    func fireTriggers(after operation: EmulatorOperation, groupIDs: Set<String>) {
        guard let pending = state.triggers, !pending.isEmpty else { return }
        var remaining: [EmulatorTrigger] = []
        for trigger in pending {
            guard trigger.operation == operation.rawValue, trigger.whenGroupID.map(groupIDs.contains) ?? true else {
                remaining.append(trigger)
                continue
            }
            perform(trigger)
            state.firedTriggers = (state.firedTriggers ?? []) + [trigger]
        }
        state.triggers = remaining
        dirty = true
    }

    private func perform(_ trigger: EmulatorTrigger) {
        // Validated when added; a server deleted since then makes the action a no-op.
        switch trigger.action {
        case .powerOn, .powerOff:
            guard let serverID = trigger.serverID else { return }
            try? setServerPower(serverID, running: trigger.action == .powerOn)
        case .setPriorityStation:
            guard let groupID = trigger.groupID ?? trigger.whenGroupID, let station = trigger.priorityStation else { return }
            try? setGroupPriorityStation(groupID, priorityStation: station, status: trigger.status)
        }
    }
}
