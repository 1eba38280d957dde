// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension DriftReport {
    /// The report with the DR drills that exist for its declared groups: each one a
    /// `drill-left-running` reason on its group, which is then degraded (Git declares no drill; a
    /// drill costs money for its servers and holds its VPC's CIDR). A drill `switchyard drill` is
    /// running at this very moment shows too: scheduled drift checks and drills should not overlap.
    public func addingDrills(_ drills: [LiveDrill]) -> DriftReport {
        guard !drills.isEmpty else { return self }
        var groups = self.groups
        for index in groups.indices {
            guard let id = groups[index].groupID else { continue }
            let own = drills.filter { $0.groupID == id }.sorted { $0.id < $1.id }
            guard !own.isEmpty else { continue }
            for drill in own {
                let name = drill.name.isEmpty ? drill.id : "'\(drill.name)' (\(drill.id))"
                groups[index].reasons.append(DriftReason(code: "drill-left-running", .driftDrillLeftRunning, [
                    "drill": .text(name), "status": .text(drill.status.rawValue),
                    "servers": .phrase(Phrase(drill.servers.count == 1 ? .driftDrillServersOne : .driftDrillServersOther, ["count": .text(String(drill.servers.count))])),
                    "vpc": drill.drillVPCID.map { .phrase(Phrase(.driftDrillVPC, ["vpc": .text($0)])) } ?? .text(""),
                ]))
            }
            if groups[index].state == .inSync || groups[index].state == .drifted || groups[index].state == .inProgress {
                groups[index].state = .degraded
                if groups[index].since == nil { groups[index].since = own.compactMap(\.createdAt).min().map { $0.formatted(.iso8601) } }
            }
        }
        return DriftReport(desiredFile: desiredFile, projectID: projectID, region: region, groups: groups, unmanaged: unmanaged)
    }
}
