// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Sentences shared by the text and Markdown renderers, so both say the same thing.
enum PlanWording {
    /// `switch source (az-a) → target (az-b)`, `in sync at target (az-b)`, `blocked: ...`.
    static func headline(_ group: GroupPlan, _ l: Language = .english) -> String {
        let live = Phrase.Argument.text(group.liveSite?.description ?? l(.unknown))
        let desired = Phrase.Argument.text(group.desiredSite?.description ?? group.activeSite)
        switch group.action {
        case .switchover: return l(.headlineSwitch, ["live": live, "desired": desired])
        case .completeSwitchover: return l(.headlineComplete, ["live": live, "desired": desired])
        case .startServers:
            return l(.headlineStart, ["desired": desired, "servers": .text(count(group.steps.flatMap(\.serverIDs), l))])
        case .failover: return l(.headlineFailover, ["live": live, "desired": desired])
        case .reprotect: return l(.headlineReprotect, ["live": live])
        case .enableProtection: return l(.headlineEnable, ["live": live])
        case .disableProtection: return l(.headlineDisable, ["live": live])
        case .inSync: return l(.headlineInSync, ["desired": desired])
        case .blocked:
            if group.liveSite == nil { return l(.headlineBlockedUnknown, ["desired": desired]) }
            return group.liveSite == group.desiredSite
                ? l(.headlineBlockedAt, ["desired": desired]) : l(.headlineBlocked, ["live": live, "desired": desired])
        case .notFound: return l(.headlineNotFound)
        case .ambiguous: return l(.headlineAmbiguous)
        case .invalid: return l(.headlineInvalid)
        case .excluded: return l(.headlineExcluded)
        }
    }

    /// `group 40df… (status protected), rto 15m, on failure leave-stopped`, or `nil` when unresolved
    /// with no live group.
    static func facts(_ group: GroupPlan, _ l: Language = .english) -> String? {
        var parts: [String] = []
        if let id = group.groupID {
            parts.append(group.observation.map { l(.factGroupStatus, ["id": .text(id), "status": .text($0.status)]) } ?? l(.factGroup, ["id": .text(id)]))
        }
        if group.action == .switchover || group.action == .completeSwitchover || group.action == .failover {
            if let rto = group.rto { parts.append(l(.factRTO, ["rto": .text(rto.description)])) }
        }
        if group.action == .failover, let reason = group.failoverReason {
            parts.append(l(.factFailoverDeclared, ["reason": .text(reason)]))
        }
        if group.action == .switchover {
            parts.append(group.settings.onFailure == .restartOriginal
                ? l(.factOnFailureRestart) : l(.factOnFailure, ["mode": .text(group.settings.onFailure.rawValue)]))
        }
        if group.action.isUnresolved { parts.append(l(.factDeclaredAt, ["location": .text(group.location.description)])) }
        return parts.isEmpty ? nil : parts.joined(separator: l(.listSeparator))
    }

    /// One line per step, without numbering.
    static func steps(_ group: GroupPlan, _ l: Language = .english) -> [String] {
        var previousStop: [String]?
        return group.steps.map { step in
            defer { if case .stopServers(let ids, _) = step { previousStop = ids } else { previousStop = nil } }
            return self.step(step, previousStop: previousStop, group, l)
        }
    }

