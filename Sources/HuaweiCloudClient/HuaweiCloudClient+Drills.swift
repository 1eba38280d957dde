// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import HuaweiCloudWire
import SwitchyardCore

extension HuaweiCloudClient: DrillAPI {
    /// `GET /v1/{project_id}/disaster-recovery-drills?server_group_id=…`, every page, one group at a
    /// time (the API filters by a single group).
    public func listDrills(groupIDs: [String]) async throws -> [LiveDrill] {
        var seen = Set<String>()
        var drills: [LiveDrill] = []
        for groupID in Set(groupIDs).sorted() {
            let page = try await allSDRSPages { offset, limit in
                try await self.drillPage(groupID: groupID, offset: offset, limit: limit)
            }
            drills += page.compactMap { $0 }.filter { $0.groupID == groupID && seen.insert($0.id).inserted }
        }
        return drills
    }

    /// `POST /v1/{project_id}/disaster-recovery-drills`; not retried (it may have created a drill).
    public func createDrill(groupID: String, name: String, drillVPCID: String?) async throws -> CloudJobID {
        let body = try WireJSON.encode(
            DisasterRecoveryDrillCreateRequest(name: name, serverGroupID: groupID, drillVPCID: drillVPCID))
        let operation = APIOperation(
            name: "CreateDisasterRecoveryDrill", service: .sdrs, method: "POST",
            path: projectPath + "/disaster-recovery-drills", body: body, isIdempotent: false
        )
        return CloudJobID(service: .sdrs, id: try jobID(from: try await send(operation), operation: operation.name))
    }

    /// `GET /v1/{project_id}/disaster-recovery-drills/{id}`; `nil` when not found (SDRS.1902).
    public func showDrill(id: String) async throws -> LiveDrill? {
        let operation = APIOperation(
            name: "ShowDisasterRecoveryDrill", service: .sdrs, method: "GET", path: drillPath(id), isIdempotent: true
        )
        let response: APIResponse
        do {
            response = try await send(operation)
        } catch let error as CloudError where error.kind == .notFound || error.code == "SDRS.1902" {
            return nil
        }
        let body: DisasterRecoveryDrillResponse = try decode(response, operation: operation.name)
        return body.drill.flatMap(WireMapping.drill)
    }

    /// `DELETE /v1/{project_id}/disaster-recovery-drills/{id}`; not retried.
    public func deleteDrill(id: String) async throws -> CloudJobID {
        let operation = APIOperation(
            name: "DeleteDisasterRecoveryDrill", service: .sdrs, method: "DELETE", path: drillPath(id),
            isIdempotent: false
        )
        return CloudJobID(service: .sdrs, id: try jobID(from: try await send(operation), operation: operation.name))
    }

    /// `PUT /v1/{project_id}/disaster-recovery-drills/{id}`: renames a drill.
    ///
    /// - Returns: The drill as SDRS answers it.
    public func renameDrill(id: String, name: String) async throws -> LiveDrill? {
        let operation = APIOperation(
            name: "UpdateDisasterRecoveryDrillName", service: .sdrs, method: "PUT", path: drillPath(id),
            body: try WireJSON.encode(DisasterRecoveryDrillRenameRequest(name: name)), isIdempotent: true
        )
        let body: DisasterRecoveryDrillResponse = try decode(try await send(operation), operation: operation.name)
        return body.drill.flatMap(WireMapping.drill)
    }

    func drillPage(groupID: String?, offset: Int, limit: Int) async throws -> ListPage<LiveDrill?> {
        var query = [QueryParameter(name: "limit", value: limit), QueryParameter(name: "offset", value: offset)]
        if let groupID { query.append(QueryParameter(name: "server_group_id", value: groupID)) }
        let operation = APIOperation(
            name: "ListDisasterRecoveryDrills", service: .sdrs, method: "GET",
            path: projectPath + "/disaster-recovery-drills", query: query, isIdempotent: true
        )
        let response: DisasterRecoveryDrillListResponse = try decode(try await send(operation), operation: operation.name)
        return ListPage(items: (response.drills ?? []).map(WireMapping.drill), count: response.count)
    }

    private func drillPath(_ id: String) -> String {
        projectPath + "/disaster-recovery-drills/" + Self.encodedSegment(id)
    }
}

extension WireMapping {
    /// A drill with the fields switchyard needs, or `nil` when it lacks an ID, status or group.
    static func drill(_ drill: DisasterRecoveryDrill) -> LiveDrill? {
        guard let id = drill.id, let status = drill.status, let groupID = drill.serverGroupID else { return nil }
        return LiveDrill(
            id: id, name: drill.name ?? "", status: DrillStatus(status), groupID: groupID,
            drillVPCID: drill.drillVPCID, createdAt: drill.createdAt.flatMap(WireTimestamp.date(from:)),
            updatedAt: drill.updatedAt.flatMap(WireTimestamp.date(from:)),
            servers: (drill.drillServers ?? []).compactMap { server in
                guard let instance = server.protectedInstanceID, let id = server.drillServerID else { return nil }
                return LiveDrill.Server(protectedInstanceID: instance, drillServerID: id)
            }
        )
    }
}
