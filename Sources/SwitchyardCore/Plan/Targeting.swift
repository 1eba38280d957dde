// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// `--target` and `--exclude` (semantics documented on `PlanOptions`).
enum Targeting {
    /// Marks the groups left out as `.excluded` (with a note saying why and what they would otherwise
    /// be) and returns an error per address that names no group. (`Planner` adds the warning that
    /// targeting is in effect once dependencies have been propagated.)
    static func apply(targets: [String], excludes: [String], to groups: inout [GroupPlan]) -> [Diagnostic] {
        guard !targets.isEmpty || !excludes.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        func resolve(_ addresses: [String], flag: String) -> Set<String> {
            var found: Set<String> = []
            for address in addresses {
                let matches = groups.filter { $0.address == address || $0.selector.id == address || $0.selector.name == address }
                if matches.isEmpty {
                    diagnostics.append(Diagnostic(severity: .error, .diagnosticNoSuchTarget, ["flag": .text(flag), "address": .text(address)]))
                }
                found.formUnion(matches.map(\.address))
            }
            return found
        }
        let targeted = resolve(targets, flag: "--target")
        let excluded = resolve(excludes, flag: "--exclude")
        let byAddress = Dictionary(groups.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })

        var included: [String: String?] = [:]  // address → the target that pulled it in (nil: targeted itself)
        var queue = targeted.sorted()
        for address in queue { included[address] = .some(nil) }
        while !queue.isEmpty {
            let address = queue.removeFirst()
            for dependency in byAddress[address]?.dependsOn ?? [] where included[dependency] == nil && byAddress[dependency] != nil {
                included[dependency] = .some(address)
                queue.append(dependency)
            }
        }
        for index in groups.indices {
            let address = groups[index].address
            if excluded.contains(address) {
                exclude(&groups[index], because: Phrase(.excludedByFlag))
            } else if !targets.isEmpty, included[address] == nil {
                exclude(&groups[index], because: Phrase(.excludedNotTargeted))
            } else if case .some(.some(let dependant)) = included[address] {
                groups[index].notes.append(Message(.includedAsDependency, ["dependant": .text(dependant)]))
            }
        }
        return diagnostics
    }

    /// Turns a group into `.excluded`, keeping what it would otherwise have been as a note.
    static func exclude(_ group: inout GroupPlan, because reason: Phrase) {
        let otherwise = wouldBe(group)
        group.action = .excluded
        group.wave = nil
        group.steps = []
        group.reasons = []
        group.advisories = []
        group.notes = [Message(.excludedOtherwise, ["reason": .phrase(reason), "otherwise": .phrase(otherwise)])]
    }

    /// A short phrase for what a group's plan says, e.g. `switch source (az-a) → target (az-b)`.
    static func wouldBe(_ group: GroupPlan) -> Phrase {
        let live = Phrase.Argument.text(group.liveSite?.description ?? "?")
        let desired = Phrase.Argument.text(group.desiredSite?.description ?? "?")
        return switch group.action {
        case .completeSwitchover: Phrase(.wouldComplete, ["desired": desired])
        case .startServers: Phrase(.wouldStart, ["count": .text(String(group.steps.flatMap(\.serverIDs).count)), "desired": desired])
        case .switchover: Phrase(.wouldSwitch, ["live": live, "desired": desired])
        case .failover: Phrase(.wouldFailover, ["live": live, "desired": desired])
        case .reprotect: Phrase(.wouldReprotect, ["live": live])
        case .enableProtection: Phrase(.wouldEnable)
        case .disableProtection: Phrase(.wouldDisable)
        case .inSync: Phrase(.wouldInSync)
        case .blocked: Phrase(.wouldBlocked, ["codes": .text(group.reasons.map(\.code.rawValue).joined(separator: ", "))])
        case .notFound: Phrase(.headlineNotFound)
        case .ambiguous: Phrase(.headlineAmbiguous)
        case .invalid: Phrase(.headlineInvalid)
        case .excluded: Phrase(.headlineExcluded)
        }
    }
}
