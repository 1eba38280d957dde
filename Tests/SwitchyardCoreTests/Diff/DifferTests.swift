// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct DifferTests {
    let live = SampleState.group("erp-db", instances: 2) + SampleState.group("erp-app", priority: .target)

    private func diff(_ groups: [DesiredGroup], live: LiveState? = nil) -> [GroupDiff] {
        Differ.diff(desired: SampleState.desired(groups), live: live ?? self.live)
    }

    private func resolved(_ diff: GroupDiff) -> ResolvedGroup? {
        if case .resolved(let group) = diff.resolution { return group }
        return nil
    }

    @Test func resolvesByNameByIDAndByBoth() throws {
        let diffs = diff([
            SampleState.declare("erp-db"),
            SampleState.declare(nil, id: "grp-erp-app"),
        ])
        #expect(try #require(resolved(diffs[0])).live.id == "grp-erp-db")
        #expect(try #require(resolved(diffs[1])).live.name == "erp-app")
        #expect(diffs[1].address == "grp-erp-app")
        let both = diff([SampleState.declare("erp-db", id: "grp-erp-db")])
        #expect(resolved(both[0]) != nil)
    }

    struct ConflictCase: Sendable, CustomTestStringConvertible {
        var id: String
        var name: String
        var expected: IDNameConflict
        var testDescription: String { "\(id)/\(name)" }
    }

    @Test(arguments: [
        ConflictCase(id: "grp-erp-app", name: "erp-db", expected: IDNameConflict(
            declaredID: "grp-erp-app", nameOfGroupWithID: "erp-app", declaredName: "erp-db", idsOfGroupsWithName: ["grp-erp-db"])),
        ConflictCase(id: "grp-missing", name: "erp-db", expected: IDNameConflict(
            declaredID: "grp-missing", nameOfGroupWithID: nil, declaredName: "erp-db", idsOfGroupsWithName: ["grp-erp-db"])),
        ConflictCase(id: "grp-erp-db", name: "erp-nope", expected: IDNameConflict(
            declaredID: "grp-erp-db", nameOfGroupWithID: "erp-db", declaredName: "erp-nope", idsOfGroupsWithName: [])),
    ])
    func reportsBothHalvesOfAnIDNameConflict(_ example: ConflictCase) {
        let result = diff([SampleState.declare(example.name, id: example.id)])
        #expect(result[0].resolution == .idNameConflict(example.expected))
    }

    @Test func idAndNameThatBothMatchNothingIsNotFound() {
        #expect(diff([SampleState.declare("nope", id: "grp-nope")])[0].resolution == .notFound)
        #expect(diff([SampleState.declare("nope")])[0].resolution == .notFound)
        #expect(diff([SampleState.declare(nil, id: "grp-nope")])[0].resolution == .notFound)
    }

    @Test func listsEveryCandidateOfAnAmbiguousNameSorted() {
        let twins = SampleState.group("twin", id: "grp-z") + SampleState.group("twin-x", id: "grp-a")
        var state = twins
        state.updateGroup("grp-a") { $0.name = "twin" }
        let result = diff([SampleState.declare("twin")], live: state)
        #expect(result[0].resolution == .ambiguous(candidateIDs: ["grp-a", "grp-z"]))
        #expect(result.count == 1, "candidates of an ambiguous name are not unmanaged")
    }

    struct SiteCase: Sendable {
        var activeSite: ActiveSite
        var expected: Site?
    }

    @Test(arguments: [
        SiteCase(activeSite: .source, expected: .source),
        SiteCase(activeSite: .target, expected: .target),
        SiteCase(activeSite: .availabilityZone("cn-north-4a"), expected: .source),
        SiteCase(activeSite: .availabilityZone("cn-north-4b"), expected: .target),
        SiteCase(activeSite: .availabilityZone("cn-north-4c"), expected: nil),
    ])
    func resolvesActiveSiteIncludingAZNames(_ example: SiteCase) {
        let result = diff([SampleState.declare("erp-db", activeSite: example.activeSite)])[0]
        if let expected = example.expected {
            #expect(resolved(result)?.desiredSite == expected)
        } else {
            #expect(result.resolution == .invalid(group: live.groups[1], problem: .activeSiteNotInGroup(zone: "cn-north-4c")))
        }
    }

    @Test func placesServersByTheirAvailabilityZoneNotBySDRSFields() throws {
        var state = live
        // SDRS says source/target, but ECS places them the other way round: the AZ wins.
        state.updateInstance("ins-erp-db-1") { $0.sourceServerID = "srv-erp-db-01-b"; $0.targetServerID = "srv-erp-db-01-a" }
        let group = try #require(resolved(diff([SampleState.declare("erp-db")], live: state)[0]))
        #expect(group.servers(at: .source).map(\.id) == ["srv-erp-db-01-a", "srv-erp-db-02-a"])
        #expect(group.servers(at: .target).map(\.id) == ["srv-erp-db-01-b", "srv-erp-db-02-b"])
        #expect(group.findings.isEmpty)
    }

    @Test func recordsMissingServersForeignZonesAndOneSiteInstancesAsFindings() throws {
        var state = live
        state.servers.removeAll { $0.id == "srv-erp-db-01-b" }
        state.updateServer("srv-erp-db-02-b") { $0.availabilityZone = "cn-north-4c" }
        let group = try #require(resolved(diff([SampleState.declare("erp-db")], live: state)[0]))
        #expect(group.findings == [
            .serverMissing(serverID: "srv-erp-db-01-b", instanceID: "ins-erp-db-1"),
            .serverOutsideGroupZones(serverID: "srv-erp-db-02-b", instanceID: "ins-erp-db-2", zone: "cn-north-4c"),
        ])
        var sameZone = live
        sameZone.updateServer("srv-erp-db-01-b") { $0.availabilityZone = "cn-north-4a" }
        let oneSite = try #require(resolved(diff([SampleState.declare("erp-db")], live: sameZone)[0]))
        #expect(oneSite.findings == [.instanceOnOneSite(instanceID: "ins-erp-db-1", site: .source)])
    }

    @Test func listsUndeclaredGroupsAsUnmanagedAfterTheDeclaredOnes() {
        let result = diff([SampleState.declare("erp-db")])
        #expect(result.map(\.address) == ["erp-db", "erp-app"])
        #expect(result[1].resolution == .unmanaged(live.groups[0]))
        #expect(result[1].desired == nil)
    }

    @Test func aSecondDeclarationOfTheSameGroupIsInvalid() {
        let result = diff([SampleState.declare("erp-db"), SampleState.declare(nil, id: "grp-erp-db")])
        #expect(resolved(result[0]) != nil)
        #expect(result[1].resolution == .invalid(group: live.groups[1], problem: .duplicateOf(address: "erp-db")))
    }

    @Test func inSyncIsUnknownWithoutPriorityStation() throws {
        var state = live
        state.updateGroup("grp-erp-db") { $0.priorityStation = nil }
        let group = try #require(resolved(diff([SampleState.declare("erp-db")], live: state)[0]))
        #expect(group.isInSync == nil)
        let app = try #require(resolved(diff([SampleState.declare("erp-app")])[0]))
        #expect(app.isInSync == true)
    }
}
