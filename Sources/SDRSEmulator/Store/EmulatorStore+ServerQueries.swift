// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Filters of `GET /cloudservers/detail`.
struct ServerListQuery: Sendable, Hashable {
    /// 1-based page number (`offset`; 0 behaves like 1).
    var page = 1
    var limit = 25
    var marker: String?
    var name: String?
    var status: String?
    var flavor: String?
    var ip: String?
    var ipEq: String?
    /// `server_id` (repeated or comma-separated): when set, every other filter is ignored.
    var serverIDs: [String]?
}

/// One entry of a server list: a server, or an unknown ID answered with only `id` and `fault`.
enum ServerListEntry: Sendable, Hashable {
    case server(EmulatedServer)
    case missing(id: String)
}

extension EmulatorStore {
    /// `ShowServer`; deleted servers are not found.
    func showServer(_ id: String) throws -> EmulatedServer {
        try synchronise()
        guard let server = state.servers[id], !server.isDeleted else {
            throw APIError.ecs("Ecs.0114", "The ECS does not exist", status: 404)
        }
        return server
    }

    /// `ListServersDetails` with ECS page-number paging; `total` is the count of all matches.
    ///
    /// Only IDs are collected while filtering; server values are built for the returned page only.
    func listServers(_ query: ServerListQuery) throws -> ListPage<ServerListEntry> {
        try synchronise()
        let ids: [String]
        if let requested = query.serverIDs {
            ids = requested
        } else if query.name == nil, query.status == nil, query.flavor == nil, query.ip == nil, query.ipEq == nil {
            // The common unfiltered list: read one field in place instead of copying every server
            // (a 10,000-group estate lists 80,000 servers per page call).
            ids = state.serverOrder.filter { id in
                guard let index = state.servers.index(forKey: id) else { return false }
                return state.servers.values[index].vmState != .deleted
            }
        } else {
            ids = state.serverOrder.filter { id in state.servers[id].map { Self.matches($0, query) } ?? false }
        }
        var start = (max(query.page, 1) - 1) * query.limit
        if let marker = query.marker {
            start = ids.firstIndex(of: marker).map { $0 + 1 } ?? ids.count
        }
        let pageIDs = start < ids.count ? ids[start..<min(ids.count, start + query.limit)] : []
        let items = pageIDs.map { id -> ServerListEntry in
            guard let server = state.servers[id], query.serverIDs == nil || !server.isDeleted else {
                return .missing(id: id)
            }
            return .server(server)
        }
        return ListPage(items: items, total: ids.count)
    }

    private static func matches(_ server: EmulatedServer, _ query: ServerListQuery) -> Bool {
        if let status = query.status {
            guard statusFilter(status, matches: server.status) else { return false }
        } else if server.isDeleted {
            return false
        }
        if let name = query.name, !wildcardContains(server.name, pattern: name) { return false }
        if let flavor = query.flavor, server.flavor.id != flavor { return false }
        if let ip = query.ip, !server.ipAddress.contains(ip) { return false }
        if let ipEq = query.ipEq, server.ipAddress != ipEq { return false }
        return true
    }

    /// The §6.3 status filter: intermediate states are included.
    static func statusFilter(_ filter: String, matches status: String) -> Bool {
        let included: [String: Set<String>] = [
            "ACTIVE": ["ACTIVE", "REBOOT", "HARD_REBOOT", "REBUILD", "MIGRATING", "RESIZE"],
            "SHUTOFF": ["SHUTOFF", "RESIZE", "REBUILD"],
            "ERROR": ["ERROR", "REBUILD"],
            "VERIFY_RESIZE": ["VERIFY_RESIZE", "REVERT_RESIZE"],
        ]
        return (included[filter] ?? [filter]).contains(status)
    }

    /// Fuzzy name match: `pattern` occurs in `name`, where `.` in the pattern matches any character.
    static func wildcardContains(_ name: String, pattern: String) -> Bool {
        let text = Array(name)
        let wanted = Array(pattern)
        guard !wanted.isEmpty else { return true }
        guard wanted.count <= text.count else { return false }
        for start in 0...(text.count - wanted.count) {
            var offset = 0
            while offset < wanted.count, wanted[offset] == "." || wanted[offset] == text[start + offset] {
                offset += 1
            }
            if offset == wanted.count { return true }
        }
        return false
    }

    /// `ShowJob` / `ShowJobStatus`: any job of either service; unknown IDs are ECS-style 400 Common.0011.
    func job(_ id: String) throws -> EmulatedJob {
        try synchronise()
        guard let job = state.jobs[id] else {
            throw APIError.ecs("Common.0011", "Failed to query system tasks")
        }
        return job
    }

    /// Which service created a job (`nil` when unknown); decides the operation name of `/jobs/{id}`.
    public func jobService(_ id: String) -> EmulatorOperation.Service? {
        switch state.jobs[id]?.service {
        case .sdrs: .sdrs
        case .ecs: .ecs
        case nil: nil
        }
    }
}
