// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Sentences shared by the text and Markdown renderers, so both say the same thing.
enum PlanWording {
    /// `switch source (az-a) → target (az-b)`, `in sync at target (az-b)`, `blocked: ...`.
    static func headline(_ group: GroupPlan) -> String {
        let live = group.liveSite?.description ?? "unknown"
        let desired = group.desiredSite?.description ?? group.activeSite
        switch group.action {
        case .switchover: return "switch \(live) → \(desired)"
        case .completeSwitchover: return "complete the switchover in flight \(live) → \(desired)"
        case .startServers:
            let count = group.steps.flatMap(\.serverIDs).count
            return "start production at \(desired): \(count == 1 ? "1 server" : "\(count) servers") down"
        case .failover: return "FAIL OVER \(live) → \(desired) (replication stops; unreplicated data may be lost)"
        case .reprotect: return "re-protect at \(live): replication restarts towards the other site"
        case .enableProtection: return "enable protection at \(live)"
        case .disableProtection: return "disable protection at \(live): replication stops"
        case .inSync: return "in sync at \(desired)"
        case .blocked:
            if group.liveSite == nil { return "blocked: should be at \(desired); production site unknown" }
            return group.liveSite == group.desiredSite ? "blocked at \(desired)" : "blocked: should be at \(desired), is at \(live)"
        case .notFound: return "not found"
        case .ambiguous: return "ambiguous name"
        case .invalid: return "invalid declaration"
        case .excluded: return "excluded"
        }
    }

