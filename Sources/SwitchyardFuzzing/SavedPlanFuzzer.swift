// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Plan bytes → `SavedPlan.decode` → (when accepted) everything `apply` derives from a saved plan.
///
/// Promises checked: a refusal is one sentence naming the file; an accepted plan re-renders to JSON
/// that is accepted again as the same plan; and the desired state apply rebuilds from it has one
/// group per switching group.
enum SavedPlanFuzzer {
    static let file = "fuzz-plan.json"

    static func run(_ data: Data) {
        let plan: Plan
        do {
            plan = try SavedPlan.decode(data, path: file)
        } catch {
            precondition(error.message.hasPrefix(file + ": ") && !error.message.contains("\n"), "a refusal names the file: \(error.message)")
            return
        }
        roundTrip(plan)
        let rebuilt = SavedPlan.desiredState(of: plan)
        precondition(rebuilt.groups.count == plan.groups.filter { $0.action == .switchover }.count, "one desired group per switch")
        _ = PlanTextRenderer().render(plan)
        _ = PlanMarkdownRenderer().render(plan)
    }

    /// A plan the loader accepted (or the planner made) survives render → decode unchanged.
    static func roundTrip(_ plan: Plan) {
        let problems = SavedPlanValidator.problems(in: plan)
        precondition(problems.isEmpty, "a consistent plan: \(problems)")
        let text: String
        do {
            text = try PlanJSONRenderer().render(plan)
        } catch {
            preconditionFailure("a plan always encodes: \(error)")
        }
        do {
            let again = try SavedPlan.decode(Data(text.utf8), path: file)
            precondition(again == plan, "render → decode gives the same plan")
        } catch {
            preconditionFailure("a rendered plan loads again: \(error)")
        }
    }
}
