// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SDRSEmulator

@Suite struct SDRSRoutesTests {
    let signed = SignedRequests()

    @Test func showsAGroupInTheWireShapeWithEveryField() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let response = try await signed.execute(client, .get, signed.prefix + "/server-groups/app")
            #expect(response.status == .ok)
            #expect(response.headers[.requestID]?.count == 32)
            let object = try #require(jsonObject(response.body)["server_group"] as? [String: Any])
            #expect(object["priority_station"] as? String == "source")
            #expect(object["protected_instance_num"] as? Int == 2)
            #expect(object["replication_num"] as? Int == 2)
            #expect(object.keys.contains("domain_id"))
            #expect(object["domain_id"] is NSNull)
            #expect(object["created_at"] as? String == "2024-01-01 00:00:00.000")
            let group = try await signed.get(ProtectionGroupResponse.self, client, "/server-groups/app").serverGroup
            #expect(group?.priorityStation == .source && group?.sourceAvailabilityZone == TestCloud.zoneA)
        }
    }

    @Test func unknownGroupIsA400WithItemNotFoundWrapper() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let response = try await signed.execute(client, .get, signed.prefix + "/server-groups/ghost")
            #expect(response.status == .badRequest)
            let body = try #require(jsonObject(response.body)["itemNotFound"] as? [String: Any])
            #expect(body["code"] as? String == "SDRS.1013")
        }
    }

    @Test func pagesGroupsWithLimitAndOffset() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let page = try await signed.get(
                ProtectionGroupListResponse.self, client, "/server-groups",
                query: [QueryParameter(name: "limit", value: 3), QueryParameter(name: "offset", value: 2)]
            )
            #expect(page.serverGroups?.compactMap(\.id) == ["stuck", "moved"])
            #expect(page.count == 4)
            for (name, value, code) in [
                ("limit", "1001", "SDRS.0221"), ("limit", "x", "SDRS.0221"), ("offset", "-1", "SDRS.0222"),
            ] {
                let response = try await signed.execute(
                    client, .get, signed.prefix + "/server-groups", query: [QueryParameter(name: name, value: value)]
                )
                #expect(response.status == .badRequest)
                #expect((jsonObject(response.body)["badrequest"] as? [String: Any])?["code"] as? String == code)
            }
        }
    }

    @Test func filtersGroupsByNameAndCurrentProductionZone() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let named = try await signed.get(
                ProtectionGroupListResponse.self, client, "/server-groups",
                query: [QueryParameter(name: "name", value: "ov")]
            )
            #expect(named.serverGroups?.compactMap(\.id) == ["moved"])
            let zone = try await signed.get(
                ProtectionGroupListResponse.self, client, "/server-groups",
                query: [QueryParameter(name: "availability_zone", value: TestCloud.zoneA)]
            )
            #expect(zone.serverGroups?.compactMap(\.id) == ["app", "bare", "stuck"])
        }
    }

    @Test func listsProtectedInstancesByGroupIDListLiteral() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let page = try await signed.get(
                ProtectedInstanceListResponse.self, client, "/protected-instances",
                query: [QueryParameter(name: "server_group_ids", value: "['moved','app']")]
            )
            #expect(page.protectedInstances?.compactMap(\.id) == ["moved-1", "app-1", "app-2"])
            #expect(page.protectedInstances?.last?.attachments?.first?.replicationID == "app-2-pair")
            let tooMany = (1...31).map { "'g\($0)'" }.joined(separator: ",")
            let response = try await signed.execute(
                client, .get, signed.prefix + "/protected-instances",
                query: [QueryParameter(name: "server_group_ids", value: "[\(tooMany)]")]
            )
            #expect((jsonObject(response.body)["badrequest"] as? [String: Any])?["code"] as? String == "SDRS.0226")
            let one = try await signed.get(
                ProtectedInstanceResponse.self, client, "/protected-instances/app-1"
            )
            #expect(one.protectedInstance?.sourceServer == "app-1-src")
        }
    }

    @Test func listsAndShowsReplications() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let page = try await signed.get(
                ReplicationPairListResponse.self, client, "/replications",
                query: [QueryParameter(name: "server_group_id", value: "app")]
            )
            #expect(page.replications?.compactMap(\.id) == ["app-1-pair", "app-2-pair"])
            let one = try await signed.get(ReplicationPairResponse.self, client, "/replications/app-1-pair")
            #expect(one.replication?.faultLevel == "0")
            #expect(one.replication?.volumeIDs?.contains(",") == true)
        }
    }

    @Test func reverseThroughTheAPIAndPollTheJob() async throws {
        let store = try TestCloud.store()
        try await store.powerOff("app-1-src", "app-2-src")
        try await testApplication(store).test(.router) { client in
            let response = try await signed.execute(
                client, .post, signed.prefix + "/server-groups/app/action",
                body: #"{"reverse-server-group": {"priority_station": "target"}}"#
            )
            #expect(response.status == .ok)
            let jobID = try #require(try WireJSON.decode(JobIDResponse.self, from: Array(buffer: response.body)).jobID)
            var job = try await signed.get(SDRSJob.self, client, "/jobs/\(jobID)")
            #expect(job.status == .running)
            #expect(job.jobType == "reverseProtectionGroupNoCG")
            #expect(job.entities?.serverGroupID == "app")
            try await store.advanceClock(by: 60)
            job = try await signed.get(SDRSJob.self, client, "/jobs/\(jobID)")
            #expect(job.status == .success)
            #expect(job.endTime != nil)
            let group = try await signed.get(ProtectionGroupResponse.self, client, "/server-groups/app").serverGroup
            #expect(group?.priorityStation == .target)
        }
        #expect(await store.requestCounts().calls(.startReverseProtectionGroup) == 1)
        #expect(await store.requestCounts().calls(.showJobStatus) == 2)
    }

    @Test func rejectsMalformedActionBodies() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            for (body, code) in [
                ("{not json", "SDRS.0201"), (#"{"explode-server-group": {}}"#, "SDRS.0206"),
                (#"{"failover-server-group": {}, "stop-server-group": {}}"#, "SDRS.0206"),
            ] {
                let response = try await signed.execute(
                    client, .post, signed.prefix + "/server-groups/app/action", body: body)
                #expect(response.status == .badRequest)
                #expect((jsonObject(response.body)["badrequest"] as? [String: Any])?["code"] as? String == code)
            }
        }
    }

    @Test func unknownJobIsAnECSStyleCommon0011() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let response = try await signed.execute(
                client, .get, signed.prefix + "/jobs/00000000000000000000000000000000")
            #expect(response.status == .badRequest)
            let error = try #require(jsonObject(response.body)["error"] as? [String: Any])
            #expect(error["code"] as? String == "Common.0011")
        }
    }

    @Test func unknownPathIsAGateway404() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let response = try await signed.execute(client, .get, signed.prefix + "/nothing-here")
            #expect(response.status == .notFound)
            #expect(jsonObject(response.body)["error_code"] as? String == "APIGW.0101")
            #expect(jsonObject(response.body)["request_id"] as? String == response.headers[.requestID])
        }
    }
}
