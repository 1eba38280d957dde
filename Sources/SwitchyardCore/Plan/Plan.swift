// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A switchover plan as data: what `plan` shows, what `plan --out` saves and what `apply` carries out.
///
/// Modelled on Terraform's `plans.Plan`. Codable and versioned (`format_version`), encoded with
/// snake_case keys and documented by `schemas/plan.schema.json`. It never holds credentials: only
/// the desired-state path, project ID and region it was made for. It holds no timestamp unless the
/// CLI sets `createdAt`, so equal inputs give byte-identical JSON.
public struct Plan: Sendable, Hashable, Codable {
    /// The only format this version writes and reads.
    public static let currentFormatVersion = 2

    /// The JSON format version; readers refuse other values.
    public var formatVersion: Int
    /// When the plan was made (ISO 8601), set by the CLI; `nil` in tests and goldens.
    public var createdAt: String?
    /// What the plan was made from (never credentials).
    public var inputs: PlanInputs
    /// The run limits in force when planning; `apply` enforces them again.
    public var policy: PlanPolicy
    /// Whether `apply` may carry this plan out: not `errored` and at least one group to switch.
    /// `apply` and `--detailed-exitcode` rely on it; blocked groups do not make a plan unapplyable
    /// (the other groups still switch, and apply exits 3).
    public var applyable: Bool
    /// Whether the plan has plan-level errors (see `diagnostics`): unresolved declared groups, a
    /// `--target`/`--exclude` that names no group, more switches than `maxSwitchesPerRun`. An errored
    /// plan is never applyable; the CLI exits 1.
    public var errored: Bool
    /// Plan-level errors and warnings (targeting in effect, limits). Group problems are on the group.
    public var diagnostics: [Diagnostic]
    /// The switching groups in dependency order: every group of wave n depends only on groups of
    /// earlier waves (or on groups that need no switch). `apply` runs one wave after another.
    public var waves: [PlanWave]
    /// One entry per declared group, sorted by address.
    public var groups: [GroupPlan]
    /// Live groups no declaration refers to, sorted by name and ID. Listed, never touched.
    public var unmanaged: [UnmanagedGroup]
    /// Counts per action.
    public var summary: PlanSummary

    /// Creates a plan; `Planner` is the usual producer.
    public init(
        formatVersion: Int = Plan.currentFormatVersion,
        createdAt: String? = nil,
        inputs: PlanInputs,
        policy: PlanPolicy,
        applyable: Bool,
        errored: Bool,
        diagnostics: [Diagnostic],
        waves: [PlanWave],
        groups: [GroupPlan],
        unmanaged: [UnmanagedGroup],
        summary: PlanSummary
    ) {
        self.formatVersion = formatVersion
        self.createdAt = createdAt
        self.inputs = inputs
        self.policy = policy
        self.applyable = applyable
        self.errored = errored
        self.diagnostics = diagnostics
        self.waves = waves
        self.groups = groups
        self.unmanaged = unmanaged
        self.summary = summary
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case createdAt = "created_at"
        case inputs, policy, applyable, errored, diagnostics, waves, groups, unmanaged, summary
    }

    /// The group plan at `address`, if declared.
    public func group(_ address: String) -> GroupPlan? { groups.first { $0.address == address } }

    /// Whether any group is blocked (exit status 3).
    public var hasBlockedGroups: Bool { summary.blocked > 0 }
}

/// What a plan was made from. Safe to store and show: no credentials.
public struct PlanInputs: Sendable, Hashable, Codable {
    /// The desired-state file as the user named it.
    public var desiredFile: String
    /// The project the live state was read from, when known.
    public var projectID: String?
    /// The region the live state was read from, when known.
    public var region: String?
    /// `--target` addresses, as given.
    public var targets: [String]
    /// `--exclude` addresses, as given.
    public var excludes: [String]
    /// The commit the desired state was read at, when the CI environment says (`GITHUB_SHA`,
    /// `CI_COMMIT_SHA`); shown in pull-request comments.
    public var commit: String?

    /// Creates the inputs record.
    public init(desiredFile: String, projectID: String? = nil, region: String? = nil, targets: [String] = [], excludes: [String] = []) {
        self.desiredFile = desiredFile
        self.projectID = projectID
        self.region = region
        self.targets = targets
        self.excludes = excludes
    }

    private enum CodingKeys: String, CodingKey {
        case desiredFile = "desired_file"
        case projectID = "project_id"
        case region, targets, excludes, commit
    }
}

/// `RunPolicy` as recorded in a plan (snake_case keys).
public struct PlanPolicy: Sendable, Hashable, Codable {
    /// See `RunPolicy.maxSwitchesPerRun`.
    public var maxSwitchesPerRun: Int
    /// See `RunPolicy.parallelism`.
    public var parallelism: Int

    /// The recorded form of `policy`.
    public init(_ policy: RunPolicy) {
        maxSwitchesPerRun = policy.maxSwitchesPerRun
        parallelism = policy.parallelism
    }

    /// Back to the desired-state value.
    public var runPolicy: RunPolicy { RunPolicy(maxSwitchesPerRun: maxSwitchesPerRun, parallelism: parallelism) }

    private enum CodingKeys: String, CodingKey {
        case maxSwitchesPerRun = "max_switches_per_run"
        case parallelism
    }
}
