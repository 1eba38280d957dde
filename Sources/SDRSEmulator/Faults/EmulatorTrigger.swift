// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// An out-of-band change (a person in the console) that happens right after the first accepted
/// call of an operation: a deterministic way to change the world "mid-switch".
///
/// The trigger fires once, inside the same store step that accepted the call and before its answer
/// is sent, so a client sees the change on its very next read; timing races play no part. Only
/// accepted calls fire it (a refused or faulted call does not). Like the admin API, the change it
/// makes is not written to the invariant log.
public struct EmulatorTrigger: Sendable, Hashable, Codable {
    /// What the trigger does when it fires.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// Powers `server_id` on at once (dooms a running switchover of its group).
        case powerOn = "power-on"
        /// Powers `server_id` off at once.
        case powerOff = "power-off"
        /// Sets the `priority_station` (and optionally `status`) of `group_id`, as if someone else
        /// had switched it.
        case setPriorityStation = "set-priority-station"
    }

    /// Assigned by the store (`trigger-1`, …); ignored on input.
    public var id: String?
    /// The SDK operation whose first accepted call fires it: one of the changing operations
    /// (`StartReverseProtectionGroup`, `BatchStopServers`, `BatchStartServers`, …).
    public var operation: String
    /// Only calls that concern this group fire it: a group action on it, or a batch action on one
    /// of its servers. `nil` = any call of `operation`.
    public var whenGroupID: String?
    /// What happens.
    public var action: Action
    /// `power-on` / `power-off`: the server.
    public var serverID: String?
    /// `set-priority-station`: the group (default `when_group_id`).
    public var groupID: String?
    /// `set-priority-station`: `source` or `target`.
    public var priorityStation: String?
    /// `set-priority-station`: the group's new status (default: unchanged).
    public var status: String?

    /// Creates a trigger.
    public init(
        operation: EmulatorOperation, whenGroupID: String? = nil, action: Action, serverID: String? = nil,
        groupID: String? = nil, priorityStation: String? = nil, status: String? = nil
    ) {
        self.operation = operation.rawValue
        self.whenGroupID = whenGroupID
        self.action = action
        self.serverID = serverID
        self.groupID = groupID
        self.priorityStation = priorityStation
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case id, operation, action, status
        case whenGroupID = "when_group_id"
        case serverID = "server_id"
        case groupID = "group_id"
        case priorityStation = "priority_station"
    }

    /// A sentence naming the first problem, or `nil` when the trigger is usable.
    var validationProblem: String? {
        guard let operation = EmulatorOperation(rawValue: operation), operation.isChanging else {
            return "operation must be a changing SDK operation such as StartReverseProtectionGroup or BatchStopServers"
        }
        switch action {
        case .powerOn, .powerOff:
            if serverID == nil { return "a \(action.rawValue) trigger needs server_id" }
        case .setPriorityStation:
            if groupID ?? whenGroupID == nil { return "a set-priority-station trigger needs group_id (or when_group_id)" }
            guard let priorityStation, PriorityStation.isValid(priorityStation) else {
                return "priority_station must be 'source' or 'target'"
            }
        }
        return nil
    }
}
