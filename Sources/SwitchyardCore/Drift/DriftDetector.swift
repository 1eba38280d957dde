// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Turns the differ's output into a `DriftReport`: the "refresh-only" view of a plan.
///
/// Pure: no I/O, no clock. Resolution (which live group a declaration means, where each server
/// is) is `Differ`'s; this type only judges each resolved group's health and site.
public enum DriftDetector {
    /// Group statuses during which SDRS is busy with the group: drift is `in-progress`.
    public static let transientStatuses: Set<GroupStatus> = [.reversing, .failingOver, .creating, .starting, .reprotecting, .stopping, .deleting]

    /// Diffs `desired` against `live` and judges every declared group.
    public static func detect(desired: DesiredState, live: LiveState, projectID: String? = nil, region: String? = nil) -> DriftReport {
        report(diffs: Differ.diff(desired: desired, live: live), desiredFile: desired.file, projectID: projectID, region: region)
    }

    /// Judges `Differ.diff` output. Declared groups are sorted by address in the report.
    ///
    /// The same diffs are planned too (`Planner`, no targeting), so that drift and plan agree: a
    /// group the plan would block carries the plan's block reasons (`GroupDrift.blocked`) and is
    /// never merely `drifted` (it needs a person: `degraded`); a group `apply` would change carries
    /// its wave.
    public static func report(diffs: [GroupDiff], desiredFile: String, projectID: String? = nil, region: String? = nil) -> DriftReport {
        let plan = Planner.plan(diffs, options: PlanOptions(desiredFile: desiredFile))
        var planned: [String: GroupPlan] = [:]
        for group in plan.groups { planned["\(group.address)\u{0}\(group.location)"] = group }
        var groups: [GroupDrift] = []
        var unmanaged: [UnmanagedDriftGroup] = []
        for diff in diffs {
            if case .unmanaged(let live) = diff.resolution {
                unmanaged.append(UnmanagedDriftGroup(
                    address: diff.address, groupID: live.id, status: live.status,
                    liveSite: live.priorityStation, liveAvailabilityZone: live.productionAvailabilityZone
                ))
            } else if let desired = diff.desired {
                groups.append(judge(diff, desired: desired, planned: planned["\(diff.address)\u{0}\(desired.location)"]))
            }
        }
        groups.sort { ($0.address, $0.declaredAt) < ($1.address, $1.declaredAt) }
        return DriftReport(desiredFile: desiredFile, projectID: projectID, region: region, groups: groups, unmanaged: unmanaged)
    }

    /// The verdict for one declared group; `planned` is what the plan decided for it.
    static func judge(_ diff: GroupDiff, desired: DesiredGroup, planned: GroupPlan? = nil) -> GroupDrift {
        var drift = GroupDrift(
            address: diff.address, state: .missing,
            declaredActiveSite: desired.activeSite.description, declaredAt: desired.location.description
        )
        if let live = diff.liveGroup {
            drift.groupID = live.id
            drift.status = live.status
            drift.liveSite = live.priorityStation
            drift.liveAvailabilityZone = live.productionAvailabilityZone
        }
        guard case .resolved(let group) = diff.resolution else {
            drift.reasons = [DriftReasons.unresolved(diff.resolution)].compactMap { $0 }
            return drift
        }
        drift.desiredSite = group.desiredSite
        drift.desiredAvailabilityZone = group.live.availabilityZone(of: group.desiredSite)
        var health = DriftReasons.health(group)
        if desired.protection == .disabled {
            // Declared off: a group without protection is as Git wants it.
            health.removeAll { $0.code == "protection-not-enabled" }
        }
        let blocked = planned.flatMap { $0.action == .blocked && !$0.reasons.isEmpty ? $0.reasons : nil }
        if desired.startAfterSwitch, group.isInSync == true, let down = DriftReasons.productionDown(group, blocked: blocked != nil) {
            health.append(down)
        }
        let busy = transientStatuses.contains(group.live.groupStatus)
        var reasons: [DriftReason] = []
        if busy { reasons.append(DriftReasons.transientStatus(group.live.status)) }
        if let live = group.live.priorityStation, live != group.desiredSite {
            reasons.append(DriftReasons.activeSiteDiffers(group, blocked: blocked != nil))
        }
        reasons += health
        let protection = DriftReasons.protectionDiffers(group, wish: desired.protection, blocked: blocked != nil)
        if let protection { reasons.append(protection) }
        drift.blocked = blocked
        if let planned, planned.action.isChange { drift.wave = planned.wave }
        if !health.isEmpty || (blocked != nil && !busy) {
            drift.state = .degraded
        } else if busy {
            drift.state = .inProgress
        } else if group.isInSync == false || protection != nil {
            drift.state = .drifted
        } else {
            drift.state = .inSync
        }
        drift.reasons = reasons
        if drift.state != .inSync { drift.since = group.live.updatedAt }
        return drift
    }
}
