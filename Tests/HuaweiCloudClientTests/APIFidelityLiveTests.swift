// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudClient
import HuaweiCloudSigner
import SDRSEmulator
import SwitchyardCore
import SwitchyardLiveTestSupport
import Testing

/// The client against the emulator's documented gateway and service answers (reference §12.1).
@Suite("HuaweiCloudClient: gateway codes, throttling, IAM refusals, error shapes")
struct APIFidelityLiveTests {
    static let readOnly = EmulatorFixture.Credential(
        accessKeyID: "HPUAREADONLY00000000", secretAccessKey: "read-only-secret-not-real-0000000000", readOnly: true)

    /// Runs `body` and returns the `CloudError` it throws.
    static func cloudError(_ body: () async throws -> Void) async -> CloudError? {
        do {
            try await body()
            return nil
        } catch let error as CloudError {
            return error
        } catch {
            return nil
        }
    }

    @Test func wrongSecretIsTerminalAPIGW0301WithAHintAboutKeysAndClock() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let wrong = SigningCredentials(accessKeyID: EmulatorFixture.syntheticCredential.accessKeyID, secretAccessKey: "wrong-secret-value")
        let (error, calls) = try await LiveEmulator.run(fixture: fixture, credentials: wrong) { client, running in
            (await Self.cloudError { _ = try await client.listProtectionGroups() }, await LiveEmulator.calls(running))
        }
        #expect(error?.kind == .authentication)
        #expect(error?.httpStatus == 401)
        #expect(error?.code == "APIGW.0301")
        #expect(calls["ListProtectionGroups"] == 1, "authentication failures are never retried")
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains("HUAWEICLOUD_SDK_AK") && text.contains("clock"), "\(text)")
        #expect(!text.contains("wrong-secret-value"))
    }

    @Test func skewedClockIsTerminalAPIGW0301SayingTheSignatureExpired() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let (error, calls) = try await LiveEmulator.run(fixture: fixture, now: { Date().addingTimeInterval(-20 * 60) }) { client, running in
            (await Self.cloudError { _ = try await client.listProtectionGroups() }, await LiveEmulator.calls(running))
        }
        #expect(error?.kind == .authentication)
        #expect(error?.code == "APIGW.0301")
        #expect(error?.message.contains("calc aksk signature fail:signature expired, signature time:") == true)
        #expect(calls["ListProtectionGroups"] == 1)
        #expect(error?.hint?.contains("clock") == true)
    }

    @Test func throttlingIsRetriedUntilTheRunSucceedsAndCounted() async throws {
        var fixture = EmulatorFixture.synthetic(groups: 40, instancesPerGroup: 1)
        // 2 calls per 100 emulated seconds: one token per 50 ms at time scale 0.001. Eight reads
        // sent at once find the bucket empty; waits of at most 5 ms, up to 200 throttled attempts.
        fixture.rateLimit = EmulatorRateLimit(calls: 2, perSeconds: 100)
        let ids = fixture.groups.prefix(8).map(\.id)
        let patient = RetryPolicy(maxAttempts: 4, maxThrottledAttempts: 200, baseDelay: .milliseconds(2), maxDelay: .milliseconds(5))
        let (found, summary, refused) = try await LiveEmulator.run(fixture: fixture, retryPolicy: patient) { client, running in
            let found = try await withThrowingTaskGroup(of: Bool.self) { group in
                for id in ids { group.addTask { try await client.showProtectionGroup(id: id) != nil } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            return (found, client.throttling.summary, await running.store.rateLimitStatus().throttledCalls)
        }
        #expect(found == ids.count)
        #expect(summary.throttledCalls > 0)
        #expect(summary.throttledCalls == refused, "every 429 the emulator sent was seen and counted")
        #expect(summary.waited > .zero)
    }

    @Test func readOnlyStopIsPdp0001NamingTheActionAndChangesNothing() async throws {
        var fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        fixture.credentials.append(Self.readOnly)
        let server = fixture.servers[0].id
        let signing = SigningCredentials(accessKeyID: Self.readOnly.accessKeyID, secretAccessKey: Self.readOnly.secretAccessKey)
        let (error, changing, status) = try await LiveEmulator.run(fixture: fixture, credentials: signing) { client, running in
            let error = await Self.cloudError { _ = try await client.stopServers(ids: [server], mode: .soft) }
            return (error, await running.store.requestCounts().changingCalls, try await client.listServers(ids: [server]).first?.status)
        }
        #expect(error?.kind == .authentication)
        #expect(error?.httpStatus == 403)
        #expect(error?.code == "Pdp.0001")
        #expect(error?.message == "Policy doesn't allow ecs:cloudServers:stop to be performed.")
        #expect(error?.hint?.contains("switchyard permissions") == true)
        #expect(changing == 1, "the refused call is the only changing call")
        #expect(status == "ACTIVE")
    }

    @Test(arguments: [EmulatorBehaviours.SDRSErrorShape.wrapped, .flat])
    func bothSDRSErrorShapesParseIntoTheSameCloudError(_ shape: EmulatorBehaviours.SDRSErrorShape) async throws {
        var fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        fixture.behaviours.sdrsErrorShape = shape
        let group = fixture.groups[0]
        let error = try await LiveEmulator.run(fixture: fixture) { client, _ in
            // Production servers run: the reverse is refused with 400 SDRS.1319.
            await Self.cloudError { _ = try await client.reverseProtectionGroup(id: group.id, priorityStation: .target) }
        }
        var withoutRequestID = try #require(error)
        #expect(withoutRequestID.requestID?.count == 32)
        withoutRequestID.requestID = nil
        #expect(withoutRequestID == CloudError(
            kind: .rejected, operation: "StartReverseProtectionGroup", httpStatus: 400, code: "SDRS.1319",
            message: withoutRequestID.message))
        #expect(withoutRequestID.message.hasPrefix("Server at the current production site not stopped"))
    }

    @Test func jobIDsAre32LowercaseHexForBothServices() async throws {
        let fixture = EmulatorFixture.synthetic(groups: 1, instancesPerGroup: 1)
        let group = fixture.groups[0]
        let production = fixture.servers.filter { $0.availabilityZone == group.sourceAvailabilityZone }.map(\.id)
        let (stop, reverse) = try await LiveEmulator.run(fixture: fixture) { client, _ in
            let stop = try await client.stopServers(ids: production, mode: .hard)
            _ = try await LiveEmulator.waitForJob(client, stop)
            return (stop, try await client.reverseProtectionGroup(id: group.id, priorityStation: .target))
        }
        for id in [stop, reverse] {
            #expect(id.id.wholeMatch(of: #/[0-9a-f]{32}/#) != nil, "\(id)")
        }
        #expect(stop.service == .ecs && reverse.service == .sdrs)
    }
}
