// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension ApplyReport {
    /// The groups in the order people read them (text summary, HTML table and timeline): the groups
    /// the run started, by when their first step started (so wave 1 before wave 2, as they ran),
    /// then address; then groups it was meant to change but never started (a dependency failed, the
    /// run was interrupted), by address; then the groups it left alone (in sync, blocked,
    /// excluded), by address. The JSON report keeps the plan's address order.
    public var groupsInRunOrder: [Group] {
        func rank(_ group: Group) -> Int {
            if !group.steps.isEmpty { return 0 }
            return group.result.isUntouched ? 2 : 1
        }
        let distantFuture = Date.distantFuture
        return groups.sorted { a, b in
            let (ra, rb) = (rank(a), rank(b))
            if ra != rb { return ra < rb }
            let sa = a.steps.first?.startedAt ?? distantFuture
            let sb = b.steps.first?.startedAt ?? distantFuture
            if sa != sb { return sa < sb }
            return a.address < b.address
        }
    }
}
