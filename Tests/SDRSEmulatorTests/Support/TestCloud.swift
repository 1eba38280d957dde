// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

@testable import SDRSEmulator

/// A small hand-made estate for tests, with named IDs.
///
/// - `app` (protected, at source, 2 instances): production servers `app-1-src`, `app-2-src` in
///   AZ a (running), DR twins `app-1-dst`, `app-2-dst` in AZ b (stopped), one pair per instance.
/// - `bare` (protected, no replication pairs), `stuck` (error-stopping), `moved` (at target).
enum TestCloud {
    static let projectID = "0123456789abcdef0123456789abcdef"
    static let zoneA = "cn-north-4a"
    static let zoneB = "cn-north-4b"
    static let credential = EmulatorFixture.Credential(
        accessKeyID: "HPUATESTAK0EXAMPLE00", secretAccessKey: "tEsTsEcReT+k3y/For=Vectors0000000000000000"
    )
    static let readOnlyCredential = EmulatorFixture.Credential(
        accessKeyID: "HPUAREADONLY00000000", secretAccessKey: "read-only-secret-not-real-0000000000", readOnly: true
    )
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    static func fixture() -> EmulatorFixture {
        var fixture = EmulatorFixture(
            projectID: projectID, region: "cn-north-4", credentials: [credential, readOnlyCredential],
            createdAt: "2024-01-01T00:00:00Z"
        )
        addGroup("app", instances: 2, to: &fixture)
        addGroup("bare", instances: 1, pairs: false, to: &fixture)
        addGroup("stuck", instances: 1, status: "error-stopping", to: &fixture)
        addGroup("moved", instances: 1, station: "target", to: &fixture)
        return fixture
    }

    /// Adds group `name` with `instances` instances (`name-N-src` / `name-N-dst` servers, pair `name-N-pair`).
    static func addGroup(
        _ name: String, instances: Int, status: String = "protected", station: String = "source", pairs: Bool = true,
        to fixture: inout EmulatorFixture
    ) {
        fixture.groups.append(
            .init(
                id: name, name: name, status: status, priorityStation: station, sourceAvailabilityZone: zoneA,
                targetAvailabilityZone: zoneB)
        )
        for index in 1...instances {
            let base = "\(name)-\(index)"
            let atSource = station == "source"
            fixture.servers.append(
                .init(id: "\(base)-src", name: base, availabilityZone: zoneA, status: atSource ? "ACTIVE" : "SHUTOFF"))
            fixture.servers.append(
                .init(id: "\(base)-dst", name: base, availabilityZone: zoneB, status: atSource ? "SHUTOFF" : "ACTIVE"))
            fixture.protectedInstances.append(
                .init(id: base, name: base, group: name, sourceServer: "\(base)-src", targetServer: "\(base)-dst")
            )
            if pairs {
                fixture.replications.append(.init(id: "\(base)-pair", instance: base))
            }
        }
    }

    static func configuration(
        _ fixture: EmulatorFixture = fixture(), behaviours: EmulatorBehaviours? = nil, stateFile: String? = nil,
        seed: UInt64 = 7
    ) -> EmulatorConfiguration {
        EmulatorConfiguration(
            fixture: fixture, seed: seed, stateFile: stateFile, behaviours: behaviours, clock: .manual(start: start)
        )
    }

    static func store(
        _ fixture: EmulatorFixture = fixture(), behaviours: EmulatorBehaviours? = nil
    ) throws -> EmulatorStore {
        try EmulatorStore(configuration: configuration(fixture, behaviours: behaviours))
    }

    static func request(_ operation: EmulatorOperation, id: String = "req-1") -> RequestInfo {
        RequestInfo(requestID: id, operation: operation)
    }
}

extension EmulatorStore {
    /// Test helper: stops servers out of band (immediately).
    func powerOff(_ ids: String...) throws {
        for id in ids { try setServerPower(id, running: false) }
    }

    /// Test helper: the group as the store holds it.
    func group(_ id: String) throws -> EmulatedGroup {
        try showGroup(id).group
    }

    func server(_ id: String) -> EmulatedServer? {
        state.servers[id]
    }

    func reverse(_ group: String, to station: String?, requestID: String = "req-1") throws -> String {
        try performGroupAction(
            .reverse(priorityStation: station), groupID: group,
            request: TestCloud.request(.startReverseProtectionGroup, id: requestID))
    }
}

/// Runs `body` and returns the `APIError` it throws (or `nil`).
func apiError(_ body: () async throws -> some Any) async -> APIError? {
    do {
        _ = try await body()
        return nil
    } catch let error as APIError {
        return error
    } catch {
        return nil
    }
}
