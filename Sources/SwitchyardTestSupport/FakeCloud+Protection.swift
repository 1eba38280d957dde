// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// Failover, re-protect, enable and disable protection, by the rules of the SDRS reference §12.3.
extension FakeCloud {
    public func failoverProtectionGroup(id: String) async throws -> CloudJobID {
        try record("FailoverProtectionGroup", id)
        let group = try knownGroup(id, operation: "StartFailoverProtectionGroup")
        guard ["protected", "error-failing-over", "error-reversing"].contains(group.status), let production = group.priorityStation else {
            throw CloudError(kind: .rejected, operation: "StartFailoverProtectionGroup", httpStatus: 400, code: "SDRS.1319", message: "status \(group.status) does not allow failover")
        }
        updateGroup(id) { $0.status = "failing-over" }
        return makeJob(.sdrs, type: "failoverProtectionGroupNoCG", polls: pollsPerJobByGroup[id]) { cloud, _ in
            await cloud.updateGroup(id) { $0.status = "failed-over"; $0.priorityStation = production.other }
        }
    }

    public func startProtectionGroup(id: String) async throws -> CloudJobID {
        try record("StartProtectionGroup", id)
        let group = try knownGroup(id, operation: "StartProtectionGroup")
        switch group.status {
        case "failed-over", "error-reprotecting":
            let other = group.priorityStation.map { group.availabilityZone(of: $0.other) }
            let serverIDs = Set(instances.filter { $0.groupID == id }.flatMap(\.serverIDs))
            if serverIDs.compactMap({ servers[$0] }).contains(where: { $0.availabilityZone == other && $0.status != "SHUTOFF" }) {
                throw CloudError(kind: .rejected, operation: "StartProtectionGroup", httpStatus: 400, code: "SDRS.1342", message: "DR server not stopped")
            }
            updateGroup(id) { $0.status = "reprotecting" }
            return makeJob(.sdrs, type: "reprotectProtectionGroupNoCG", polls: pollsPerJobByGroup[id]) { cloud, _ in
                await cloud.updateGroup(id) { $0.status = "protected" }
            }
        case "available", "error-starting":
            updateGroup(id) { $0.status = "starting" }
            return makeJob(.sdrs, type: "startProtectionGroupNoCG", polls: pollsPerJobByGroup[id]) { cloud, _ in
                await cloud.updateGroup(id) { $0.status = "protected" }
            }
        default:
            throw CloudError(kind: .rejected, operation: "StartProtectionGroup", httpStatus: 400, code: "SDRS.1319", message: "status \(group.status) does not allow start-server-group")
        }
    }

    public func stopProtectionGroup(id: String) async throws -> CloudJobID {
        try record("StopProtectionGroup", id)
        let group = try knownGroup(id, operation: "StopProtectionGroup")
        guard ["protected", "error-stopping"].contains(group.status) else {
            throw CloudError(kind: .rejected, operation: "StopProtectionGroup", httpStatus: 400, code: "SDRS.1319", message: "status \(group.status) does not allow stop-server-group")
        }
        updateGroup(id) { $0.status = "stopping" }
        return makeJob(.sdrs, type: "stopProtectionGroupNoCG", polls: pollsPerJobByGroup[id]) { cloud, _ in
            await cloud.updateGroup(id) { $0.status = "available" }
        }
    }

    private func knownGroup(_ id: String, operation: String) throws -> LiveGroup {
        guard let group = groups[id] else {
            throw CloudError(kind: .notFound, operation: operation, httpStatus: 400, code: "SDRS.1013", message: "no group")
        }
        return group
    }
}
