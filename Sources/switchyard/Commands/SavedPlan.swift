// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Loading a saved plan and turning it back into what staleness checks and apply need.
enum SavedPlan {
    /// Reads a plan written by `plan --out`.
    /// - Throws: `PlanLoadError` naming the file for unreadable, non-plan or unsupported files.
    static func load(path: String) throws -> Plan {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlanLoadError(message: "\(path): cannot read the plan file")
        }
        guard data.count <= 64 * 1024 * 1024 else {
            throw PlanLoadError(message: "\(path): the file is too large to be a plan")
        }
        do {
            return try PlanJSONRenderer.decode(data)
        } catch {
            throw PlanLoadError(message: "\(path): not a switchyard plan: \(error)")
        }
    }

    /// A desired state equivalent to the plan's switching groups, addressed by group ID, so the live
    /// state can be diffed again exactly as planned.
    static func desiredState(of plan: Plan) -> DesiredState {
        let groups = plan.groups.compactMap { group -> DesiredGroup? in
            guard group.action == .switchover, let id = group.groupID, let site = group.desiredSite else { return nil }
            return DesiredGroup(
                selector: GroupSelector(id: id), activeSite: site.site == .source ? .source : .target,
                shutdown: group.settings.shutdown, startAfterSwitch: group.settings.startAfterSwitch,
                switchTimeout: group.settings.switchTimeout, shutdownTimeout: group.settings.shutdownTimeout,
                onFailure: group.settings.onFailure, rto: group.rto, location: group.location
            )
        }
        return DesiredState(
            file: plan.inputs.desiredFile, cloud: CloudSettings(region: plan.inputs.region, projectID: plan.inputs.projectID),
            policy: plan.policy.runPolicy, groups: groups
        )
    }
}

struct PlanLoadError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
