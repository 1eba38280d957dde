// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct ProtectedInstanceTests {
    /// The show sample of the SDRS API reference (§3.4).
    static let documentedShowSample = #"""
        {
            "protected_instance": {
                "id": "50f5091e-9e9e-473c-a932-2a2cbcbeb1ff",
                "name": "ecs_sdrs_test",
                "description": "1111",
                "server_group_id": "943c7d15-0371-4b89-b1a6-db1ef35c9263",
                "status": "available",
                "progress": 0,
                "source_server": "5fb92d6c-b0cb-46c9-824b-b90ec5500ae6",
                "target_server": "c6c0ff54-fa1f-43ef-9ccc-1774e40c8745",
                "created_at": "2018-11-06 09:27:52.258",
                "updated_at": "2018-11-06 09:44:59.853",
                "priority_station": "target",
                "attachment": [
                    {"replication": "6568f7c4-0510-4f39-929d-8ffccbd4fd47", "device": "/dev/vda"}
                ],
                "tags": [
                    {"key": "aaaaaaa", "value": "01234567889"},
                    {"key": "ffffff", "value": "dddd"}
                ],
                "metadata": {}
            }
        }
        """#

    /// The 14 keys of SDK `ShowProtectedInstanceParams.attribute_map`.
    static let sdkKeys: Set<String> = [
        "id", "name", "description", "status", "source_server", "target_server", "server_group_id", "created_at",
        "updated_at", "metadata", "attachment", "tags", "progress", "priority_station",
    ]

    @Test func decodesTheDocumentedShowSample() throws {
        let instance = try #require(
            try decodeWire(ProtectedInstanceResponse.self, Self.documentedShowSample).protectedInstance)
        #expect(instance.status == .available)
        #expect(instance.priorityStation == .target)
        #expect(instance.sourceServer == "5fb92d6c-b0cb-46c9-824b-b90ec5500ae6")
        #expect(
            instance.attachments == [.init(replicationID: "6568f7c4-0510-4f39-929d-8ffccbd4fd47", device: "/dev/vda")])
        #expect(instance.tags?.map(\.key) == ["aaaaaaa", "ffffff"])
        #expect(instance.metadata == [:])
        #expect(!instance.isFrozen)
    }

    @Test func recognisesFrozenMetadata() throws {
        let frozen = try decodeWire(ProtectedInstance.self, #"{"metadata": {"__system__frozen": "true"}}"#)
        #expect(frozen.isFrozen)
        #expect(try !decodeWire(ProtectedInstance.self, #"{"metadata": {"__system__frozen": ""}}"#).isFrozen)
        #expect(try !decodeWire(ProtectedInstance.self, #"{"metadata": null}"#).isFrozen)
    }

    @Test func encodesEveryDocumentedKeyWithExplicitNulls() throws {
        let empty = try encodedObject(ProtectedInstance())
        #expect(Set(empty.keys) == Self.sdkKeys)
        #expect(nullKeys(empty) == Self.sdkKeys)
        let decoded = try decodeWire(ProtectedInstanceResponse.self, Self.documentedShowSample)
        let instance = try #require(try encodedObject(decoded)["protected_instance"] as? [String: Any])
        #expect(nullKeys(instance).isEmpty)
        #expect((instance["attachment"] as? [[String: Any]])?.first?["device"] as? String == "/dev/vda")
    }

    @Test func roundTrips() throws {
        let instance = ProtectedInstance(
            id: "pi", name: "n", description: nil, serverGroupID: "g", status: .protected, progress: 100,
            sourceServer: "s", targetServer: "t", priorityStation: .source,
            attachments: [.init(replicationID: "r", device: "/dev/vdb")], tags: [.init(key: "k", value: nil)],
            metadata: ["__system__frozen": "true"], createdAt: "2018-11-06 11:09:25.861", updatedAt: nil
        )
        #expect(try roundTrip(instance) == instance)
        let list = ProtectedInstanceListResponse(protectedInstances: [instance, ProtectedInstance()], count: 2)
        #expect(try roundTrip(list) == list)
        #expect(Set(try encodedObject(list).keys) == ["protected_instances", "count"])
    }
}
