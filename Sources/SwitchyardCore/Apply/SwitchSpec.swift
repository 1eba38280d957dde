// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What apply must achieve for one protection group: the input the planner's output is glued to.
///
/// One spec per group that the plan switches (or checks). `address` is the user-facing name used
/// in `dependsOn`, waves and reports; `groupID` is the SDRS ID.
public struct SwitchSpec: Sendable, Hashable, Codable {
    /// The user-facing name (`dependsOn`, waves and reports use it).
    public var address: String
    /// The SDRS protection group ID.
    public var groupID: String
    /// The side that must be production afterwards.
    public var desiredSite: Site
    /// How production servers are stopped (soft, hard, or soft escalated once to hard on timeout).
    public var shutdown: ShutdownMode
    /// Whether the servers at the new production site are powered on after the switch.
    public var startAfterSwitch: Bool
    /// Longest wait for the reverse job (and the start after it).
    public var switchTimeout: TimeSpan
    /// Longest wait for production servers to stop (per stop mode when escalating).
    public var shutdownTimeout: TimeSpan
    /// What to do with the servers when the switchover job fails.
    public var onFailure: FailurePolicy
    /// Recovery-time objective the downtime window is compared to; `nil` = none.
    public var rto: TimeSpan?
    /// Addresses of groups that must have converged before this one starts.
    public var dependsOn: [String]

    public init(
        address: String,
        groupID: String,
        desiredSite: Site,
        shutdown: ShutdownMode = .soft,
        startAfterSwitch: Bool = true,
        switchTimeout: TimeSpan = .minutes(30),
        shutdownTimeout: TimeSpan = .minutes(10),
        onFailure: FailurePolicy = .leaveStopped,
        rto: TimeSpan? = nil,
        dependsOn: [String] = []
    ) {
        self.address = address
        self.groupID = groupID
        self.desiredSite = desiredSite
        self.shutdown = shutdown
        self.startAfterSwitch = startAfterSwitch
        self.switchTimeout = switchTimeout
        self.shutdownTimeout = shutdownTimeout
        self.onFailure = onFailure
        self.rto = rto
        self.dependsOn = dependsOn
    }
}
