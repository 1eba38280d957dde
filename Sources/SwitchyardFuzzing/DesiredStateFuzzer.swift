// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Desired-state bytes → parser → (when valid) planner → saved-plan round trip.
///
/// Promises checked: a state comes back exactly when there is no error; every located diagnostic
/// names the file at a 1-based line and column; a valid state has unique addresses and resolved,
/// acyclic `dependsOn`; and the plan made from it is one the saved-plan loader accepts unchanged.
enum DesiredStateFuzzer {
    static let file = "fuzz.yaml"

    static func run(_ data: Data) {
        let result = DesiredStateParser.parse(data: data, file: file)
        precondition((result.state == nil) == result.diagnostics.hasErrors, "a state is returned exactly when there is no error")
        for diagnostic in result.diagnostics.sorted {
            precondition(!diagnostic.message.isEmpty, "every diagnostic says something")
            if let location = diagnostic.location {
                precondition(location.file == file && location.line >= 1 && location.column >= 1, "diagnostic at \(location)")
            }
            _ = diagnostic.description
        }
        guard let state = result.state else { return }
        let addresses = state.groups.map(\.address)
        precondition(Set(addresses).count == addresses.count, "a valid state has unique addresses")
        for group in state.groups {
            precondition(group.dependsOn.allSatisfy(Set(addresses).contains), "dependsOn resolves")
        }
        let plan = Planner.plan(desired: state, live: madeUpCloud(for: state), options: PlanOptions(desired: state, projectID: "fuzz-project", region: "fuzz-region"))
        SavedPlanFuzzer.roundTrip(plan)
    }

    /// A live state in which every group declared by ID or name exists, protected at the source
    /// side, so the planner gets as far as switching and waves.
    static func madeUpCloud(for state: DesiredState) -> LiveState {
        let groups = state.groups.enumerated().map { index, group in
            LiveGroup(
                id: group.selector.id ?? "fuzz-group-\(index)", name: group.selector.name ?? "", status: "protected",
                priorityStation: index.isMultiple(of: 2) ? .source : .target, sourceAvailabilityZone: "fuzz-az-1",
                targetAvailabilityZone: "fuzz-az-2", replicationCount: 0, protectedInstanceCount: 0
            )
        }
        return LiveState(groups: groups)
    }
}
