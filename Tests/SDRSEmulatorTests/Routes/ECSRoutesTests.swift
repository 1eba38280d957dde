// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SDRSEmulator

@Suite struct ECSRoutesTests {
    let signed = SignedRequests()

    @Test func stopsServersWithOneSubJobEach() async throws {
        let store = try TestCloud.store()
        try await testApplication(store).test(.router) { client in
            let response = try await signed.execute(
                client, .post, signed.prefix + "/cloudservers/action",
                body: #"{"os-stop": {"type": "SOFT", "servers": [{"id": "app-1-src"}, {"id": "app-2-src"}]}}"#
            )
            #expect(response.status == .ok)
            let jobID = try #require(try WireJSON.decode(JobIDResponse.self, from: Array(buffer: response.body)).jobID)
            var server = try await signed.get(ECSServerResponse.self, client, "/cloudservers/app-1-src").server
            #expect(server?.status == .active)
            #expect(server?.taskState == .poweringOff)
            #expect(server?.powerState == .running)
            var job = try await signed.get(ECSJob.self, client, "/jobs/\(jobID)")
            #expect(job.status == .running)
            #expect(job.entities?.subJobsTotal == 2)
            #expect(job.entities?.subJobs?.compactMap(\.entities?.serverID) == ["app-1-src", "app-2-src"])
            try await store.advanceClock(by: 20)
            job = try await signed.get(ECSJob.self, client, "/jobs/\(jobID)")
            #expect(job.status == .success)
            server = try await signed.get(ECSServerResponse.self, client, "/cloudservers/app-1-src").server
            #expect(server?.status == .shutoff)
            #expect(server?.taskState == nil)
            #expect(server?.powerState == .shutdown)
        }
        #expect(await store.requestCounts().calls(.showJob) == 2)
        #expect(await store.requestCounts().calls(.batchStopServers) == 1)
    }

    @Test func rejectsMalformedBatchBodiesWithEcs0005() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            for body in [
                #"{"os-stop": {"type": "GENTLE", "servers": [{"id": "a"}]}}"#, #"{"os-reboot": {"servers": []}}"#, "[]",
            ] {
                let response = try await signed.execute(
                    client, .post, signed.prefix + "/cloudservers/action", body: body)
                #expect(response.status == .badRequest)
                #expect((jsonObject(response.body)["error"] as? [String: Any])?["code"] as? String == "Ecs.0005")
            }
        }
    }

    @Test func missingServerIsA404Ecs0114() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let response = try await signed.execute(client, .get, signed.prefix + "/cloudservers/ghost")
            #expect(response.status == .notFound)
            #expect((jsonObject(response.body)["error"] as? [String: Any])?["code"] as? String == "Ecs.0114")
        }
    }

    @Test func pagesServerDetailsByPageNumber() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            func page(_ offset: Int?, limit: Int? = nil) async throws -> ECSServerListResponse {
                var query: [QueryParameter] = []
                if let offset { query.append(QueryParameter(name: "offset", value: offset)) }
                if let limit { query.append(QueryParameter(name: "limit", value: limit)) }
                return try await signed.get(ECSServerListResponse.self, client, "/cloudservers/detail", query: query)
            }
            let first = try await page(1, limit: 4)
            #expect(first.count == 10)
            #expect(first.servers?.compactMap(\.id) == ["app-1-src", "app-1-dst", "app-2-src", "app-2-dst"])
            #expect(try await page(0, limit: 4).servers == first.servers)
            #expect(
                try await page(2, limit: 4).servers?.compactMap(\.id) == [
                    "bare-1-src", "bare-1-dst", "stuck-1-src", "stuck-1-dst",
                ])
            #expect(try await page(3, limit: 4).servers?.count == 2)
            #expect(try await page(nil).servers?.count == 10)
            let bad = try await signed.execute(
                client, .get, signed.prefix + "/cloudservers/detail",
                query: [QueryParameter(name: "limit", value: 1001)]
            )
            #expect(bad.status == .badRequest)
        }
    }

    @Test func filtersByServerIDRepeatedAndCommaSeparated() async throws {
        try await testApplication(try TestCloud.store()).test(.router) { client in
            let repeated = try await signed.get(
                ECSServerListResponse.self, client, "/cloudservers/detail",
                query: [
                    QueryParameter(name: "server_id", value: "moved-1-dst"),
                    QueryParameter(name: "server_id", value: "ghost"),
                    QueryParameter(name: "name", value: "ignored"),
                ]
            )
            #expect(repeated.count == 2)
            #expect(repeated.servers?.compactMap(\.id).sorted() == ["ghost", "moved-1-dst"])
            let ghost = try #require(repeated.servers?.first { $0.id == "ghost" })
            #expect(ghost.fault != nil)
            #expect(ghost.name == nil)
            #expect(ghost.status == nil)
            let commas = try await signed.get(
                ECSServerListResponse.self, client, "/cloudservers/detail",
                query: [QueryParameter(name: "server_id", value: "app-1-src,app-2-src")]
            )
            #expect(commas.servers?.compactMap(\.id) == ["app-1-src", "app-2-src"])
            let shutoff = try await signed.get(
                ECSServerListResponse.self, client, "/cloudservers/detail",
                query: [QueryParameter(name: "status", value: "SHUTOFF")]
            )
            #expect(shutoff.count == 5)
        }
    }

    @Test func serverDetailsLookLikeECS() async throws {
        var fixture = TestCloud.fixture()
        fixture.servers[0].osType = "Windows"
        fixture.servers[0].imageName = "Windows Server 2019 Datacenter 64bit with Cloudbase-Init"
        fixture.servers[0].frozen = true
        try await testApplication(try TestCloud.store(fixture)).test(.router) { client in
            let server = try #require(
                try await signed.get(ECSServerResponse.self, client, "/cloudservers/app-1-src").server)
            #expect(server.availabilityZone == TestCloud.zoneA)
            #expect(server.metadata?["os_type"] == "Windows")
            #expect(server.metadata?["image_name"]?.contains("Cloudbase-Init") == true)
            #expect(server.metadata?["EcmResStatus"] == "freeze")
            #expect(server.flavor?.vcpus == "2")
            #expect(server.flavor?.ram == "4096")
            #expect(server.volumesAttached?.first?.bootIndex == "0")
            #expect(server.tenantID == TestCloud.projectID)
        }
    }
}
