// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire
import Hummingbird

extension WirePresenter {
    func drills(_ page: ListPage<EmulatedDrill>, count: Int) throws -> Response {
        try JSONResponse.make(
            DisasterRecoveryDrillListResponse(drills: page.items.map(Self.drill), count: count),
            encoder: WireJSON.makeEncoder()
        )
    }

    func drill(_ drill: EmulatedDrill) throws -> Response {
        try JSONResponse.make(DisasterRecoveryDrillResponse(drill: Self.drill(drill)), encoder: WireJSON.makeEncoder())
    }

    static func drill(_ drill: EmulatedDrill) -> DisasterRecoveryDrill {
        DisasterRecoveryDrill(
            id: drill.id, name: drill.name, status: drill.status, drillVPCID: drill.drillVPCID,
            createdAt: EmulatorTimestamp.sdrsResource(drill.createdAt),
            updatedAt: EmulatorTimestamp.sdrsResource(drill.updatedAt), serverGroupID: drill.groupID,
            drillServers: drill.drillServers.map {
                DrillServer(protectedInstanceID: $0.protectedInstanceID, drillServerID: $0.serverID)
            }
        )
    }
}
