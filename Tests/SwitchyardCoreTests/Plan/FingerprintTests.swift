// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct FingerprintTests {
    static let base = SampleState.group("g", instances: 2)

    private static func observation(_ live: LiveState) throws -> GroupObservation {
        let diffs = Differ.diff(desired: SampleState.desired([SampleState.declare("g")]), live: live)
        guard case .resolved(let group) = diffs[0].resolution else { throw Failure.unresolved }
        return GroupObservation(group)
    }

    enum Failure: Error { case unresolved }

    @Test func knownSHA256Vectors() {
        // FIPS 180-4 / NIST examples.
        let abc = Fingerprint.sha256Hex("abc")
        #expect(abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Fingerprint.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Fingerprint.sha256Hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func sameStateGivesTheSameFingerprint() throws {
        let first = Fingerprint.of(try Self.observation(Self.base))
        let second = Fingerprint.of(try Self.observation(LiveState(
            groups: Self.base.groups.reversed(),
            instances: Self.base.instances.reversed(),
            replications: Self.base.replications.reversed(),
            servers: Self.base.servers.reversed()
        )))
        #expect(first == second)
        #expect(first.hasPrefix("sha256:") && first.count == 7 + 64)
    }

    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (inout LiveState) -> Void
        var testDescription: String { name }
    }

    static let relevantChanges: [Change] = [
        Change(name: "group status") { $0.updateGroup("grp-g") { $0.status = "reversing" } },
        Change(name: "priority_station") { $0.updateGroup("grp-g") { $0.priorityStation = .target } },
        Change(name: "priority_station unknown") { $0.updateGroup("grp-g") { $0.priorityStation = nil } },
        Change(name: "instance removed") { $0.instances.removeAll { $0.id == "ins-g-2" } },
        Change(name: "instance status") { $0.updateInstance("ins-g-1") { $0.status = "invalid" } },
        Change(name: "instance frozen") { $0.updateInstance("ins-g-1") { $0.frozen = true } },
        Change(name: "server status") { $0.updateServer("srv-g-01-a") { $0.status = "SHUTOFF" } },
        Change(name: "server task_state") { $0.updateServer("srv-g-01-a") { $0.taskState = "powering-off" } },
        Change(name: "server AZ") { $0.updateServer("srv-g-01-b") { $0.availabilityZone = "cn-north-4c" } },
        Change(name: "server gone") { $0.servers.removeAll { $0.id == "srv-g-02-b" } },
        Change(name: "server locked") { $0.updateServer("srv-g-01-a") { $0.locked = true } },
        Change(name: "server frozen") { $0.updateServer("srv-g-01-a") { $0.frozen = true } },
        Change(name: "replication status") { $0.updateReplication("rep-g-01") { $0.status = "fault" } },
        Change(name: "replication fault level") { $0.updateReplication("rep-g-01") { $0.faultLevel = "5" } },
        Change(name: "replication removed") { $0.replications.removeAll { $0.id == "rep-g-02" } },
    ]

    @Test(arguments: relevantChanges)
    func anyRelevantChangeGivesADifferentFingerprintAndIsExplained(_ change: Change) throws {
        var changed = Self.base
        change.apply(&changed)
        let before = try Self.observation(Self.base)
        let after = try Self.observation(changed)
        #expect(Fingerprint.of(before) != Fingerprint.of(after))
        #expect(!Staleness.compare(planned: before, current: after).isEmpty)
    }

    @Test func namesAndPowerStateAloneDoNotChangeTheFingerprint() throws {
        var changed = Self.base
        changed.updateServer("srv-g-01-a") { $0.name = "renamed"; $0.powerState = 0 }
        changed.updateGroup("grp-g") { $0.updatedAt = "2024-01-01 00:00:00.000" }
        #expect(Fingerprint.of(try Self.observation(Self.base)) == Fingerprint.of(try Self.observation(changed)))
    }
}
