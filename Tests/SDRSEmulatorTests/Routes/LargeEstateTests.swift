// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SDRSEmulator

@Suite struct LargeEstateTests {
    @Test func tenThousandGroupsAreListedFullyByPaging() async throws {
        let fixture = EmulatorFixture.synthetic(
            groups: 10_000, instancesPerGroup: 4, seed: 3, projectID: TestCloud.projectID)
        let configuration = TestCloud.configuration(fixture)
        let store = try EmulatorStore(configuration: configuration)
        let signed = SignedRequests(credential: EmulatorFixture.syntheticCredential)
        try await buildEmulatorApplication(configuration: configuration, store: store).test(.router) { client in
            var groupIDs: [String] = []
            var offset = 0
            while true {
                let page = try await signed.get(
                    ProtectionGroupListResponse.self, client, "/server-groups",
                    query: [QueryParameter(name: "limit", value: 1000), QueryParameter(name: "offset", value: offset)]
                )
                #expect(page.count == 10_000)
                let ids = page.serverGroups?.compactMap(\.id) ?? []
                groupIDs += ids
                offset += 1000
                if ids.count < 1000 { break }
            }
            #expect(groupIDs.count == 10_000)
            #expect(Set(groupIDs).count == 10_000)

            var instances = 0
            offset = 0
            while true {
                let page = try await signed.get(
                    ProtectedInstanceListResponse.self, client, "/protected-instances",
                    query: [QueryParameter(name: "limit", value: 1000), QueryParameter(name: "offset", value: offset)]
                )
                instances += page.protectedInstances?.count ?? 0
                offset += 1000
                if (page.protectedInstances?.count ?? 0) < 1000 { break }
            }
            #expect(instances == 40_000)

            // Per-group look-ups use the index, not a scan.
            let last = try await signed.get(
                ProtectedInstanceListResponse.self, client, "/protected-instances",
                query: [QueryParameter(name: "server_group_id", value: groupIDs[9_999])]
            )
            #expect(last.count == 4)

            let servers = try await signed.get(
                ECSServerListResponse.self, client, "/cloudservers/detail",
                query: [QueryParameter(name: "offset", value: 80), QueryParameter(name: "limit", value: 1000)]
            )
            #expect(servers.count == 80_000)
            #expect(servers.servers?.count == 1000)
        }
    }
}
