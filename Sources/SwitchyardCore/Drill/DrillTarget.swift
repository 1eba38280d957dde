// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A protection group to drill: a declared group resolved to its live ID.
public struct DrillTarget: Sendable, Hashable, Codable {
    /// The group's address in the desired state (its name, or its ID when unnamed).
    public var address: String
    /// The live protection group ID.
    public var groupID: String
    /// The declared recovery-time objective; a drill that takes longer fails.
    public var rto: TimeSpan?
    /// The VPC to build the drill servers in; `nil` lets SDRS create one.
    public var drillVPCID: String?

    public init(address: String, groupID: String, rto: TimeSpan? = nil, drillVPCID: String? = nil) {
        self.address = address
        self.groupID = groupID
        self.rto = rto
        self.drillVPCID = drillVPCID
    }

    /// The groups of `plan` that a drill can run on: every declared group the plan resolved to a
    /// live group and did not leave out (`--target`/`--exclude`), in plan order (by address). A drill never
    /// changes production, so a group's plan action (switch, blocked, in sync) does not matter.
    public static func targets(in plan: Plan) -> (targets: [DrillTarget], unresolved: [GroupPlan]) {
        var targets: [DrillTarget] = []
        var unresolved: [GroupPlan] = []
        for group in plan.groups where group.action != .excluded {
            guard let groupID = group.groupID, ![.notFound, .ambiguous, .invalid].contains(group.action) else {
                unresolved.append(group)
                continue
            }
            targets.append(DrillTarget(address: group.address, groupID: groupID, rto: group.rto))
        }
        return (targets, unresolved)
    }
}
