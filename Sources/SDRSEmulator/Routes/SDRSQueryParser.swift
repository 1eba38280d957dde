// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Turns SDRS list query strings into typed queries, with the documented errors.
enum SDRSQueryParser {
    /// `limit` ([0, 1000], default 1000 → SDRS.0221) and `offset` (≥ 0, default 0 → SDRS.0222).
    static func paging(_ query: QueryParameters) throws -> SDRSPaging {
        var paging = SDRSPaging()
        if let text = query["limit"] {
            guard let limit = Int(text), (0...1000).contains(limit) else { throw APIError.pagingLimit() }
            paging.limit = limit
        }
        if let text = query["offset"] {
            guard let offset = Int(text), offset >= 0 else { throw APIError.pagingOffset() }
            paging.offset = offset
        }
        return paging
    }

    static func groups(_ query: QueryParameters) throws -> GroupListQuery {
        GroupListQuery(
            paging: try paging(query), status: nonEmpty(query["status"]), name: nonEmpty(query["name"]),
            queryType: nonEmpty(query["query_type"]), availabilityZone: nonEmpty(query["availability_zone"])
        )
    }

    static func drills(_ query: QueryParameters) throws -> DrillListQuery {
        DrillListQuery(
            paging: try paging(query), groupID: nonEmpty(query["server_group_id"]), name: nonEmpty(query["name"]),
            status: nonEmpty(query["status"]), drillVPCID: nonEmpty(query["drill_vpc_id"])
        )
    }

    /// Instances and replication pairs share their filters.
    static func members(_ query: QueryParameters) throws -> MemberListQuery {
        var result = MemberListQuery(
            paging: try paging(query), status: nonEmpty(query["status"]), name: nonEmpty(query["name"]),
            queryType: nonEmpty(query["query_type"]), availabilityZone: nonEmpty(query["availability_zone"])
        )
        if let list = nonEmpty(query["server_group_ids"]) {
            result.groupIDs = try idList(list)
        } else if let id = nonEmpty(query["server_group_id"]) {
            result.groupIDs = [id]
        }
        if let list = nonEmpty(query["protected_instance_ids"]) {
            result.instanceIDs = try idList(list)
        } else if let id = nonEmpty(query["protected_instance_id"]) {
            result.instanceIDs = [id]
        }
        return result
    }

    /// Parses the literal `['id1','id2']` (quotes and brackets optional); more than 30 → SDRS.0226.
    static func idList(_ text: String) throws -> [String] {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasPrefix("[") { body = body.dropFirst() }
        if body.hasSuffix("]") { body = body.dropLast() }
        let ids = body.split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
        }.filter { !$0.isEmpty }
        guard ids.count <= 30 else {
            throw APIError.sdrs("SDRS.0226", "IDs exceed the upper limit: at most 30 IDs")
        }
        return ids
    }

    static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}

/// Turns the `cloudservers/detail` query string into a typed query.
enum ECSQueryParser {
    static func servers(_ query: QueryParameters) throws -> ServerListQuery {
        var result = ServerListQuery()
        if let text = query["offset"] {
            guard let page = Int(text), page >= 0 else { throw invalid("offset") }
            result.page = max(page, 1)
        }
        if let text = query["limit"] {
            guard let limit = Int(text), (1...1000).contains(limit) else { throw invalid("limit") }
            result.limit = limit
        }
        let ids = query.all("server_id").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        result.serverIDs = ids.isEmpty ? nil : ids
        result.marker = SDRSQueryParser.nonEmpty(query["marker"])
        result.name = SDRSQueryParser.nonEmpty(query["name"])
        result.status = SDRSQueryParser.nonEmpty(query["status"])
        result.flavor = SDRSQueryParser.nonEmpty(query["flavor"])
        result.ip = SDRSQueryParser.nonEmpty(query["ip"])
        result.ipEq = SDRSQueryParser.nonEmpty(query["ip_eq"])
        return result
    }

    private static func invalid(_ name: String) -> APIError {
        .ecs("Ecs.0005", "Invalid parameter values: \(name)")
    }
}
