// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct ProtectionGroupTests {
    /// The show sample of the SDRS API reference (§2.4), null-heavy as documented.
    static let documentedShowSample = #"""
        {
            "server_group": {
                "id": "decf224d-87fe-403a-8721-037a1a45c287",
                "name": "test-sdrs",
                "description": null,
                "status": "available",
                "source_availability_zone": "az1.dc1",
                "target_availability_zone": "az2.dc2",
                "domain_id": "3cf7d8f2-0b4a-4e7d-9ec0-4d7b8e1c2a10",
                "domain_name": "SDRS_HypeDomain01",
                "protected_status": null,
                "replication_status": null,
                "health_status": null,
                "progress": 0,
                "priority_station": "source",
                "protected_instance_num": 0,
                "replication_num": 0,
                "disaster_recovery_drill_num": 0,
                "source_vpc_id": "046852ef-c49d-409b-8389-546aaaa5701f",
                "target_vpc_id": "046852ef-c49d-409b-8389-546aaaa5701f",
                "test_vpc_id": null,
                "dr_type": "migration",
                "server_type": "ECS",
                "created_at": "2019-05-22 08:16:54.413",
                "updated_at": "2019-05-23 09:11:10.856",
                "protection_type": "replication-pair",
                "replication_model": null
            }
        }
        """#

    /// The 25 keys of SDK `ShowProtectionGroupParams.attribute_map`.
    static let sdkKeys: Set<String> = [
        "id", "name", "description", "status", "progress", "source_availability_zone", "target_availability_zone",
        "domain_id", "domain_name", "priority_station", "protected_instance_num", "replication_num",
        "disaster_recovery_drill_num", "protected_status", "replication_status", "health_status", "source_vpc_id",
        "target_vpc_id", "test_vpc_id", "dr_type", "created_at", "updated_at", "protection_type",
        "replication_model", "server_type",
    ]

    static let protectedGroup = ProtectionGroup(
        id: "g-1", name: "web", description: "tier 1", status: .protected, progress: 100,
        sourceAvailabilityZone: "cn-north-4a", targetAvailabilityZone: "cn-north-4b", domainID: "d-1",
        domainName: "dom", priorityStation: .target, protectedInstanceCount: 2, replicationCount: 3,
        disasterRecoveryDrillCount: 0, protectedStatus: "started", replicationStatus: "active", healthStatus: "normal",
        sourceVPCID: "vpc-1", targetVPCID: "vpc-1", testVPCID: nil, drType: "migration",
        createdAt: "2019-05-22 08:16:54.413", updatedAt: "2019-05-23 09:11:10.856", protectionType: "replication-pair",
        replicationModel: nil, serverType: "ECS"
    )

    @Test func decodesTheDocumentedShowSample() throws {
        let group = try #require(try decodeWire(ProtectionGroupResponse.self, Self.documentedShowSample).serverGroup)
        #expect(group.id == "decf224d-87fe-403a-8721-037a1a45c287")
        #expect(group.status == .available)
        #expect(group.priorityStation == .source)
        #expect(group.description == nil && group.protectedStatus == nil && group.testVPCID == nil)
        #expect(group.replicationCount == 0)
        #expect(group.drType == "migration")
        #expect(group.createdAt == "2019-05-22 08:16:54.413")
    }

    @Test func encodesEveryDocumentedKeyWithExplicitNulls() throws {
        let empty = try encodedObject(ProtectionGroup())
        #expect(Set(empty.keys) == Self.sdkKeys)
        #expect(nullKeys(empty) == Self.sdkKeys)
        let full = try encodedObject(Self.protectedGroup)
        #expect(Set(full.keys) == Self.sdkKeys)
        #expect(nullKeys(full) == ["test_vpc_id", "replication_model"])
        #expect(full["replication_num"] as? Int == 3)
        #expect(full["status"] as? String == "protected")
        #expect(full["priority_station"] as? String == "target")
    }

    @Test func roundTripsAndReencodesTheSampleIdentically() throws {
        #expect(try roundTrip(Self.protectedGroup) == Self.protectedGroup)
        let decoded = try decodeWire(ProtectionGroupResponse.self, Self.documentedShowSample)
        #expect(try roundTrip(decoded) == decoded)
        let reencoded = try encodedObject(decoded)
        let group = try #require(reencoded["server_group"] as? [String: Any])
        #expect(
            nullKeys(group) == [
                "description", "protected_status", "replication_status", "health_status", "test_vpc_id",
                "replication_model",
            ])
    }

    @Test func listResponseDecodesAndEncodesBothKeys() throws {
        let json =
            #"{"server_groups": [{"id": "a", "status": "protected", "future_field": 1}, {"id": "b"}], "count": "2"}"#
        let list = try decodeWire(ProtectionGroupListResponse.self, json)
        #expect(list.serverGroups?.map(\.id) == ["a", "b"])
        #expect(list.serverGroups?.first?.status == .protected)
        #expect(list.count == 2)
        #expect(try roundTrip(list) == list)
        let empty = try encodedObject(ProtectionGroupListResponse())
        #expect(nullKeys(empty) == ["server_groups", "count"])
        #expect(try encodedText(ProtectionGroupResponse(serverGroup: nil)) == #"{"server_group":null}"#)
    }

    @Test func unknownStatusIsPreserved() throws {
        let group = try decodeWire(ProtectionGroup.self, #"{"status": "hibernating"}"#)
        #expect(group.status == .unknown("hibernating"))
        #expect(try encodedObject(group)["status"] as? String == "hibernating")
    }
}
