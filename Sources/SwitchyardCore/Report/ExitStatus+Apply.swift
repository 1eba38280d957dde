// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension ExitStatus {
    /// The status of `apply`: error when any group failed or the run was interrupted; blocked when a
    /// group of the plan was refused, skipped or blocked (left alone, needs a person); else success.
    /// An unresolved group never reaches apply: an errored plan is not applied.
    public init(apply report: ApplyReport) {
        let results = Set(report.groups.map(\.result))
        self = ExitStatus.decide(
            errored: report.interrupted || results.contains(.failed) || results.contains(.interrupted),
            blocked: report.refusal != nil || !results.isDisjoint(with: [.refused, .skipped, .blocked]),
            changesPending: false,
            detailedExitCode: false
        )
    }
}
