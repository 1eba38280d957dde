// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// `DrillAPI` in memory, for core unit tests: a created drill is `creating` for `pollsPerTransition`
/// reads, then `available` with one drill server per entry of `instancesByGroup` (or `error` when
/// its group is in `failCreate`); a deleted drill is `deleting` for as many reads, then gone (or
/// `error-deleting` for groups in `failDelete`). Deleting a drill that is not `available`, `error`
/// or `error-deleting` throws like SDRS.1913. Every call is recorded.
public actor FakeDrillCloud: DrillAPI {
    struct Entry {
        var drill: LiveDrill
        var remainingReads: Int
        var target: DrillStatus?
    }

    /// Group ID → its protected instance IDs.
    public var instancesByGroup: [String: [String]]
    public var pollsPerTransition: Int
    public var failCreate: Set<String> = []
    public var failDelete: Set<String> = []
    public private(set) var calls: [String] = []
    var entries: [String: Entry] = [:]
    var order: [String] = []
    var nextID = 1
    /// Fake cloud time: one second per read.
    var tick: TimeInterval = 0

    public init(instancesByGroup: [String: [String]], pollsPerTransition: Int = 2) {
        self.instancesByGroup = instancesByGroup
        self.pollsPerTransition = pollsPerTransition
    }

    /// Sets a test knob.
    public func configure(_ body: @Sendable (isolated FakeDrillCloud) -> Void) { body(self) }

    /// Adds a drill as if an earlier run had created it.
    public func seed(_ drill: LiveDrill) {
        entries[drill.id] = Entry(drill: drill, remainingReads: 0, target: nil)
        order.append(drill.id)
    }

    /// The drills that exist now.
    public var drills: [LiveDrill] { order.compactMap { entries[$0]?.drill } }

    public func listDrills(groupIDs: [String]) async throws -> [LiveDrill] {
        calls.append("ListDrills \(groupIDs.joined(separator: ","))")
        advance()
        return drills.filter { groupIDs.contains($0.groupID) }
    }

    public func showDrill(id: String) async throws -> LiveDrill? {
        calls.append("ShowDrill \(id)")
        advance()
        return entries[id]?.drill
    }

    public func createDrill(groupID: String, name: String, drillVPCID: String?) async throws -> CloudJobID {
        calls.append("CreateDrill \(groupID) \(name)")
        let id = "drill-\(nextID)"
        nextID += 1
        let drill = LiveDrill(
            id: id, name: name, status: .creating, groupID: groupID, drillVPCID: drillVPCID ?? "vpc-\(id)",
            createdAt: now, updatedAt: now)
        entries[id] = Entry(drill: drill, remainingReads: pollsPerTransition, target: failCreate.contains(groupID) ? .error : .available)
        order.append(id)
        return CloudJobID(service: .sdrs, id: "job-create-\(id)")
    }

    public func deleteDrill(id: String) async throws -> CloudJobID {
        calls.append("DeleteDrill \(id)")
        guard let entry = entries[id] else {
            throw CloudError(kind: .notFound, operation: "DeleteDisasterRecoveryDrill", httpStatus: 404, code: "SDRS.1902", message: "not found")
        }
        guard entry.drill.status.allowsDelete else {
            throw CloudError(kind: .rejected, operation: "DeleteDisasterRecoveryDrill", httpStatus: 400, code: "SDRS.1913", message: "cannot delete in status \(entry.drill.status)")
        }
        entries[id]?.drill.status = .deleting
        entries[id]?.remainingReads = pollsPerTransition
        entries[id]?.target = failDelete.contains(entry.drill.groupID) ? .errorDeleting : nil
        return CloudJobID(service: .sdrs, id: "job-delete-\(id)")
    }

    private var now: Date { Date(timeIntervalSince1970: 1_700_000_000 + tick) }

    /// One read: every transitional drill gets one read closer to its end.
    private func advance() {
        tick += 1
        for id in order {
            guard var entry = entries[id], entry.drill.status.isTransitional else { continue }
            entry.remainingReads -= 1
            if entry.remainingReads <= 0 {
                if entry.drill.status == .deleting && entry.target == nil {
                    entries[id] = nil
                    order.removeAll { $0 == id }
                    continue
                }
                entry.drill.status = entry.target ?? .available
                entry.drill.updatedAt = now
                if entry.drill.status == .available {
                    entry.drill.servers = (instancesByGroup[entry.drill.groupID] ?? []).map {
                        LiveDrill.Server(protectedInstanceID: $0, drillServerID: "\(id)-\($0)")
                    }
                }
            }
            entries[id] = entry
        }
    }
}
