// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SDRSEmulator

@Suite struct DrillRoutesTests {
    let signed = SignedRequests()

    private func jobID(_ response: TestResponse) throws -> String {
        try #require(try WireJSON.decode(JobIDResponse.self, from: Array(buffer: response.body)).jobID)
    }

    @Test func createListShowRenameDeleteThroughTheAPI() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let created = try await signed.execute(
                client, .post, signed.prefix + "/disaster-recovery-drills",
                body: #"{"disaster_recovery_drill": {"name": "drill-1", "server_group_id": "app"}}"#)
            #expect(created.status == .ok)
            let job = try jobID(created)
            let jobBody = try #require(
                jsonObject(try await signed.execute(client, .get, signed.prefix + "/jobs/\(job)").body)["entities"]
                    as? [String: Any])
            let drillID = try #require(jobBody["disaster_recovery_drill_id"] as? String)
            #expect(jobBody["server_group_id"] as? String == "app")

            let list = try await signed.get(
                DisasterRecoveryDrillListResponse.self, client, "/disaster-recovery-drills",
                query: [QueryParameter(name: "server_group_id", value: "app")])
            #expect(list.drills?.compactMap(\.id) == [drillID] && list.count == 1)
            #expect(list.drills?.first?.status == "creating")
            #expect(list.drills?.first?.drillServers == [])

