// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension EmulatorStore {
    /// `ListProtectionGroups`.
    func listGroups(_ query: GroupListQuery) throws -> ListPage<GroupView> {
        try synchronise()
        if let status = query.status, !EmulatorFixture.groupStatuses.contains(status) {
            throw APIError.sdrs("SDRS.0209", "Incorrect status")
        }
        try Self.checkQueryType(query.queryType, allowed: ["status_abnormal", "stop_protected", "period_no_dr_drill"])
        var matches: [EmulatedGroup] = []
        for id in state.groupOrder {
            guard let group = state.groups[id] else { continue }
            if let status = query.status, group.status != status { continue }
            if let name = query.name, !StatusClass.fuzzyMatches(group.name, name) { continue }
            if let zone = query.availabilityZone, group.currentProductionAvailabilityZone != zone { continue }
            switch query.queryType {
            case "status_abnormal" where !StatusClass.isAbnormal(group.status): continue
            case "stop_protected" where !["available", "failed-over"].contains(group.status): continue
            case "period_no_dr_drill" where group.drillCount > 0: continue
            default: break
            }
            matches.append(group)
        }
        return ListPage(items: query.paging.page(matches).map(view), total: matches.count)
    }

    /// `ShowProtectionGroup`.
    func showGroup(_ id: String) throws -> GroupView {
        try synchronise()
        guard let group = state.groups[id] else { throw APIError.groupNotFound(id) }
        return view(group)
    }

    /// `ListProtectedInstances`.
    func listInstances(_ query: MemberListQuery) throws -> ListPage<InstanceView> {
        try synchronise()
        if let status = query.status, !EmulatorFixture.instanceStatuses.contains(status) {
            throw APIError.sdrs("SDRS.0209", "Incorrect status")
        }
        try Self.checkQueryType(query.queryType, allowed: ["status_abnormal"])
        let candidates: [String]
        if let groupIDs = query.groupIDs {
            candidates = groupIDs.flatMap { instanceIDs(ofGroup: $0) }
        } else if let instanceIDs = query.instanceIDs {
            candidates = instanceIDs.filter { state.instances[$0] != nil }
        } else {
            candidates = state.instanceOrder
        }
        var matches: [EmulatedInstance] = []
        var seen: Set<String> = []
        for id in candidates where seen.insert(id).inserted {
            guard let instance = state.instances[id] else { continue }
            if !memberMatches(status: instance.status, name: instance.name, groupID: instance.groupID, query) {
                continue
            }
            matches.append(instance)
        }
        return ListPage(items: query.paging.page(matches).map(view), total: matches.count)
    }

    /// `ShowProtectedInstance`.
    func showInstance(_ id: String) throws -> InstanceView {
        try synchronise()
        guard let instance = state.instances[id] else {
            throw APIError.sdrs("SDRS.1320", "Protected instance not found: \(id)")
        }
        return view(instance)
    }

    /// `ListReplications`.
    func listReplications(_ query: MemberListQuery) throws -> ListPage<EmulatedReplication> {
        try synchronise()
        if let status = query.status, !EmulatorFixture.replicationStatuses.contains(status) {
            throw APIError.sdrs("SDRS.0209", "Incorrect status")
        }
        try Self.checkQueryType(query.queryType, allowed: ["status_abnormal"])
        let candidates: [String]
        if let groupIDs = query.groupIDs {
            candidates = groupIDs.flatMap { replicationIDs(ofGroup: $0) }
        } else if let instanceIDs = query.instanceIDs {
            candidates = instanceIDs.flatMap { indexes.replicationsByInstance[$0] ?? [] }
        } else {
            candidates = state.replicationOrder
        }
        var matches: [EmulatedReplication] = []
        var seen: Set<String> = []
        for id in candidates where seen.insert(id).inserted {
            guard let replication = state.replications[id] else { continue }
            if !memberMatches(status: replication.status, name: replication.name, groupID: replication.groupID, query) {
                continue
            }
            matches.append(replication)
        }
        return ListPage(items: query.paging.page(matches), total: matches.count)
    }

    /// `ShowReplication`.
    func showReplication(_ id: String) throws -> EmulatedReplication {
        try synchronise()
        guard let replication = state.replications[id] else {
            throw APIError.sdrs("SDRS.1608", "Replication pair not found: \(id)")
        }
        return replication
    }

    // MARK: - Helpers

    private func memberMatches(status: String, name: String, groupID: String, _ query: MemberListQuery) -> Bool {
        if let wanted = query.status, status != wanted { return false }
        if let filter = query.name, !StatusClass.fuzzyMatches(name, filter) { return false }
        if query.queryType == "status_abnormal", !StatusClass.isAbnormal(status) { return false }
        if let zone = query.availabilityZone, state.groups[groupID]?.currentProductionAvailabilityZone != zone {
            return false
        }
        return true
    }

    private static func checkQueryType(_ queryType: String?, allowed: Set<String>) throws {
        guard let queryType, !queryType.isEmpty, queryType != "general" else { return }
        guard allowed.contains(queryType) else {
            throw APIError.sdrs("SDRS.0201", "Invalid request parameters: query_type '\(queryType)'")
        }
    }

    func view(_ group: EmulatedGroup) -> GroupView {
        GroupView(
            group: group, instanceCount: instanceIDs(ofGroup: group.id).count,
            replicationCount: replicationIDs(ofGroup: group.id).count
        )
    }

    func view(_ instance: EmulatedInstance) -> InstanceView {
        let attachments = (indexes.replicationsByInstance[instance.id] ?? []).compactMap { id in
            state.replications[id].map { InstanceView.Attachment(replicationID: $0.id, device: $0.device) }
        }
        return InstanceView(instance: instance, attachments: attachments)
    }
}
