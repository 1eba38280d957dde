// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What a plan is made for: the inputs it records, targeting, and the run policy.
///
/// Targeting works like Terraform's `-target`/`-exclude`:
/// - `targets` (when not empty) limits the plan to the named groups **and everything they depend
///   on**, transitively (a dependency that must switch first is switched too, and is marked as
///   included for that reason). Every other declared group is `.excluded`.
/// - `excludes` leaves the named groups out, and with them every group that depends on one of them
///   (transitively) **unless** the left-out dependency is already in sync (then it holds nobody back).
///   `excludes` wins over `targets`.
/// - An address is a group's `GroupSelector.address`; its declared ID or name also match. One that
///   matches no declared group is a plan error.
public struct PlanOptions: Sendable, Hashable {
    /// The desired-state file as the user named it.
    public var desiredFile: String
    /// The project and region the live state was read from (recorded, never used to connect).
    public var projectID: String?
    /// The region the live state was read from.
    public var region: String?
    /// `--target` addresses (empty: every declared group).
    public var targets: [String]
    /// `--exclude` addresses.
    public var excludes: [String]
    /// `maxSwitchesPerRun` is checked at plan time; `parallelism` is recorded for `apply`.
    public var policy: RunPolicy

    /// Creates options from explicit values.
    public init(
        desiredFile: String,
        projectID: String? = nil,
        region: String? = nil,
        targets: [String] = [],
        excludes: [String] = [],
        policy: RunPolicy = RunPolicy()
    ) {
        self.desiredFile = desiredFile
        self.projectID = projectID
        self.region = region
        self.targets = targets
        self.excludes = excludes
        self.policy = policy
    }

    /// Options for `desired`: its file and policy; `projectID`/`region` given here (flags,
    /// environment) override the file's `cloud:` values.
    public init(desired: DesiredState, targets: [String] = [], excludes: [String] = [], projectID: String? = nil, region: String? = nil) {
        self.init(
            desiredFile: desired.file,
            projectID: projectID ?? desired.cloud?.projectID,
            region: region ?? desired.cloud?.region,
            targets: targets,
            excludes: excludes,
            policy: desired.policy
        )
    }

    /// The inputs a plan records.
    public var inputs: PlanInputs {
        PlanInputs(desiredFile: desiredFile, projectID: projectID, region: region, targets: targets, excludes: excludes)
    }
}
