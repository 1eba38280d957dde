// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct ReplicationPairTests {
    /// A replication in the documented shape (§3.5), with the documented time format.
    static let documentedShowSample = #"""
        {
            "replication": {
                "id": "22fce838-36bc-4a0e-a4d6-a9f9b0b3a6e3",
                "name": "replication-pair-001",
                "description": null,
                "status": "protected",
                "volume_ids": "d5bc6ebe-6f4e-4b3b-a4ab-46ab5b3f1d1e,0f16c14b-cc8f-4f2a-8b5a-4ab87b0b4e64",
                "attachment": [{"protected_instance": "50f5091e-9e9e-473c-a932-2a2cbcbeb1ff", "device": "/dev/vda"}],
                "created_at": "2018-05-04T03:43:24.108526",
                "updated_at": "2018-05-04T04:04:13.345233",
                "replication_model": "hypermetro",
                "progress": 100,
                "failure_detail": null,
                "record_metadata": {"multiattach": false, "bootable": true, "volume_size": 40, "volume_type": "SATA"},
                "fault_level": "0",
                "server_group_id": "943c7d15-0371-4b89-b1a6-db1ef35c9263",
                "priority_station": "source",
                "replication_status": "active"
            }
        }
        """#

    /// The 16 keys of SDK `ShowReplicationParams.attribute_map`.
    static let sdkKeys: Set<String> = [
        "id", "name", "description", "status", "volume_ids", "attachment", "created_at", "updated_at",
        "replication_model", "progress", "failure_detail", "record_metadata", "fault_level", "server_group_id",
        "priority_station", "replication_status",
    ]

    @Test func decodesTheDocumentedShape() throws {
        let pair = try #require(try decodeWire(ReplicationPairResponse.self, Self.documentedShowSample).replication)
        #expect(pair.status == .protected)
        #expect(pair.volumeIDList == ["d5bc6ebe-6f4e-4b3b-a4ab-46ab5b3f1d1e", "0f16c14b-cc8f-4f2a-8b5a-4ab87b0b4e64"])
        #expect(pair.attachments?.first?.protectedInstanceID == "50f5091e-9e9e-473c-a932-2a2cbcbeb1ff")
        #expect(pair.recordMetadata == .init(multiattach: false, bootable: true, volumeSize: 40, volumeType: "SATA"))
        #expect(pair.faultLevel == "0")
        #expect(pair.failureDetail == nil)
    }

    @Test func faultLevelSentAsANumberReadsAsText() throws {
        #expect(try decodeWire(ReplicationPair.self, #"{"fault_level": 5}"#).faultLevel == "5")
    }

    @Test func volumeIDListToleratesSpacesAndEmptyParts() {
        #expect(ReplicationPair(volumeIDs: " a , b,,").volumeIDList == ["a", "b"])
        #expect(ReplicationPair().volumeIDList.isEmpty)
    }

    @Test func encodesEveryDocumentedKeyWithTypedMetadata() throws {
        let empty = try encodedObject(ReplicationPair())
        #expect(Set(empty.keys) == Self.sdkKeys)
        #expect(nullKeys(empty) == Self.sdkKeys)
        let pair = try decodeWire(ReplicationPairResponse.self, Self.documentedShowSample)
        let encoded = try #require(try encodedObject(pair)["replication"] as? [String: Any])
        let metadata = try #require(encoded["record_metadata"] as? [String: Any])
        #expect(metadata["bootable"] as? Bool == true)
        #expect(metadata["volume_size"] as? Int == 40)
        #expect(Set(metadata.keys) == ["multiattach", "bootable", "volume_size", "volume_type"])
        #expect(nullKeys(try encodedObject(ReplicationRecordMetadata())).count == 4)
    }

    @Test func roundTrips() throws {
        let pair = try decodeWire(ReplicationPairResponse.self, Self.documentedShowSample)
        #expect(try roundTrip(pair) == pair)
        let list = ReplicationPairListResponse(
            replications: [try #require(pair.replication), ReplicationPair()], count: 2)
        #expect(try roundTrip(list) == list)
        let decodedList = try decodeWire(
            ReplicationPairListResponse.self, #"{"replications": [{"id": "r"}, 3], "count": 1}"#)
        #expect(decodedList.replications == [ReplicationPair(id: "r")])
    }
}
