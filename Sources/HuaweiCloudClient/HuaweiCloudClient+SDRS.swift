// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner
import HuaweiCloudWire
import SwitchyardCore

extension HuaweiCloudClient {
    public func listProtectionGroups() async throws -> [LiveGroup] {
        let groups = try await allSDRSPages { offset, limit in try await self.protectionGroupPage(offset: offset, limit: limit) }
        var seen = Set<String>()
        return groups.compactMap { $0 }.filter { seen.insert($0.id).inserted }
    }

    public func listProtectedInstances(groupIDs: [String]) async throws -> [LiveInstance] {
        let wanted = Set(groupIDs)
        let ids = wanted.sorted()
        let items: [LiveInstance?] = try await bulkList(
            ids: ids, idsPerCall: Self.sdrsIDsPerCall,
            firstUnfilteredPage: { try await self.instancePage(groupIDs: nil, offset: 0, limit: Self.pageSize) },
            remainingUnfiltered: { first in
                try await self.allSDRSPages(firstPage: first) { try await self.instancePage(groupIDs: nil, offset: $0, limit: $1) }
            },
            filtered: { chunk in
                try await self.allSDRSPages { try await self.instancePage(groupIDs: chunk, offset: $0, limit: $1) }
            }
        )
        var seen = Set<String>()
        return items.compactMap { $0 }.filter { wanted.contains($0.groupID) && seen.insert($0.id).inserted }
    }

    public func listReplications(groupIDs: [String]) async throws -> [LiveReplication] {
        let wanted = Set(groupIDs)
        let ids = wanted.sorted()
        let items: [LiveReplication?] = try await bulkList(
            ids: ids, idsPerCall: Self.sdrsIDsPerCall,
            firstUnfilteredPage: { try await self.replicationPage(groupIDs: nil, offset: 0, limit: Self.pageSize) },
            remainingUnfiltered: { first in
                try await self.allSDRSPages(firstPage: first) { try await self.replicationPage(groupIDs: nil, offset: $0, limit: $1) }
            },
            filtered: { chunk in
                try await self.allSDRSPages { try await self.replicationPage(groupIDs: chunk, offset: $0, limit: $1) }
            }
        )
        var seen = Set<String>()
        return items.compactMap { $0 }.filter { wanted.contains($0.groupID) && seen.insert($0.id).inserted }
    }

    /// `GET /v1/{project_id}/server-groups/{id}`; `nil` when SDRS answers not found (404, SDRS.1013).
    public func showProtectionGroup(id: String) async throws -> LiveGroup? {
        let operation = APIOperation(
            name: "ShowProtectionGroup", service: .sdrs, method: "GET",
            path: projectPath + "/server-groups/" + Self.encodedSegment(id), isIdempotent: true
        )
        let response: APIResponse
        do {
            response = try await send(operation)
        } catch let error as CloudError where error.kind == .notFound {
            return nil
        }
        let body: ProtectionGroupResponse = try decode(response, operation: operation.name)
        return body.serverGroup.flatMap(WireMapping.group)
    }

    public func reverseProtectionGroup(id: String, priorityStation: Site) async throws -> CloudJobID {
        let body = try WireJSON.encode(ProtectionGroupAction.reverse(priorityStation: priorityStation.rawValue))
        let operation = APIOperation(
            name: "StartReverseProtectionGroup", service: .sdrs, method: "POST",
            path: projectPath + "/server-groups/" + Self.encodedSegment(id) + "/action", body: body, isIdempotent: false
        )
        return CloudJobID(service: .sdrs, id: try jobID(from: try await send(operation), operation: operation.name))
    }

    public func failoverProtectionGroup(id: String) async throws -> CloudJobID {
        try await groupAction(.failover, name: "StartFailoverProtectionGroup", groupID: id)
    }

    public func startProtectionGroup(id: String) async throws -> CloudJobID {
        try await groupAction(.start, name: "StartProtectionGroup", groupID: id)
    }

    public func stopProtectionGroup(id: String) async throws -> CloudJobID {
        try await groupAction(.stop, name: "StopProtectionGroup", groupID: id)
    }

