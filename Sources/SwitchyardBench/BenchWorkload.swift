// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SDRSEmulator

/// One benchmark estate: a synthetic fixture and the groups the run is about.
///
/// Synthetic fixtures put every tenth group at its target AZ already; a plan workload declares
/// every group (those tenths plan as in sync), an apply workload declares exactly `groups` groups
/// that are still at their source AZ, so each of them really switches.
public struct BenchWorkload: Sendable {
    /// The emulated estate.
    public var fixture: EmulatorFixture
    /// The declared groups, in fixture order.
    public var declared: [EmulatorFixture.Group]

    /// Every group of a synthetic estate of `groups` × `instancesPerGroup`, declared at `target`.
    public static func plan(groups: Int, instancesPerGroup: Int, seed: UInt64 = 1) -> BenchWorkload {
        let fixture = EmulatorFixture.synthetic(groups: groups, instancesPerGroup: instancesPerGroup, seed: seed)
        return BenchWorkload(fixture: fixture, declared: fixture.groups)
    }

    /// The smallest synthetic estate with `groups` groups at their source AZ; those are declared.
    public static func apply(groups: Int, instancesPerGroup: Int, seed: UInt64 = 1) -> BenchWorkload {
        // Every tenth group (index % 10 == 9) starts at the target AZ.
        let total = groups + groups / 9 + 1
        let fixture = EmulatorFixture.synthetic(groups: total, instancesPerGroup: instancesPerGroup, seed: seed)
        let atSource = fixture.groups.filter { $0.priorityStation == "source" }
        return BenchWorkload(fixture: fixture, declared: Array(atSource.prefix(groups)))
    }

    /// A desired-state file declaring every `declared` group active at `target`.
    ///
    /// Flow style, one line per group; `maxSwitchesPerRun` allows them all and `parallelism` is
    /// the largest allowed (1,000), so every declared group can be switched at once.
    public func desiredStateYAML() -> String {
        var text = "version: 1\n"
        text += "cloud: { region: \(fixture.region), projectId: \(fixture.projectID) }\n"
        text += "policy: { maxSwitchesPerRun: \(max(1, declared.count)), parallelism: \(min(1000, max(1, declared.count))) }\n"
        text += "groups:\n"
        text.reserveCapacity(text.utf8.count + declared.count * 48)
        for group in declared {
            text += "  - { name: \(group.name), activeSite: target }\n"
        }
        return text
    }

    /// The declared groups' IDs, one per line (the SDK script's input).
    public func groupIDList() -> String {
        declared.map { $0.id + "\n" }.joined()
    }

    /// Emulated seconds of one group's switchover when nothing waits: a SOFT stop, the reverse
    /// job and the start, back to back (the emulator's timings).
    public var criticalPathSeconds: Double {
        fixture.timings.powerOffSeconds + fixture.timings.reverseSeconds + fixture.timings.powerOnSeconds
    }

    /// Emulated seconds in which every declared group can switch at once, given ECS's pace
    /// (`timings.powerActionsPerMinute`, a bucket of that many servers refilled over a minute): the
    /// production servers of all groups are stopped (the last begins when its token is due), the
    /// reverses run, then the DR servers are started the same way. Equals `criticalPathSeconds`
    /// while one minute's worth covers every server.
    public var pacedBoundSeconds: Double {
        let declaredIDs = Set(declared.map(\.id))
        let servers = Double(fixture.protectedInstances.filter { declaredIDs.contains($0.group) }.count)
        let perMinute = fixture.timings.powerActionsPerMinute
        let queued = perMinute > 0 ? max(0, servers - perMinute) * 60 / perMinute : 0
        return criticalPathSeconds + 2 * queued
    }
}
