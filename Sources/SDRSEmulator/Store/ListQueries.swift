// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// `limit`/`offset` of an SDRS list (0-based item offset).
struct SDRSPaging: Sendable, Hashable {
    var limit = 1000
    var offset = 0

    func page<T>(_ items: [T]) -> [T] {
        guard offset < items.count else { return [] }
        return Array(items[offset..<min(items.count, offset + limit)])
    }
}

/// Filters of `GET /server-groups`.
struct GroupListQuery: Sendable, Hashable {
    var paging = SDRSPaging()
    var status: String?
    var name: String?
    var queryType: String?
    /// Current production AZ.
    var availabilityZone: String?
}

/// Filters of `GET /protected-instances` and `GET /replications`.
struct MemberListQuery: Sendable, Hashable {
    var paging = SDRSPaging()
    /// From `server_group_ids` (overrides) or `server_group_id`.
    var groupIDs: [String]?
    /// From `protected_instance_ids` or `protected_instance_id`; ignored when `groupIDs` is set.
    var instanceIDs: [String]?
    var status: String?
    var name: String?
    var queryType: String?
    var availabilityZone: String?
}

/// Filters of `GET /disaster-recovery-drills`.
struct DrillListQuery: Sendable, Hashable {
    var paging = SDRSPaging()
    var groupID: String?
    var name: String?
    var status: String?
    var drillVPCID: String?
}

/// One page of a list and the number of all matches.
struct ListPage<Item: Sendable>: Sendable {
    var items: [Item]
    var total: Int
}

/// A group with its member counts.
struct GroupView: Sendable, Hashable {
    var group: EmulatedGroup
    var instanceCount: Int
    var replicationCount: Int
}

/// A protected instance with its attached pairs (`[replication id, device]`).
struct InstanceView: Sendable, Hashable {
    var instance: EmulatedInstance
    var attachments: [Attachment]

    struct Attachment: Sendable, Hashable {
        var replicationID: String
        var device: String
    }
}

/// Status predicates shared by the SDRS list filters.
enum StatusClass {
    /// `query_type=status_abnormal`: error statuses and `invalid`/`fault`.
    static func isAbnormal(_ status: String) -> Bool {
        status == "error" || status.hasPrefix("error-") || status == "invalid" || status == "fault"
    }

    /// Case-insensitive substring match (`name` is a fuzzy filter).
    static func fuzzyMatches(_ name: String, _ filter: String) -> Bool {
        filter.isEmpty || name.range(of: filter, options: .caseInsensitive) != nil
    }
}
