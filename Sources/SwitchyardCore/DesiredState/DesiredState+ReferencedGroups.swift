// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension DesiredState {
    /// IDs of the live groups the declared groups can refer to (by ID or by name): the groups whose
    /// instances, replications and servers must be observed. Ambiguous names include every match.
    public func referencedGroupIDs(in live: [LiveGroup]) -> Set<String> {
        let ids = Set(groups.compactMap(\.selector.id))
        let names = Set(groups.compactMap(\.selector.name))
        return Set(live.filter { ids.contains($0.id) || names.contains($0.name) }.map(\.id))
    }
}
