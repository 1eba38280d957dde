// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

/// Tolerance rules shared by every wire type, exercised through small real types.
struct LenientDecodingTests {
    @Test func integerFieldsAcceptNumericStringsAndIntegralFloats() throws {
        let group = try decodeWire(
            ProtectionGroup.self, #"{"progress": "42", "replication_num": 3.0, "protected_instance_num": " 7 "}"#)
        #expect(group.progress == 42)
        #expect(group.replicationCount == 3)
        #expect(group.protectedInstanceCount == 7)
    }

    @Test func integerFieldsWithUnusableValuesReadAsNilWithoutFailingTheBody() throws {
        let group = try decodeWire(
            ProtectionGroup.self,
            #"{"id": "g", "progress": "lots", "replication_num": 2.5, "disaster_recovery_drill_num": true}"#)
        #expect(group.id == "g")
        #expect(group.progress == nil)
        #expect(group.replicationCount == nil)
        #expect(group.disasterRecoveryDrillCount == nil)
    }

    @Test func stringFieldsAcceptNumbersAndBooleans() throws {
        let flavor = try decodeWire(ECSFlavor.self, #"{"id": 12, "vcpus": 2, "ram": 4096, "disk": 1.5, "name": false}"#)
        #expect(flavor.id == "12")
        #expect(flavor.vcpus == "2")
        #expect(flavor.vcpuCount == 2)
        #expect(flavor.ramMegabytes == 4096)
        #expect(flavor.disk == "1.5")
        #expect(flavor.name == "false")
    }

    @Test func stringFieldsWithObjectValuesReadAsNil() throws {
        let group = try decodeWire(ProtectionGroup.self, #"{"name": {"nested": 1}, "description": [1, 2], "id": "x"}"#)
        #expect(group.name == nil)
        #expect(group.description == nil)
        #expect(group.id == "x")
    }

    @Test func booleanFieldsAcceptStringsAndZeroOrOne() throws {
        let metadata = try decodeWire(
            ReplicationRecordMetadata.self, #"{"multiattach": "TRUE", "bootable": 0, "volume_size": "40"}"#)
        #expect(metadata.multiattach == true)
        #expect(metadata.bootable == false)
        #expect(metadata.volumeSize == 40)
        let odd = try decodeWire(ReplicationRecordMetadata.self, #"{"multiattach": "maybe", "bootable": 2}"#)
        #expect(odd.multiattach == nil)
        #expect(odd.bootable == nil)
    }

    @Test func nullsMissingAndUnknownKeysAreFine() throws {
        let pair = try decodeWire(ReplicationPair.self, #"{"id": null, "brand_new_field": {"x": [1]}, "status": null}"#)
        #expect(pair == ReplicationPair())
        #expect(try decodeWire(ReplicationPair.self, "{}") == ReplicationPair())
    }

    @Test func arrayElementsThatAreNotObjectsAreDropped() throws {
        let instance = try decodeWire(
            ProtectedInstance.self,
            #"{"attachment": [{"replication": "r1", "device": "/dev/vda"}, 5, null, "x", {"replication": "r2"}]}"#)
        #expect(
            instance.attachments == [
                ProtectedInstanceAttachment(replicationID: "r1", device: "/dev/vda"),
                ProtectedInstanceAttachment(replicationID: "r2"),
            ])
    }

    @Test func nestedValuesOfTheWrongShapeReadAsNil() throws {
        let instance = try decodeWire(
            ProtectedInstance.self, #"{"attachment": {"replication": "r1"}, "tags": "a=b", "metadata": [1]}"#)
        #expect(instance.attachments == nil)
        #expect(instance.tags == nil)
        #expect(instance.metadata == nil)
    }

    @Test func stringMapsStringifyScalarsAndDropNullsAndContainers() throws {
        let server = try decodeWire(ECSServer.self, #"{"metadata": {"a": "x", "b": 1, "c": true, "d": null, "e": {}}}"#)
        #expect(server.metadata == ["a": "x", "b": "1", "c": "true"])
    }

    @Test func enumFieldsAcceptNumbersAsText() throws {
        let job = try decodeWire(SDRSJob.self, #"{"status": 7}"#)
        #expect(job.status == .unknown("7"))
    }

    @Test func topLevelBodiesThatAreNotObjectsThrow() {
        #expect(throws: DecodingError.self) { try decodeWire(ProtectionGroupResponse.self, "[]") }
        #expect(throws: DecodingError.self) { try decodeWire(ECSServerListResponse.self, "\"servers\"") }
        #expect(throws: (any Error).self) { try decodeWire(SDRSJob.self, "not json") }
    }
}