            try await store.advanceClock(by: 600)
            let shown = try await signed.get(DisasterRecoveryDrillResponse.self, client, "/disaster-recovery-drills/\(drillID)")
            #expect(shown.drill?.status == "available")
            #expect(shown.drill?.drillServers?.compactMap(\.protectedInstanceID) == ["app-1", "app-2"])
            let raw = try #require(
                jsonObject(try await signed.execute(client, .get, signed.prefix + "/disaster-recovery-drills/\(drillID)").body)[
                    "disaster_recovery_drill"] as? [String: Any])
            #expect(Set(raw.keys) == ["id", "name", "status", "drill_vpc_id", "created_at", "updated_at", "server_group_id", "drill_servers"])
            let serverID = try #require(shown.drill?.drillServers?.first?.drillServerID)
            #expect(try await signed.execute(client, .get, signed.prefix + "/cloudservers/\(serverID)").status == .ok)

            let renamed = try await signed.execute(
                client, .put, signed.prefix + "/disaster-recovery-drills/\(drillID)",
                body: #"{"disaster_recovery_drill": {"name": "renamed_1.x"}}"#)
            #expect(renamed.status == .ok)
            #expect(try WireJSON.decode(DisasterRecoveryDrillResponse.self, from: Array(buffer: renamed.body)).drill?.name == "renamed_1.x")

            let deleted = try await signed.execute(client, .delete, signed.prefix + "/disaster-recovery-drills/\(drillID)")
            #expect(deleted.status == .ok)
            let deleteJob = try jobID(deleted)
            try await store.advanceClock(by: 60)
            let finished = jsonObject(try await signed.execute(client, .get, signed.prefix + "/jobs/\(deleteJob)").body)
            #expect(finished["job_type"] as? String == "deleteDisasterRecoveryDrill")
            #expect(finished["status"] as? String == "SUCCESS")
            let gone = try await signed.execute(client, .get, signed.prefix + "/disaster-recovery-drills/\(drillID)")
            #expect(gone.status == .notFound)
            #expect((jsonObject(gone.body)["itemNotFound"] as? [String: Any])?["code"] as? String == "SDRS.1902")
            #expect(try await signed.execute(client, .get, signed.prefix + "/cloudservers/\(serverID)").status == .notFound)
        }
        let counts = Dictionary(uniqueKeysWithValues: await store.requestCounts().operations.map { ($0.operation, $0.calls) })
        #expect(counts["CreateDisasterRecoveryDrill"] == 1 && counts["DeleteDisasterRecoveryDrill"] == 1)
        #expect(counts["UpdateDisasterRecoveryDrillName"] == 1 && counts["ShowDisasterRecoveryDrill"] == 3)
        #expect(counts["ListDisasterRecoveryDrills"] == 1)
    }

    @Test func malformedBodiesAndFiltersAreRefusedWithTheDocumentedCodes() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            for body in [
                #"{"disaster_recovery_drill": {"name": "ok"}}"#,
                #"{"disaster_recovery_drill": {"name": "bad name!", "server_group_id": "app"}}"#,
                #"{"disaster_recovery_drill": {"name": "\#(String(repeating: "x", count: 65))", "server_group_id": "app"}}"#,
                #"{"name": "ok", "server_group_id": "app"}"#,
            ] {
                let response = try await signed.execute(client, .post, signed.prefix + "/disaster-recovery-drills", body: body)
                #expect(response.status == .badRequest)
                #expect((jsonObject(response.body)["badrequest"] as? [String: Any])?["code"] as? String == "SDRS.0201")
            }
            let status = try await signed.execute(
                client, .get, signed.prefix + "/disaster-recovery-drills", query: [QueryParameter(name: "status", value: "nope")])
            #expect((jsonObject(status.body)["badrequest"] as? [String: Any])?["code"] as? String == "SDRS.0209")
            let limit = try await signed.execute(
                client, .get, signed.prefix + "/disaster-recovery-drills", query: [QueryParameter(name: "limit", value: "1001")])
            #expect((jsonObject(limit.body)["badrequest"] as? [String: Any])?["code"] as? String == "SDRS.0221")
        }
    }

    @Test func readOnlyCredentialsMayListDrillsButNotCreateThem() async throws {
        let reader = SignedRequests(credential: TestCloud.readOnlyCredential)
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let list = try await reader.execute(client, .get, reader.prefix + "/disaster-recovery-drills")
            #expect(list.status == .ok)
            let create = try await reader.execute(
                client, .post, reader.prefix + "/disaster-recovery-drills",
                body: #"{"disaster_recovery_drill": {"name": "d", "server_group_id": "app"}}"#)
            #expect(create.status.code >= 400)
        }
    }

    @Test func drillOperationsCanBeThrottledLikeAnyOther() async throws {
        let store = try TestCloud.store()
        try await store.addFault(FaultRule(kind: .throttled, operation: .listDisasterRecoveryDrills, count: 1))
        try await testApplication(store).test(.router) { client in
            let throttled = try await signed.execute(client, .get, signed.prefix + "/disaster-recovery-drills")
            #expect(throttled.status == .tooManyRequests)
            #expect(try await signed.execute(client, .get, signed.prefix + "/disaster-recovery-drills").status == .ok)
        }
    }

    @Test func theAdminAPIListsDrills() async throws {
        let store = try TestCloud.store()
        _ = try await store.createDrill(
            DrillCreateRequest(name: "d", groupID: "app", drillVPCID: "vpc-1"), info: DrillStoreTests.create)
        try await testApplication(store).test(.router) { client in
            let response = try await client.execute(uri: "/__emulator/drills", method: .get)
            let drills = try #require(jsonObject(response.body)["drills"] as? [[String: Any]])
            #expect(drills.first?["group_id"] as? String == "app" && drills.first?["status"] as? String == "creating")
            #expect(drills.first?["drill_vpc_id"] as? String == "vpc-1")
        }
    }

    @Test func theResolverNamesEveryDrillOperation() {
        let path = "/v1/p/disaster-recovery-drills"
        #expect(OperationResolver.resolve(method: .post, path: path, actionBodyKey: nil) == .operation(.createDisasterRecoveryDrill))
        #expect(OperationResolver.resolve(method: .get, path: path, actionBodyKey: nil) == .operation(.listDisasterRecoveryDrills))
        #expect(OperationResolver.resolve(method: .get, path: path + "/d", actionBodyKey: nil) == .operation(.showDisasterRecoveryDrill))
        #expect(OperationResolver.resolve(method: .put, path: path + "/d", actionBodyKey: nil) == .operation(.updateDisasterRecoveryDrillName))
        #expect(OperationResolver.resolve(method: .delete, path: path + "/d", actionBodyKey: nil) == .operation(.deleteDisasterRecoveryDrill))
    }
}