    private static func step(_ step: Step, previousStop: [String]?, _ group: GroupPlan, _ l: Language) -> String {
        func names(_ ids: [String]) -> Phrase.Argument { .text(servers(ids, group)) }
        func number(_ ids: [String]) -> Phrase.Argument { .text(count(ids, l)) }
        let liveZone = Phrase.Argument.text(zone(group.liveSite)), desiredZone = Phrase.Argument.text(zone(group.desiredSite))
        switch step {
        case .stopServers(let ids, let mode):
            let mode = Phrase.Argument.text(mode.rawValue)
            if group.action == .failover {
                return l(.stepFence, ["mode": mode, "servers": number(ids), "zone": liveZone, "names": names(ids)])
            }
            if group.action == .reprotect {
                return l(.stepStopReprotect, ["mode": mode, "servers": number(ids), "names": names(ids)])
            }
            let (production, other) = bySite(ids, group)
            var parts: [String] = []
            if !production.isEmpty {
                parts.append(l(.stepStopAt, ["servers": number(production), "zone": liveZone, "names": names(production)]))
            }
            if !other.isEmpty {
                parts.append(l(other.count == 1 ? .stepStopDROne : .stepStopDROther, ["count": .text(String(other.count)), "zone": desiredZone, "names": names(other)]))
            }
            return l(.stepStop, ["mode": mode, "parts": .text(parts.joined(separator: l(.stepStopAnd)))])
        case .waitForShutdown(let ids, let timeout, let escalate):
            let then = escalate
                ? l(.stepThenEscalate, ["timeout": .text(timeout.description)])
                : l(ids.count == 1 ? .stepThenFailOne : .stepThenFailOther)
            let allStopped = ids.allSatisfy { id in
                group.observation?.server(id).map { $0.status == "SHUTOFF" && $0.taskState == nil } ?? false
            }
            let sites: String = switch group.action {
            case .failover: zone(group.liveSite)
            case .reprotect: ids.first.flatMap { group.observation?.server($0)?.availabilityZone } ?? l(.theOtherSite)
            default:
                group.liveSite.map {
                    l(.sitesBoth, ["first": .text($0.availabilityZone), "second": .text(group.desiredSite?.availabilityZone ?? "?")])
                } ?? "?"
            }
            if previousStop == nil && allStopped {
                return l(ids.count == 1 ? .stepConfirmOne : .stepConfirmOther, ["servers": number(ids), "sites": .text(sites), "names": names(ids)])
            }
            let extra = previousStop == ids ? "" : l(.stepNames, ["names": names(ids)])
            return l(ids.count == 1 ? .stepWaitShutdownOne : .stepWaitShutdownOther, [
                "timeout": .text(timeout.description), "servers": number(ids), "sites": .text(sites), "then": .text(then), "extra": .text(extra),
            ])
        case .reverse(let site):
            return l(.stepReverse, ["site": .text(site.description), "zone": desiredZone])
        case .waitForSwitch(let site, let timeout):
            let key: MessageKey = group.action == .completeSwitchover ? .stepWaitInFlight : .stepWaitSwitch
            return l(key, ["timeout": .text(timeout.description), "site": .text(site.description)])
        case .startServers(let ids):
            let key: MessageKey = group.action == .failover ? .stepStartAfterFailover : .stepStart
            return l(key, ["servers": number(ids), "zone": desiredZone, "names": names(ids)])
        case .failover(let site):
            return l(.stepFailover, ["site": .text(site.description), "zone": desiredZone])
        case .waitForFailover(let site, let timeout):
            return l(.stepWaitFailover, ["timeout": .text(timeout.description), "site": .text(site.description)])
        case .reprotect:
            return l(.stepReprotect, ["zone": liveZone])
        case .enableProtection:
            return l(.stepEnable)
        case .disableProtection:
            return l(.stepDisable)
        case .waitForProtection(let enabled, let timeout):
            return l(enabled ? .stepWaitProtected : .stepWaitAvailable, ["timeout": .text(timeout.description)])
        }
    }

    /// The IDs at the group's current production site, and the others (DR-site servers), each in
    /// the order given.
    static func bySite(_ ids: [String], _ group: GroupPlan) -> (production: [String], other: [String]) {
        let live = group.liveSite?.site
        let production = ids.filter { id in group.observation?.server(id)?.site == live || live == nil }
        return (production, ids.filter { !production.contains($0) })
    }

    /// The groups a rendering lists in detail, in the one order every view uses: the changes by wave
    /// (then address), then blocked groups, then unresolved ones, then in-sync groups with notes.
    static func detailed(_ plan: Plan) -> [GroupPlan] {
        func rank(_ group: GroupPlan) -> Int {
            if group.action.isChange { return 0 }
            if group.action == .blocked { return 1 }
            if group.action.isUnresolved { return 2 }
            return 3
        }
        return plan.groups
            .filter { $0.action != .excluded && ($0.action != .inSync || !$0.notes.isEmpty) }
            .sorted { (rank($0), $0.wave ?? 0, $0.address) < (rank($1), $1.wave ?? 0, $1.address) }
    }

    /// The section of `detailed` a group is in: 0 changes, 1 blocked or unresolved, 2 in sync with
    /// notes.
    static func section(_ group: GroupPlan) -> Int {
        if group.action.isChange { return 0 }
        if group.action == .blocked || group.action.isUnresolved { return 1 }
        return 2
    }