    /// One `POST .../server-groups/{id}/action` (never retried blindly: it may have created a job).
    private func groupAction(_ action: ProtectionGroupAction, name: String, groupID: String) async throws -> CloudJobID {
        let operation = APIOperation(
            name: name, service: .sdrs, method: "POST",
            path: projectPath + "/server-groups/" + Self.encodedSegment(groupID) + "/action",
            body: try WireJSON.encode(action), isIdempotent: false
        )
        return CloudJobID(service: .sdrs, id: try jobID(from: try await send(operation), operation: operation.name))
    }

    // Pages are mapped to domain values at once (nil where a body cannot be mapped, so a page keeps
    // its length for paging): holding every wire body until the last page was most of the peak
    // memory of planning 10,000 groups (see BENCHMARKS.md).
    func protectionGroupPage(offset: Int, limit: Int) async throws -> ListPage<LiveGroup?> {
        let operation = APIOperation(
            name: "ListProtectionGroups", service: .sdrs, method: "GET", path: projectPath + "/server-groups",
            query: [QueryParameter(name: "limit", value: limit), QueryParameter(name: "offset", value: offset)], isIdempotent: true
        )
        let response = try decode(try await send(operation), operation: operation.name, reader: ProtectionGroupListResponse.init(jsonBytes:))
        return ListPage(items: (response.serverGroups ?? []).map(WireMapping.group), count: response.count)
    }

    func instancePage(groupIDs: [String]?, offset: Int, limit: Int) async throws -> ListPage<LiveInstance?> {
        var query = [QueryParameter(name: "limit", value: limit), QueryParameter(name: "offset", value: offset)]
        if let groupIDs { query.append(QueryParameter(name: "server_group_ids", value: Self.sdrsIDList(groupIDs))) }
        let operation = APIOperation(
            name: "ListProtectedInstances", service: .sdrs, method: "GET", path: projectPath + "/protected-instances",
            query: query, isIdempotent: true
        )
        let response = try decode(try await send(operation), operation: operation.name, reader: ProtectedInstanceListResponse.init(jsonBytes:))
        return ListPage(items: (response.protectedInstances ?? []).map(WireMapping.instance), count: response.count)
    }

    func replicationPage(groupIDs: [String]?, offset: Int, limit: Int) async throws -> ListPage<LiveReplication?> {
        var query = [QueryParameter(name: "limit", value: limit), QueryParameter(name: "offset", value: offset)]
        if let groupIDs { query.append(QueryParameter(name: "server_group_ids", value: Self.sdrsIDList(groupIDs))) }
        let operation = APIOperation(
            name: "ListReplications", service: .sdrs, method: "GET", path: projectPath + "/replications",
            query: query, isIdempotent: true
        )
        let response = try decode(try await send(operation), operation: operation.name, reader: ReplicationPairListResponse.init(jsonBytes:))
        return ListPage(items: (response.replications ?? []).map(WireMapping.replication), count: response.count)
    }

    func decode<Value: Decodable>(_ response: APIResponse, operation: String) throws -> Value {
        try decode(response, operation: operation) { try WireJSON.decode(Value.self, from: $0) }
    }

    /// Reads a body with `reader` (the list bodies have byte-level readers that give the same
    /// values as `WireJSON.decode` at a fraction of its cost; see `WireListReader`).
    func decode<Value>(_ response: APIResponse, operation: String, reader: ([UInt8]) throws -> Value) throws -> Value {
        do {
            return try reader(response.body)
        } catch {
            throw CloudError(
                kind: .invalidResponse, operation: operation, httpStatus: response.status,
                message: "the response body could not be read: \(String(describing: error).prefix(300))", requestID: response.requestID
            )
        }
    }

    func jobID(from response: APIResponse, operation: String) throws -> String {
        let body: JobIDResponse = try decode(response, operation: operation)
        guard let id = body.jobID, !id.isEmpty else {
            throw CloudError(kind: .invalidResponse, operation: operation, httpStatus: response.status, message: "the response has no job_id", requestID: response.requestID)
        }
        return id
    }
}
