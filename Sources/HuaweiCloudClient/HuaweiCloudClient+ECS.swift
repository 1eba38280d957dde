// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner
import HuaweiCloudWire
import SwitchyardCore

extension HuaweiCloudClient {
    public func listServers(ids: [String]) async throws -> [LiveServer] {
        let wanted = Array(Set(ids)).sorted()
        let items: [LiveServer] = try await bulkList(
            ids: wanted, idsPerCall: Self.ecsIDsPerCall,
            firstUnfilteredPage: { try await self.serverPage(ids: nil, page: 1, limit: Self.pageSize) },
            remainingUnfiltered: { first in
                try await self.allECSPages(firstPage: first) { try await self.serverPage(ids: nil, page: $0, limit: $1) }
            },
            filtered: { chunk in
                try await self.serverPage(ids: chunk, page: 1, limit: Self.pageSize).items
            }
        )
        var byID: [String: LiveServer] = [:]
        for mapped in items where !mapped.id.isEmpty {
            if byID[mapped.id]?.exists != true { byID[mapped.id] = mapped }
        }
        return wanted.map { byID[$0] ?? .missing(id: $0) }
    }

    public func stopServers(ids: [String], mode: StopMode) async throws -> CloudJobID {
        let action = ECSServerBatchAction.stop(type: mode == .hard ? .hard : .soft, serverIDs: ids)
        return try await batchAction(action, name: "BatchStopServers")
    }

    public func startServers(ids: [String]) async throws -> CloudJobID {
        try await batchAction(.start(serverIDs: ids), name: "BatchStartServers")
    }

    public func job(_ id: CloudJobID) async throws -> CloudJob {
        let operation = APIOperation(
            name: id.service == .sdrs ? "ShowJobStatus" : "ShowJob", service: id.service, method: "GET",
            path: projectPath + "/jobs/" + Self.encodedSegment(id.id), isIdempotent: true
        )
        let response = try await send(operation)
        switch id.service {
        case .sdrs:
            let job: SDRSJob = try decode(response, operation: operation.name)
            return WireMapping.job(job, id: id)
        case .ecs:
            let job: ECSJob = try decode(response, operation: operation.name)
            return WireMapping.job(job, id: id)
        }
    }

    func batchAction(_ action: ECSServerBatchAction, name: String) async throws -> CloudJobID {
        let operation = APIOperation(
            name: name, service: .ecs, method: "POST", path: projectPath + "/cloudservers/action",
            body: try WireJSON.encode(action), isIdempotent: false
        )
        return CloudJobID(service: .ecs, id: try jobID(from: try await send(operation), operation: name))
    }

    /// One page of servers, mapped at once: the full wire bodies (addresses, volumes, metadata,
    /// …) of 80,000 servers held until the last page arrived were most of `plan`'s peak memory at
    /// 10,000 groups. A server without an ID maps to `.missing(id: "")`, so the page keeps its length.
    func serverPage(ids: [String]?, page: Int, limit: Int) async throws -> ListPage<LiveServer> {
        var query = [QueryParameter(name: "limit", value: limit), QueryParameter(name: "offset", value: page)]
        for id in ids ?? [] { query.append(QueryParameter(name: "server_id", value: id)) }
        let operation = APIOperation(
            name: "ListServersDetails", service: .ecs, method: "GET", path: projectPath + "/cloudservers/detail",
            query: query, isIdempotent: true
        )
        let response = try decode(
            try await send(operation), operation: operation.name, reader: ECSServerObservationList.init(jsonBytes:)
        )
        return ListPage(items: (response.servers ?? []).map { WireMapping.server($0) ?? .missing(id: "") }, count: response.count)
    }
}