    /// `group 40df… (status protected), rto 15m, on failure leave-stopped`, or `nil` when unresolved
    /// with no live group.
    static func facts(_ group: GroupPlan) -> String? {
        var parts: [String] = []
        if let id = group.groupID {
            parts.append("group \(id)" + (group.observation.map { " (status \($0.status))" } ?? ""))
        }
        if group.action == .switchover || group.action == .completeSwitchover || group.action == .failover {
            if let rto = group.rto { parts.append("rto \(rto)") }
        }
        if group.action == .failover, let reason = group.failoverReason {
            parts.append("failover declared: \(reason)")
        }
        if group.action == .switchover {
            parts.append(group.settings.onFailure == .restartOriginal
                ? "on failure restart-original (if the switchover fails, the original production servers are started again)"
                : "on failure \(group.settings.onFailure.rawValue)")
        }
        if group.action.isUnresolved { parts.append("declared at \(group.location)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// One line per step, without numbering.
    static func steps(_ group: GroupPlan) -> [String] {
        var previousStop: [String]?
        return group.steps.map { step in
            defer { if case .stopServers(let ids, _) = step { previousStop = ids } else { previousStop = nil } }
            switch step {
            case .stopServers(let ids, let mode):
                let (production, other) = bySite(ids, group)
                var parts: [String] = []
                if !production.isEmpty {
                    parts.append("\(count(production)) at \(zone(group.liveSite)): \(servers(production, group))")
                }
                if !other.isEmpty {
                    parts.append("\(other.count == 1 ? "the DR-site server" : "\(other.count) DR-site servers") at \(zone(group.desiredSite)) that \(other.count == 1 ? "runs" : "run"), because SDRS needs every server of the group shut down for a switchover: \(servers(other, group))")
                }
                if group.action == .failover {
                    return "fence: stop (\(mode.rawValue)) \(count(ids)) at \(zone(group.liveSite)) that ECS still reaches, so that both sites never run: \(servers(ids, group))"
                }
                if group.action == .reprotect {
                    return "stop (\(mode.rawValue)) \(count(ids)) at the other site, the old production (SDRS re-protects only with them shut down): \(servers(ids, group))"
                }
                return "stop (\(mode.rawValue)) " + parts.joined(separator: "; and ")
            case .waitForShutdown(let ids, let timeout, let escalate):
                let verb = ids.count == 1 ? "is" : "are"
                let then = escalate
                    ? "; after \(timeout), force off (HARD) any still running and wait again"
                    : "; the group fails if \(ids.count == 1 ? "it is" : "they are") not shut down by then"
                let allStopped = ids.allSatisfy { id in
                    group.observation?.server(id).map { $0.status == "SHUTOFF" && $0.taskState == nil } ?? false
                }
                let sites = switch group.action {
                case .failover: zone(group.liveSite)
                case .reprotect: ids.first.flatMap { group.observation?.server($0)?.availabilityZone } ?? "the other site"
                default: group.liveSite.map { [$0.availabilityZone, group.desiredSite?.availabilityZone ?? "?"].joined(separator: " and ") } ?? "?"
                }
                if previousStop == nil && allStopped {
                    return "confirm \(count(ids)) at \(sites) \(verb) shut down (already SHUTOFF): \(servers(ids, group))"
                }
                let extra = previousStop == ids ? "" : ": \(servers(ids, group))"
                return "wait up to \(timeout) until \(count(ids)) at \(sites) \(verb) shut down\(then)\(extra)"
            case .reverse(let site):
                return "reverse the protection group: priority_station \(site) (\(zone(group.desiredSite))) becomes production"
            case .waitForSwitch(let site, let timeout):
                if group.action == .completeSwitchover {
                    return "wait up to \(timeout) for the switchover already in flight (started elsewhere) to finish with the group protected at \(site); no second switchover is sent"
                }
                return "wait up to \(timeout) for the switchover job and for the group to be protected at \(site)"
            case .startServers(let ids):
                if group.action == .failover {
                    return "start \(count(ids)) at \(zone(group.desiredSite)), once no server ECS reaches at the old site runs: \(servers(ids, group))"
                }
                return "start \(count(ids)) at \(zone(group.desiredSite)), once every server at the other site is shut down: \(servers(ids, group))"
            case .failover(let site):
                return "FAIL OVER the protection group (failover-server-group): \(site) (\(zone(group.desiredSite))) becomes production without a shutdown; replication stops"
            case .waitForFailover(let site, let timeout):
                return "wait up to \(timeout) for the failover job and for the group to be failed-over at \(site); no second failover is sent"
            case .reprotect:
                return "re-protect the group (start-server-group): replication restarts from \(zone(group.liveSite)) to the other site"
            case .enableProtection:
                return "enable protection (start-server-group)"
            case .disableProtection:
                return "disable protection (stop-server-group): replication stops"
            case .waitForProtection(let enabled, let timeout):
                return "wait up to \(timeout) for the job and for the group to be \(enabled ? "protected" : "available (protection off)"); no second call is sent"
            }
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
    static func sectionHeading(_ section: Int) -> String? {
        switch section {
        case 1: "Blocked or unresolved (apply changes nothing here; the reasons say what to do):"
        case 2: "In sync, with notes:"
        default: nil
        }
    }

    /// The symbols' meanings, one line.
    /// Printed two spaces apart, as many per line as the width allows.
    static let legendItems = ["~ switch (or complete one)", "~! FAIL OVER", "+ start production or protection", "- stop protection", "= in sync", "! blocked", "? unresolved", "# excluded"]

    /// `1 server`, `2 servers`.
    static func count(_ ids: [String]) -> String { ids.count == 1 ? "1 server" : "\(ids.count) servers" }

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
    static func unmanaged(_ group: UnmanagedGroup) -> String {
        let production = group.priorityStation.map { "production \($0) (\(group.productionAvailabilityZone ?? "?"))" } ?? "production unknown"
        return "\(group.name.isEmpty ? "(no name)" : group.name) (\(group.id)): status \(group.status), \(production)"
    }

    /// `project 0605…, region cn-north-4`, or `nil` when neither is known.
    static func scope(_ inputs: PlanInputs) -> String? {
        let parts = [inputs.projectID.map { "project \($0)" }, inputs.region.map { "region \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `Error: file:line:column: message (hint)`.
    static func diagnostic(_ diagnostic: Diagnostic) -> String {
        let (label, text) = diagnosticParts(diagnostic)
        return "\(label): \(text)"
    }

    /// (`Error`, `file:line:column: message (hint)`).
    static func diagnosticParts(_ diagnostic: Diagnostic) -> (label: String, text: String) {
        let label = switch diagnostic.severity {
        case .error: "Error"
        case .warning: "Warning"
        case .note: "Note"
        }
        var text = ""
        if let location = diagnostic.location { text += "\(location): " }
        text += diagnostic.message
        if let hint = diagnostic.hint { text += " (\(hint))" }
        return (label, text)
    }

    private static func zone(_ site: SiteLocation?) -> String { site?.availabilityZone ?? "?" }
}
