// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Pairs every declared group with its live protection group and places every server on a site.
///
/// A pure function over values: no I/O, no clock, no logger. It records facts (which live group,
/// which side is desired, where each server is); deciding whether a switch may run is the
/// `Planner`'s job.
public enum Differ {
    /// Resolves each declared group, then lists the live groups nobody declared.
    ///
    /// - A declared ID and name must name the same live group, else `.idNameConflict` naming both.
    /// - A name matching several live groups is `.ambiguous` (their IDs listed); none is `.notFound`.
    /// - `activeSite` as an AZ name must be one of the group's two AZs, else `.invalid`.
    /// - Two declarations resolving to the same live group: the second is `.invalid(.duplicateOf)`.
    /// - Each server's site comes from its ECS AZ, never from SDRS's `source_server`/`target_server`.
    ///
    /// - Returns: declared groups in file order, then the live groups no declaration refers to
    ///   (`.unmanaged`), sorted by address and ID. Candidates of an ambiguous name and both parties
    ///   of an ID/name conflict count as referred to.
    public static func diff(desired: DesiredState, live: LiveState) -> [GroupDiff] {
        let index = live.makeIndex()
        var claimedBy: [String: String] = [:]  // live group ID → address of the first declaration
        var result: [GroupDiff] = []
        for group in desired.groups {
            var resolution = resolve(group.selector, in: index)
            if case .resolved(let liveGroup) = resolution {
                if let first = claimedBy[liveGroup.live.id] {
                    resolution = .invalid(group: liveGroup.live, problem: .duplicateOf(address: first))
                } else {
                    claimedBy[liveGroup.live.id] = group.address
                    resolution = place(liveGroup.live, activeSite: group.activeSite, index: index)
                }
            }
            result.append(GroupDiff(address: group.address, desired: group, resolution: resolution))
        }
        let referenced = Set(result.flatMap { referencedIDs($0.resolution, index: index) })
        let unmanaged = live.groups
            .filter { !referenced.contains($0.id) }
            .map { GroupDiff(address: $0.name.isEmpty ? $0.id : $0.name, desired: nil, resolution: .unmanaged($0)) }
            .sorted { ($0.address, $0.liveGroup?.id ?? "") < ($1.address, $1.liveGroup?.id ?? "") }
        return result + unmanaged
    }

    /// The live groups a declaration refers to, even when it could not be resolved to exactly one:
    /// those are not "unmanaged", the user meant one of them.
    private static func referencedIDs(_ resolution: GroupDiff.Resolution, index: LiveState.Index) -> [String] {
        switch resolution {
        case .resolved(let group): [group.live.id]
        case .invalid(let group, _): [group.id]
        case .ambiguous(let candidateIDs): candidateIDs
        case .idNameConflict(let conflict):
            (index.groupsByID[conflict.declaredID] == nil ? [] : [conflict.declaredID]) + conflict.idsOfGroupsWithName
        case .notFound, .unmanaged: []
        }
    }

    /// A resolution that is `.resolved` carries a placeholder `ResolvedGroup` until `place` runs.
    private static func resolve(_ selector: GroupSelector, in index: LiveState.Index) -> GroupDiff.Resolution {
        let byID = selector.id.flatMap { index.groupsByID[$0] }
        let byName = selector.name.map { index.groupsByName[$0] ?? [] } ?? []
        switch (selector.id, selector.name) {
        case let (id?, name?):
            if let byID, byID.name == name { return placeholder(byID) }
            if byID == nil && byName.isEmpty { return .notFound }
            return .idNameConflict(IDNameConflict(
                declaredID: id,
                nameOfGroupWithID: byID?.name,
                declaredName: name,
                idsOfGroupsWithName: byName.map(\.id).sorted()
            ))
        case (_?, nil):
            return byID.map(placeholder) ?? .notFound
        case (nil, _?):
            if byName.count > 1 { return .ambiguous(candidateIDs: byName.map(\.id).sorted()) }
            return byName.first.map(placeholder) ?? .notFound
        case (nil, nil):
            return .notFound
        }
    }

    private static func placeholder(_ group: LiveGroup) -> GroupDiff.Resolution {
        .resolved(ResolvedGroup(live: group, desiredSite: .source, instances: [], replications: [], findings: []))
    }

    /// Resolves `activeSite` and places the servers of the group's instances.
    private static func place(_ group: LiveGroup, activeSite: ActiveSite, index: LiveState.Index) -> GroupDiff.Resolution {
        let desiredSite: Site
        switch activeSite {
        case .source: desiredSite = .source
        case .target: desiredSite = .target
        case .availabilityZone(let zone):
            guard let site = group.site(ofAvailabilityZone: zone) else {
                return .invalid(group: group, problem: .activeSiteNotInGroup(zone: zone))
            }
            desiredSite = site
        }
        var findings: [PlacementFinding] = []
        let instances = (index.instancesByGroup[group.id] ?? []).sorted { $0.id < $1.id }.map { instance in
            let servers = instance.serverIDs.map { serverID -> PlacedServer in
                let server = index.server(serverID)
                guard server.exists else {
                    findings.append(.serverMissing(serverID: serverID, instanceID: instance.id))
                    return PlacedServer(server: server, instanceID: instance.id, site: nil)
                }
                let site = server.availabilityZone.flatMap(group.site(ofAvailabilityZone:))
                if site == nil {
                    findings.append(.serverOutsideGroupZones(serverID: serverID, instanceID: instance.id, zone: server.availabilityZone))
                }
                return PlacedServer(server: server, instanceID: instance.id, site: site)
            }
            let sites = servers.compactMap(\.site)
            if sites.count == 2, sites[0] == sites[1] {
                findings.append(.instanceOnOneSite(instanceID: instance.id, site: sites[0]))
            }
            return PlacedInstance(instance: instance, servers: servers)
        }
        let replications = (index.replicationsByGroup[group.id] ?? []).sorted { $0.id < $1.id }
        return .resolved(ResolvedGroup(
            live: group,
            desiredSite: desiredSite,
            instances: instances,
            replications: replications,
            findings: findings
        ))
    }
}
