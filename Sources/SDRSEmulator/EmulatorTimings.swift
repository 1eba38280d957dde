// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// How long asynchronous work takes, in virtual seconds (multiplied by the configuration's
/// `timeScale` when scheduled).
///
/// In YAML every key is optional and snake_case; a missing key keeps its default.
public struct EmulatorTimings: Sendable, Hashable, Codable {
    /// Planned switchover (`reverseProtectionGroupNoCG`). Default 60.
    public var reverseSeconds: Double = 60
    /// Failover. Default 60.
    public var failoverSeconds: Double = 60
    /// Enabling protection (`start-server-group` from `available`). Default 30.
    public var enableProtectionSeconds: Double = 30
    /// Re-protection (`start-server-group` from `failed-over`). Default 60.
    public var reprotectSeconds: Double = 60
    /// Disabling protection. Default 30.
    public var disableProtectionSeconds: Double = 30
    /// A SOFT stop (`powering-off`). Default 20.
    public var powerOffSeconds: Double = 20
    /// A HARD stop. Default 5.
    public var hardPowerOffSeconds: Double = 5
    /// A start (`powering-on`). Default 30.
    public var powerOnSeconds: Double = 30
    /// Creating a DR drill (`createDisasterRecoveryDrill`). Default 600: a real creation took about
    /// 10 minutes (reference §12.4) [UNCONFIRMED how it scales with the number of servers].
    public var drillCreateSeconds: Double = 600
    /// Deleting a DR drill (`deleteDisasterRecoveryDrill`). Default 60 [DERIVED: no figure is published].
    public var drillDeleteSeconds: Double = 60
    /// How many servers ECS powers on or off per minute, across all batch calls: "1分钟内最多可以处理1000台"
    /// (reference §6.1, §12). A server beyond the pace keeps its task state (`powering-off` /
    /// `powering-on`) and begins its transition when the pace allows (a token bucket of this many
    /// servers, refilled evenly over a minute of emulated time). Default 1000; 0 turns the pace off.
    public var powerActionsPerMinute: Double = 1000

    /// The defaults.
    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case reverseSeconds = "reverse_seconds"
        case failoverSeconds = "failover_seconds"
        case enableProtectionSeconds = "enable_protection_seconds"
        case reprotectSeconds = "reprotect_seconds"
        case disableProtectionSeconds = "disable_protection_seconds"
        case powerOffSeconds = "power_off_seconds"
        case hardPowerOffSeconds = "hard_power_off_seconds"
        case powerOnSeconds = "power_on_seconds"
        case drillCreateSeconds = "drill_create_seconds"
        case drillDeleteSeconds = "drill_delete_seconds"
        case powerActionsPerMinute = "power_actions_per_minute"
    }

    /// Decodes a partial mapping; missing keys keep their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = EmulatorTimings()
        reverseSeconds = try container.value(.reverseSeconds, or: defaults.reverseSeconds)
        failoverSeconds = try container.value(.failoverSeconds, or: defaults.failoverSeconds)
        enableProtectionSeconds = try container.value(.enableProtectionSeconds, or: defaults.enableProtectionSeconds)
        reprotectSeconds = try container.value(.reprotectSeconds, or: defaults.reprotectSeconds)
        disableProtectionSeconds = try container.value(.disableProtectionSeconds, or: defaults.disableProtectionSeconds)
        powerOffSeconds = try container.value(.powerOffSeconds, or: defaults.powerOffSeconds)
        hardPowerOffSeconds = try container.value(.hardPowerOffSeconds, or: defaults.hardPowerOffSeconds)
        powerOnSeconds = try container.value(.powerOnSeconds, or: defaults.powerOnSeconds)
        drillCreateSeconds = try container.value(.drillCreateSeconds, or: defaults.drillCreateSeconds)
        drillDeleteSeconds = try container.value(.drillDeleteSeconds, or: defaults.drillDeleteSeconds)
        powerActionsPerMinute = try container.value(.powerActionsPerMinute, or: defaults.powerActionsPerMinute)
    }

    func duration(of kind: GroupActionKind) -> Double {
        switch kind {
        case .reverse: reverseSeconds
        case .failover: failoverSeconds
        case .enableProtection: enableProtectionSeconds
        case .reprotect: reprotectSeconds
        case .disableProtection: disableProtectionSeconds
        }
    }
}
