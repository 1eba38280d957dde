// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Checks a saved group's steps against what the plan itself says: its action, its observation, its
/// desired site and its settings. `apply PLAN` executes the steps as written, so an edited step is
/// either consistent with the rest of the plan (and executed) or refused here, never silently
/// replaced.
enum SavedPlanStepCheck {
    /// One sentence per problem; empty for steps as `Planner` makes them.
    static func problems(of group: GroupPlan) -> [String] {
        let name = "group '\(group.address)'"
        let kinds = group.steps.map(\.kind)
        guard group.action.isChange else {
            return kinds.isEmpty ? [] : ["\(name): only a group to change has steps"]
        }
        guard let desired = group.desiredSite?.site, let observation = group.observation else { return [] }
        let allowed: [StepKind] = switch group.action {
        case .switchover: [.stopServers, .waitForShutdown, .reverse, .waitForSwitch, .startServers]
        case .completeSwitchover: [.waitForSwitch, .startServers]
        case .failover: [.stopServers, .waitForShutdown, .failover, .waitForFailover, .startServers]
        case .reprotect: [.stopServers, .waitForShutdown, .reprotect, .waitForProtection]
        case .enableProtection: [.enableProtection, .waitForProtection]
        case .disableProtection: [.disableProtection, .waitForProtection]
        default: [.startServers]
        }
        var problems: [String] = []
        if group.action == .failover && (group.failoverReason ?? "").isEmpty {
            problems.append("\(name): a failover without the declaration's reason (failover_reason); only a declared failover is planned")
        }
        var position = 0
        for kind in kinds {
            guard let index = allowed[position...].firstIndex(of: kind) else {
                problems.append("\(name): step \(kind.rawValue) is out of place for a group to \(group.action.rawValue)")
                return problems
            }
            position = index + 1
        }
        let required: [StepKind] = switch group.action {
        case .switchover: [.reverse, .waitForSwitch]
        case .completeSwitchover: [.waitForSwitch]
        case .failover: [.waitForFailover]
        case .reprotect, .enableProtection, .disableProtection: [.waitForProtection]
        default: [.startServers]
        }
        for kind in required where !kinds.contains(kind) {
            problems.append("\(name): a group to \(group.action.rawValue) needs a \(kind.rawValue) step")
        }
        let known = Set(observation.servers.filter(\.exists).map(\.id))
        let atDesired = Set(observation.servers.filter { $0.site == desired }.map(\.id))
        for step in group.steps {
            let unknown = step.serverIDs.filter { !known.contains($0) }
            if !unknown.isEmpty {
                problems.append("\(name): step \(step.kind.rawValue) names servers the observation does not have: \(unknown.joined(separator: ", "))")
            }
            switch step {
            case .stopServers(_, let mode):
                if (mode == .hard) != (group.settings.shutdown == .hard) {
                    problems.append("\(name): the stop mode \(mode.rawValue) contradicts shutdown \(group.settings.shutdown.rawValue)")
                }
            case .waitForShutdown(_, let timeout, let escalate):
                if timeout != group.settings.shutdownTimeout || escalate != (group.settings.shutdown == .softThenHard) {
                    problems.append("\(name): the shutdown wait contradicts the settings (shutdown_timeout, shutdown)")
                }
            case .failover(let site), .waitForFailover(let site, _):
                if site != desired {
                    problems.append("\(name): step \(step.kind.rawValue) goes to \(site), but the desired site is \(desired)")
                }
                if case .waitForFailover(_, let timeout) = step, timeout != group.settings.switchTimeout {
                    problems.append("\(name): the failover wait contradicts switch_timeout")
                }
            case .waitForProtection(let enabled, let timeout):
                if enabled != (group.action != .disableProtection) || timeout != group.settings.switchTimeout {
                    problems.append("\(name): the protection wait contradicts the action or switch_timeout")
                }
            case .reprotect, .enableProtection, .disableProtection:
                break
            case .reverse(let site), .waitForSwitch(let site, _):
                if site != desired {
                    problems.append("\(name): step \(step.kind.rawValue) goes to \(site), but the desired site is \(desired)")
                }
                if case .waitForSwitch(_, let timeout) = step, timeout != group.settings.switchTimeout {
                    problems.append("\(name): the switch wait contradicts switch_timeout")
                }
            case .startServers(let ids):
                if !group.settings.startAfterSwitch {
                    problems.append("\(name): a start step contradicts start_after_switch false")
                }
                let elsewhere = ids.filter { known.contains($0) && !atDesired.contains($0) }
                if !elsewhere.isEmpty {
                    problems.append("\(name): the start step names servers outside the desired site: \(elsewhere.joined(separator: ", "))")
                }
            }
        }
        if case .stopServers(let stops, _)? = group.steps.first(where: { $0.kind == .stopServers }),
           case .waitForShutdown(let waits, _, _)? = group.steps.first(where: { $0.kind == .waitForShutdown }),
           !Set(stops).isSubset(of: Set(waits)) {
            problems.append("\(name): the stop step names servers the shutdown wait does not")
        }
        return problems
    }
}
