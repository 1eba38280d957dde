// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire
import Testing

struct DisasterRecoveryDrillTests {
    static let listSample = #"""
        {
            "disaster_recovery_drills": [{
                "id": "d1", "name": "drill-1", "status": "available", "drill_vpc_id": "vpc-1",
                "created_at": "2019-05-22 08:16:54.413", "updated_at": "2019-05-22 08:26:54.413",
                "server_group_id": "g1",
                "drill_servers": [{"protected_instance": "i1", "drill_server_id": "s1"}, {"protected_instance": 5}]
            }, {"id": "d2", "status": null, "drill_servers": "oops"}],
            "count": "2"
        }
        """#

    @Test func decodesTheListTolerantly() throws {
        let list = try WireJSON.decode(DisasterRecoveryDrillListResponse.self, from: Array(Self.listSample.utf8))
        #expect(list.count == 2 && list.drills?.count == 2)
        let drill = try #require(list.drills?.first)
        #expect(drill.drillServers == [DrillServer(protectedInstanceID: "i1", drillServerID: "s1"), DrillServer(protectedInstanceID: "5")])
        #expect(drill.createdAt.flatMap(WireTimestamp.date(from:)) != nil)
        #expect(list.drills?[1].status == nil && list.drills?[1].drillServers == nil)
    }

    @Test func encodesEveryKeyOfADrillAndTheRequestBodiesAsTheSDKDoes() throws {
        let drill = try JSONSerialization.jsonObject(with: Data(try WireJSON.encode(DisasterRecoveryDrill(id: "d1")))) as? [String: Any]
        #expect(Set(drill?.keys ?? [:].keys) == ["id", "name", "status", "drill_vpc_id", "created_at", "updated_at", "server_group_id", "drill_servers"])
        let create = String(decoding: try WireJSON.encode(DisasterRecoveryDrillCreateRequest(name: "n", serverGroupID: "g"), sortedKeys: true), as: UTF8.self)
        #expect(create == #"{"disaster_recovery_drill":{"name":"n","server_group_id":"g"}}"#)
        let withVPC = String(decoding: try WireJSON.encode(DisasterRecoveryDrillCreateRequest(name: "n", serverGroupID: "g", drillVPCID: "v"), sortedKeys: true), as: UTF8.self)
        #expect(withVPC == #"{"disaster_recovery_drill":{"drill_vpc_id":"v","name":"n","server_group_id":"g"}}"#)
        let rename = String(decoding: try WireJSON.encode(DisasterRecoveryDrillRenameRequest(name: "m")), as: UTF8.self)
        #expect(rename == #"{"disaster_recovery_drill":{"name":"m"}}"#)
    }

    @Test func jobEntitiesCarryTheDrillIDOnlyWhenSet() throws {
        let plain = String(decoding: try WireJSON.encode(SDRSJobEntities(serverGroupID: "g"), sortedKeys: true), as: UTF8.self)
        #expect(!plain.contains("disaster_recovery_drill_id"))
        let drill = try WireJSON.encode(SDRSJobEntities(serverGroupID: "g", disasterRecoveryDrillID: "d1"))
        #expect(try WireJSON.decode(SDRSJobEntities.self, from: drill).disasterRecoveryDrillID == "d1")
    }
}
