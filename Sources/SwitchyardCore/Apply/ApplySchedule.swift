// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Which groups of an apply may start now: the dependency order of the plan, as a pure value.
///
/// A group starts as soon as every group it depends on that this run changes has converged, not
/// when a whole wave has finished: an unrelated slow switchover holds nobody back. The plan's waves
/// remain how the order is shown. A group whose dependency did not converge (failed, refused,
/// skipped, interrupted) is skipped, and so are its dependants in turn: nothing is switched on top
/// of a dependency that is not where the plan wants it.
public struct ApplySchedule: Sendable {
    /// A group's schedule entry.
    struct Entry: Sendable {
        var dependsOn: Set<String>
        var started = false
        var result: ApplyReport.Result?
    }

    private var entries: [String: Entry]
    private let order: [String]

    /// - Parameters:
    ///   - groups: the groups this run changes, in the order to prefer among ready groups (wave, then
    ///     address), with their `dependsOn` (dependencies outside this list are already settled).
    ///   - settled: results of groups decided before the run (refused as stale, say): their
    ///     dependants are skipped.
    public init(groups: [(address: String, dependsOn: [String])], settled: [String: ApplyReport.Result] = [:]) {
        let members = Set(groups.map(\.address)).union(settled.keys)
        var entries: [String: Entry] = [:]
        for group in groups where entries[group.address] == nil {
            entries[group.address] = Entry(dependsOn: Set(group.dependsOn).intersection(members).subtracting([group.address]))
        }
        for (address, result) in settled {
            entries[address] = Entry(dependsOn: [], started: true, result: result)
        }
        self.entries = entries
        self.order = groups.map(\.address).filter { settled[$0] == nil }
    }

    /// Groups that may start now (all their dependencies converged), at most `limit`, in the
    /// preferred order; each is returned once.
    public mutating func takeReady(limit: Int = .max) -> [String] {
        var ready: [String] = []
        for address in order where ready.count < limit {
            guard let entry = entries[address], !entry.started else { continue }
            let clear = entry.dependsOn.allSatisfy { entries[$0]?.result?.isConverged == true }
            if clear {
                entries[address]?.started = true
                ready.append(address)
            }
        }
        return ready
    }

    /// Records how a group ended; returns the groups now skipped because of it (transitively), each
    /// with the reason, in the preferred order.
    public mutating func finished(_ address: String, result: ApplyReport.Result) -> [(address: String, reason: Message)] {
        entries[address]?.result = result
        var skipped: [(address: String, reason: Message)] = []
        var changed = true
        while changed {
            changed = false
            for candidate in order {
                guard let entry = entries[candidate], !entry.started else { continue }
                guard let blocker = entry.dependsOn.sorted().first(where: { dependency in
                    guard let result = entries[dependency]?.result else { return false }
                    return !result.isConverged
                }) else { continue }
                let result = entries[blocker]?.result ?? .skipped
                entries[candidate]?.started = true
                entries[candidate]?.result = .skipped
                skipped.append((candidate, Message(.skippedDependency, ["dependency": .text(blocker), "result": .text(result.rawValue)])))
                changed = true
            }
        }
        return skipped
    }

    /// Whether every group has started (or was skipped).
    public var allStarted: Bool { order.allSatisfy { entries[$0]?.started == true } }

    /// Groups never started (the run was interrupted before their turn), in the preferred order.
    public var notStarted: [String] { order.filter { entries[$0]?.started != true } }
}
