// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The process exit status of `plan` (and later `apply` and `drift`), decided in one place.
///
/// Precedence when several apply: **error (1) > blocked (3) > changes pending (2) > success (0)**.
/// An error means the result cannot be trusted or acted on at all, so it outranks everything; a
/// blocked group needs a person whatever else is pending, so it outranks pending changes. Following
/// Terraform, pending changes give 2 only with `--detailed-exitcode` (otherwise 0). Blocked gives 3
/// with or without it. The CLI turns the value into an ArgumentParser `ExitCode`.
public enum ExitStatus: Int32, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Nothing to do (or changes pending without `--detailed-exitcode`).
    case success = 0
    /// Something went wrong: an errored plan, a failed apply, a cloud or input error.
    case error = 1
    /// Success with changes pending (`plan --detailed-exitcode`, `drift` when drift is found).
    case changesPending = 2
    /// One or more groups are blocked (switching them needs a person).
    case blocked = 3

    /// The exit code.
    public var code: Int32 { rawValue }

    public var description: String {
        switch self {
        case .success: "0 (success)"
        case .error: "1 (error)"
        case .changesPending: "2 (changes pending)"
        case .blocked: "3 (blocked)"
        }
    }

    /// The status for a combination of outcomes, applying the precedence above.
    public static func decide(errored: Bool, blocked: Bool, changesPending: Bool, detailedExitCode: Bool) -> ExitStatus {
        if errored { return .error }
        if blocked { return .blocked }
        if changesPending && detailedExitCode { return .changesPending }
        return .success
    }

    /// The status of `plan`: error when the plan is errored, blocked when a group is blocked,
    /// changes pending when a group would switch or have its production servers started.
    public init(plan: Plan, detailedExitCode: Bool) {
        self = ExitStatus.decide(
            errored: plan.errored,
            blocked: plan.summary.blocked > 0,
            changesPending: plan.summary.changes > 0,
            detailedExitCode: detailedExitCode
        )
    }
}