    /// The heading a section starts with (none for the changes, which come first).
    static func sectionHeading(_ section: Int, _ l: Language = .english) -> String? {
        switch section {
        case 1: l(.sectionBlocked)
        case 2: l(.sectionInSyncNotes)
        default: nil
        }
    }

    /// The symbols' meanings, one line.
    /// Printed two spaces apart, as many per line as the width allows.
    static func legendItems(_ l: Language = .english) -> [String] {
        [.legendSwitch, .legendFailover, .legendStart, .legendStop, .legendInSync, .legendBlocked, .legendUnresolved, .legendExcluded].map { l($0) }
    }

    /// `1 server`, `2 servers`.
    static func count(_ ids: [String], _ l: Language = .english) -> String { l.count(ids.count, one: .serversOne, other: .serversOther) }

    /// `ids` in the one order every step names servers in: by the protected instance they belong
    /// to (its name, then ID), the current production site's server first, then by server name and
    /// ID. The plan's steps keep their IDs sorted (machine output); this is for people, so a stop
    /// step and a start step list `db-01, db-02` alike although the two sites' ECS IDs sort apart.
    static func ordered(_ ids: [String], _ group: GroupPlan) -> [String] {
        guard let observation = group.observation else { return ids }
        let instances = Dictionary(observation.instances.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let production = group.liveSite?.site
        func key(_ id: String) -> (String, String, Int, String, String) {
            guard let server = observation.server(id) else { return ("\u{10FFFF}", "", 1, "", id) }
            let instance = instances[server.instanceID]
            return (instance?.name ?? server.name, server.instanceID, server.site == production ? 0 : 1, server.name, id)
        }
        return ids.sorted { key($0) < key($1) }
    }

    /// `db-01 (id1), db-02 (id2)`, names from the observation, in ``ordered(_:_:)`` order.
    static func servers(_ ids: [String], _ group: GroupPlan) -> String {
        ordered(ids, group).map { id in
            let name = group.observation?.server(id)?.name ?? ""
            return name.isEmpty ? id : "\(name) (\(id))"
        }.joined(separator: ", ")
    }

    /// The group's compact line in an unmanaged list.
    static func unmanaged(_ group: UnmanagedGroup, _ l: Language = .english) -> String {
        let production = group.priorityStation.map {
            l(.unmanagedProduction, ["station": .text($0.description), "zone": .text(group.productionAvailabilityZone ?? "?")])
        } ?? l(.unmanagedProductionUnknown)
        return l(.unmanagedLine, [
            "name": .text(group.name.isEmpty ? l(.noName) : group.name), "id": .text(group.id), "status": .text(group.status), "production": .text(production),
        ])
    }

    /// `project 0605…, region cn-north-4`, or `nil` when neither is known.
    static func scope(_ inputs: PlanInputs, _ l: Language = .english) -> String? {
        scope(projectID: inputs.projectID, region: inputs.region, l)
    }

    /// `project 0605…, region cn-north-4` (plan and drift alike), or `nil` when neither is known.
    static func scope(projectID: String?, region: String?, _ l: Language) -> String? {
        let parts = [projectID.map { l(.scopeProject, ["id": .text($0)]) }, region.map { l(.scopeRegion, ["region": .text($0)]) }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: l(.listSeparator))
    }

    /// `Error: file:line:column: message (hint)`.
    static func diagnostic(_ diagnostic: Diagnostic, _ l: Language = .english) -> String {
        let (label, text) = diagnosticParts(diagnostic, l)
        return "\(label): \(text)"
    }

    /// (`Error`, `file:line:column: message (hint)`).
    static func diagnosticParts(_ diagnostic: Diagnostic, _ l: Language = .english) -> (label: String, text: String) {
        let label = switch diagnostic.severity {
        case .error: l(.diagnosticError)
        case .warning: l(.diagnosticWarning)
        case .note: l(.diagnosticNote)
        }
        let place = diagnostic.location.map { "\($0): " } ?? ""
        return (label, place + diagnostic.text(l))
    }

    private static func zone(_ site: SiteLocation?) -> String { site?.availabilityZone ?? "?" }
}
