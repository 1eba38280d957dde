// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudClient
import HuaweiCloudSigner
import SDRSEmulator
import SwitchyardCore
import SwitchyardLiveTestSupport
import Testing

@Suite("HuaweiCloudClient against the live emulator")
struct HuaweiCloudClientLiveTests {
    @Test func pagesThroughEveryGroupWithTheLargestPageSize() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 2_500, instancesPerGroup: 1)
        let (groups, calls) = try await LiveEmulator.run(fixture: fixture) { client, running in
            (try await client.listProtectionGroups(), await LiveEmulator.calls(running))
        }
        #expect(groups.count == 2_500)
        #expect(Set(groups.map(\.id)).count == 2_500)
        #expect(calls["ListProtectionGroups"] == 3)
        #expect(groups.allSatisfy { $0.priorityStation != nil && !$0.sourceAvailabilityZone.isEmpty })
    }

    @Test func observesAThousandGroupsWithListCallsOnly() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1_000, instancesPerGroup: 4)
        let (state, report) = try await LiveEmulator.run(fixture: fixture) { client, running in
            let state = try await LiveStateObserver(cloud: client).observe { Set($0.map(\.id)) }
            return (state, await running.store.requestCounts())
        }
        #expect(state.groups.count == 1_000)
        #expect(state.instances.count == 4_000)
        #expect(state.replications.count == 4_000)
        #expect(state.servers.count == 8_000)
        #expect(state.servers.allSatisfy { $0.exists })
        #expect(report.changingCalls == 0)
        // At most 0.1 calls per group, and no per-group or per-server GETs at all.
        #expect(report.totalCalls <= 100)
        let perItem = report.operations.filter { ["ShowProtectionGroup", "ShowServer", "ShowProtectedInstance"].contains($0.operation) }
        #expect(perItem.allSatisfy { $0.calls == 0 })
    }

    @Test func usesIDFiltersWhenOnlyAFewGroupsAreDeclared() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 300, instancesPerGroup: 4)
        let wanted = Set(fixture.groups.prefix(3).map(\.id))
        let (state, calls) = try await LiveEmulator.run(fixture: fixture) { client, running in
            let state = try await LiveStateObserver(cloud: client).observe { _ in wanted }
            return (state, await LiveEmulator.calls(running))
        }
        #expect(Set(state.instances.map(\.groupID)) == wanted)
        #expect(state.instances.count == 12)
        #expect(state.servers.count == 24)
        #expect(calls["ListProtectedInstances"] == 1)
        #expect(calls["ListReplications"] == 1)
        #expect(calls["ListServersDetails"] == 1)
    }

    @Test func reportsServersECSDoesNotKnowAsMissing() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let known = fixture.servers[0].id
        let servers = try await LiveEmulator.run(fixture: fixture) { client, _ in
            try await client.listServers(ids: [known, "00000000-0000-0000-0000-00000000dead"])
        }
        #expect(servers.count == 2)
        #expect(servers.first { $0.id == known }?.exists == true)
        #expect(servers.first { $0.id != known }?.exists == false)
    }

    @Test func retriesThrottledAndFailedReadsAndHonoursRetryAfter() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 5, instancesPerGroup: 1)
        let (groups, calls) = try await LiveEmulator.run(fixture: fixture) { client, running in
            _ = try await running.store.addFault(FaultRule(kind: .throttled, operation: .listProtectionGroups, count: 1, retryAfterSeconds: 0))
            _ = try await running.store.addFault(FaultRule(kind: .serviceUnavailable, operation: .listProtectionGroups, count: 1))
            _ = try await running.store.addFault(FaultRule(kind: .dropConnection, operation: .listProtectionGroups, count: 1))
            return (try await client.listProtectionGroups(), await LiveEmulator.calls(running))
        }
        #expect(groups.count == 5)
        #expect(calls["ListProtectionGroups"] == 4)
    }

    @Test func aReadSlowerThanTheRequestTimeoutIsReportedAsATimeout() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        // 600,000 emulated ms at a time scale of 0.001 hold each answer for 0.6 s of wall time.
        // (The emulator counts answered requests only, so the retries are not counted here;
        // RetryPolicyTests cover that a timeout is retried.)
        let error = try await LiveEmulator.run(fixture: fixture, requestTimeout: .milliseconds(100)) { client, running in
            _ = try await running.store.addFault(FaultRule(kind: .latency, operation: .listProtectionGroups, latencyMilliseconds: 600_000))
            var caught: CloudError?
            do { _ = try await client.listProtectionGroups() } catch let error as CloudError { caught = error }
            return caught
        }
        #expect(error?.kind == .timeout)
        #expect(error?.operation == "ListProtectionGroups")
    }

    @Test func givesUpOnReadsAfterTheLastAttemptWithTheServiceError() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let error = try await LiveEmulator.run(fixture: fixture) { client, running in
            _ = try await running.store.addFault(FaultRule(kind: .internalError, operation: .listProtectionGroups, count: 10))
            do {
                _ = try await client.listProtectionGroups()
                return CloudError?.none
            } catch let error as CloudError {
                return error
            }
        }
        #expect(error?.kind == .serverError)
        #expect(error?.httpStatus == 500)
        #expect(error?.code == "SDRS.0013")
        #expect(error?.requestID?.isEmpty == false)
    }

    @Test func neverRetriesAFailedReverse() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let group = fixture.groups[0]
        let (error, calls) = try await LiveEmulator.run(fixture: fixture) { client, running in
            _ = try await running.store.addFault(FaultRule(kind: .internalError, operation: .startReverseProtectionGroup, count: 1))
            var caught: CloudError?
            do { _ = try await client.reverseProtectionGroup(id: group.id, priorityStation: .target) } catch let error as CloudError { caught = error }
            return (caught, await LiveEmulator.calls(running))
        }
        #expect(error?.kind == .serverError)
        #expect(calls["StartReverseProtectionGroup"] == 1)
    }

    @Test func parsesTheRefusalOfAReverseWhileProductionServersRun() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 2)
        let group = fixture.groups[0]
        let error = try await LiveEmulator.run(fixture: fixture) { client, _ in
            do {
                _ = try await client.reverseProtectionGroup(id: group.id, priorityStation: .target)
                return CloudError?.none
            } catch let error as CloudError {
                return error
            }
        }
        #expect(error?.kind == .rejected)
        #expect(error?.httpStatus == 400)
        #expect(error?.code?.hasPrefix("SDRS.13") == true)
        #expect(error?.requestID?.isEmpty == false)
        #expect(error?.operation == "StartReverseProtectionGroup")
    }

    @Test func mapsAWrongSecretToAnAuthenticationErrorWithoutLeakingIt() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let wrong = SigningCredentials(accessKeyID: EmulatorFixture.syntheticCredential.accessKeyID, secretAccessKey: "definitely-wrong-secret")
        let error = try await LiveEmulator.run(fixture: fixture, credentials: wrong) { client, _ in
            do {
                _ = try await client.listProtectionGroups()
                return CloudError?.none
            } catch let error as CloudError {
                return error
            }
        }
        #expect(error?.kind == .authentication)
        #expect(error?.code == "APIGW.0301")
        #expect(error.map { !"\($0)".contains("definitely-wrong-secret") } == true)
    }

    @Test func treatsECSFlowControlWith202AsThrottlingAndRetriesIt() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let server = fixture.servers[0].id
        let (job, calls) = try await LiveEmulator.run(fixture: fixture) { client, running in
            _ = try await running.store.addFault(FaultRule(kind: .flowControl, operation: .batchStopServers, count: 1))
            let id = try await client.stopServers(ids: [server], mode: .hard)
            return (try await LiveEmulator.waitForJob(client, id), await LiveEmulator.calls(running))
        }
        #expect(job.status == .succeeded)
        #expect(calls["BatchStopServers"] == 2)
    }

    @Test func switchesAGroupEndToEnd() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 2)
        let group = fixture.groups[0]
        let (after, violations) = try await LiveEmulator.run(fixture: fixture) { client, running in
            let before = try await LiveStateObserver(cloud: client).observe { _ in [group.id] }
            let production = before.servers.filter { $0.availabilityZone == group.sourceAvailabilityZone }.map(\.id)
            let stop = try await LiveEmulator.waitForJob(client, try await client.stopServers(ids: production, mode: .soft))
            #expect(stop.status == .succeeded)
            #expect(stop.subJobs.count == production.count)
            let reverse = try await LiveEmulator.waitForJob(client, try await client.reverseProtectionGroup(id: group.id, priorityStation: .target))
            #expect(reverse.status == .succeeded)
            let disasterRecovery = before.servers.filter { $0.availabilityZone == group.targetAvailabilityZone }.map(\.id)
            let start = try await LiveEmulator.waitForJob(client, try await client.startServers(ids: disasterRecovery))
            #expect(start.status == .succeeded)
            let after = try await LiveStateObserver(cloud: client).observe { _ in [group.id] }
            return (after, try await running.store.invariantLog())
        }
        #expect(after.groups.first?.priorityStation == .target)
        #expect(after.groups.first?.status == "protected")
        #expect(after.servers.filter { $0.availabilityZone == group.targetAvailabilityZone }.allSatisfy { $0.isRunning })
        #expect(after.servers.filter { $0.availabilityZone == group.sourceAvailabilityZone }.allSatisfy { $0.isStopped })
        #expect(violations.isEmpty)
    }
}
