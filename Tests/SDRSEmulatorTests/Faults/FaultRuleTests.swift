// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct FaultRuleTests {
    private func sequence(seed: UInt64, calls: Int = 40) async throws -> [Bool] {
        var fixture = TestCloud.fixture()
        fixture.faults = [FaultRule(kind: .internalError, operation: .listProtectionGroups, probability: 0.3)]
        let store = try EmulatorStore(configuration: TestCloud.configuration(fixture, seed: seed))
        var fired: [Bool] = []
        for _ in 0..<calls {
            fired.append(await store.requestFaults(for: .listProtectionGroups).failure != nil)
        }
        return fired
    }

    @Test func probabilisticFaultsRepeatUnderTheSameSeed() async throws {
        let first = try await sequence(seed: 11)
        #expect(try await sequence(seed: 11) == first)
        #expect(try await sequence(seed: 12) != first)
        let count = first.filter { $0 }.count
        #expect(count > 2 && count < 25)
    }

    @Test func countedFaultsFireForTheNextCallsOnly() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .serviceUnavailable, operation: .showServer, count: 2))
        #expect(await store.requestFaults(for: .listServersDetails).failure == nil)
        let first = await store.requestFaults(for: .showServer).failure
        guard case .error(let error)? = first else {
            Issue.record("expected an error")
            return
        }
        #expect(error.code == "Common.1503")
        #expect(error.status == 503)
        #expect(await store.requestFaults(for: .showServer).failure != nil)
        #expect(await store.requestFaults(for: .showServer).failure == nil)
        #expect(await store.faults().isEmpty)
    }

    @Test func faultBodiesFollowTheService() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .internalError))
        guard case .error(let sdrs)? = await store.requestFaults(for: .showProtectionGroup).failure,
            case .error(let ecs)? = await store.requestFaults(for: .showServer).failure
        else {
            Issue.record("expected errors")
            return
        }
        #expect(sdrs.code == "SDRS.0013")
        #expect(sdrs.shape == .sdrs)
        #expect(ecs.code == "Common.0001")
        #expect(ecs.shape == .ecs)
    }

    @Test func throttlingCarriesRetryAfter() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .throttled, retryAfterSeconds: 7))
        guard case .error(let error)? = await store.requestFaults(for: .listProtectionGroups).failure else {
            Issue.record("expected an error")
            return
        }
        #expect(error.status == 429)
        #expect(error.code == "APIGW.0308")
        #expect(error.shape == .gateway)
        #expect(error.retryAfterSeconds == 7)
    }

    @Test func flowControlOnlyHitsBatchActions() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .flowControl))
        #expect(await store.requestFaults(for: .listServersDetails).failure == nil)
        guard case .error(let error)? = await store.requestFaults(for: .batchStopServers).failure else {
            Issue.record("expected an error")
            return
        }
        #expect(error.status == 202)
        #expect(error.code == "Common.0024")
    }

    @Test func latencyAddsUpAndDoesNotBlockOtherRules() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .latency, latencyMilliseconds: 30))
        try await store.addFault(FaultRule(kind: .latency, operation: .showServer, latencyMilliseconds: 20))
        try await store.addFault(FaultRule(kind: .dropConnection, operation: .showServer, count: 1))
        let decision = await store.requestFaults(for: .showServer)
        #expect(decision.latencyMilliseconds == 50)
        #expect(decision.failure == .dropConnection)
    }

    @Test func rejectsUnusableRules() async throws {
        let store = try TestCloud.store()
        var rule = FaultRule(kind: .internalError, probability: 1.5)
        #expect(await apiError { try await store.addFault(rule) } != nil)
        rule = FaultRule(kind: .internalError)
        rule.operation = "DeleteEverything"
        #expect(await apiError { try await store.addFault(rule) }?.message.contains("unknown operation") == true)
        #expect(
            await apiError { try await store.addFault(FaultRule(kind: .flowControl, operation: .showServer)) } != nil)
        let added = try await store.addFault(FaultRule(kind: .internalError))
        #expect(added.id == "fault-1")
        #expect(try await store.removeFault(id: "fault-1"))
        #expect(try await !store.removeFault(id: "fault-1"))
    }
}
