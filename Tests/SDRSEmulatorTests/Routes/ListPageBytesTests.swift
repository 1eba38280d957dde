// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SDRSEmulator

/// The list pages are written without `JSONEncoder` (`jsonBytes()`); over random estates with
/// hostile names, tags and metadata, every page must be byte for byte what the sorted-keys
/// `JSONEncoder` writes for the values it carries.
@Suite struct ListPageBytesTests {
    private static let hostile = [
        #"quote " and back\slash"#, "tab\tline\ncr\r\u{1}\u{1F}", "del\u{7F} /dev/vda", "😀 𝄞 non-BMP", "שלום مرحبا \u{202E}rtl",
        "e\u{301} é", "\u{2028}\u{2029}\u{FEFF}", String(repeating: "long\"\\😀", count: 300), "",
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func listPagesAreTheSortedKeysEncodingOfTheirValues(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed)
        func hostile() -> String { Self.hostile[Int(random.next() % UInt64(Self.hostile.count))] + "-\(random.next() % 100)" }
        var fixture = EmulatorFixture.synthetic(groups: 6, instancesPerGroup: 2, seed: seed, projectID: TestCloud.projectID)
        for index in fixture.groups.indices {
            fixture.groups[index].name = hostile()
            fixture.groups[index].description = hostile()
        }
        for index in fixture.protectedInstances.indices {
            fixture.protectedInstances[index].name = hostile()
            fixture.protectedInstances[index].tags = [hostile(): hostile(), hostile(): hostile()]
        }
        for index in fixture.servers.indices {
            fixture.servers[index].name = hostile()
            fixture.servers[index].tags = [hostile(), hostile()]
            for _ in 0..<3 { fixture.servers[index].metadata[hostile()] = hostile() }
        }
        let configuration = TestCloud.configuration(fixture)
        let store = try EmulatorStore(configuration: configuration)
        let signed = SignedRequests(credential: EmulatorFixture.syntheticCredential)
        try await buildEmulatorApplication(configuration: configuration, store: store).test(.router) { client in
            let pages: [(String, [QueryParameter], ([UInt8]) throws -> [UInt8])] = [
                (signed.prefix + "/server-groups", [], { try WireJSON.encode(WireJSON.decode(ProtectionGroupListResponse.self, from: $0), sortedKeys: true) }),
                (signed.prefix + "/protected-instances", [], { try WireJSON.encode(WireJSON.decode(ProtectedInstanceListResponse.self, from: $0), sortedKeys: true) }),
                (signed.prefix + "/replications", [], { try WireJSON.encode(WireJSON.decode(ReplicationPairListResponse.self, from: $0), sortedKeys: true) }),
                (
                    signed.prefix + "/cloudservers/detail", [QueryParameter(name: "limit", value: 5), QueryParameter(name: "offset", value: 2)],
                    { try WireJSON.encode(WireJSON.decode(ECSServerListResponse.self, from: $0), sortedKeys: true) }
                ),
            ]
            for (path, query, reencode) in pages {
                let response = try await signed.execute(client, .get, path, query: query)
                #expect(response.status == .ok, "\(path)")
                let body = Array(buffer: response.body)
                #expect(body.count > 200, "\(path)")
                #expect(try reencode(body) == body, "\(path): \(String(decoding: body.prefix(300), as: UTF8.self))")
            }
        }
    }
}
