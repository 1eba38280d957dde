// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudClient
import SDRSEmulator
import SwitchyardCore
import SwitchyardLiveTestSupport
import Testing

@Suite("HuaweiCloudClient drills against the live emulator")
struct DrillClientLiveTests {
    @Test func createsListsShowsRenamesAndDeletesADrill() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 2, instancesPerGroup: 3)
        let group = fixture.groups[0].id
        let other = fixture.groups[1].id
        let (created, renamed, afterDelete, others, gone) = try await LiveEmulator.run(fixture: fixture) { client, running in
            let job = try await client.createDrill(groupID: group, name: "switchyard-drill-1", drillVPCID: "vpc-drill")
            #expect(job.service == .sdrs)
            _ = try await client.createDrill(groupID: other, name: "someone-else", drillVPCID: nil)
            let finished = try await LiveEmulator.waitForJob(client, job)
            #expect(finished.status == .succeeded && finished.type == "createDisasterRecoveryDrill")
            let listed = try await client.listDrills(groupIDs: [group])
            let drill = try #require(listed.first)
            let shown = try #require(try await client.showDrill(id: drill.id))
            let renamed = try await client.renameDrill(id: drill.id, name: "renamed")
            let deleted = try await LiveEmulator.waitForJob(client, try await client.deleteDrill(id: drill.id))
            #expect(deleted.type == "deleteDisasterRecoveryDrill")
            let servers = try await client.listServers(ids: shown.servers.map(\.drillServerID))
            _ = running
            return (shown, renamed, try await client.listDrills(groupIDs: [group]), try await client.listDrills(groupIDs: [other]),
                    (servers.allSatisfy { !$0.exists }, try await client.showDrill(id: drill.id) == nil))
        }
        #expect(created.status == .available && created.groupID == group && created.drillVPCID == "vpc-drill")
        #expect(created.servers.count == 3 && created.createdAt != nil && created.updatedAt != nil)
        #expect(created.updatedAt! > created.createdAt!)
        #expect(renamed?.name == "renamed")
        #expect(afterDelete.isEmpty)
        #expect(others.map(\.name) == ["someone-else"])
        #expect(gone.0 && gone.1)
    }

    @Test func deletingADrillThatIsStillCreatingIsRejectedWithItsCode() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let error = try await LiveEmulator.run(fixture: fixture, timeScale: 1) { client, _ in
            _ = try await client.createDrill(groupID: fixture.groups[0].id, name: "d", drillVPCID: nil)
            let drill = try #require(try await client.listDrills(groupIDs: [fixture.groups[0].id]).first)
            do {
                _ = try await client.deleteDrill(id: drill.id)
                return nil as CloudError?
            } catch let error as CloudError {
                return error
            }
        }
        #expect(error?.code == "SDRS.1913" && error?.kind == .rejected)
    }

    @Test func runsADrillEndToEndThroughTheRunner() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 2, instancesPerGroup: 2)
        let results = try await LiveEmulator.run(fixture: fixture) { client, running in
            var options = DrillRunner.Options(runStamp: "test")
            options.timeScale = 0.001
            let origin = ContinuousClock.now
            let runner = DrillRunner(
                drills: client, check: nil, options: options, clock: ContinuousClock(), elapsed: { origin.duration(to: .now) })
            let results = await runner.run(fixture.groups.map { DrillTarget(address: $0.name, groupID: $0.id, rto: .minutes(15)) })
            let drillsLeft = try await running.store.drillRecords()
            let violations = try await running.store.invariantLog()
            #expect(drillsLeft.isEmpty && violations.isEmpty)
            return results
        }
        #expect(results.count == 2)
        for result in results {
            #expect(result.passed, "\(result)")
            #expect(result.servers.count == 2 && result.deleted)
            // The emulator's default drill creation takes 600 cloud seconds.
            let recovery = try #require(result.recoverySeconds)
            #expect(abs(recovery - 600) < 1)
            #expect(try #require(result.measuredSeconds) >= 599)
        }
    }
}
