// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The reasons for declarations that could not be tied to exactly one usable live group.
enum Unresolved {
    static func notFound(_ selector: GroupSelector) -> BlockReason {
        let message = switch (selector.id, selector.name) {
        case let (id?, name?):
            "no protection group has ID \(id) or the name '\(name)' in this project and region; check the declaration (and the project and region)"
        case let (id?, nil):
            "no protection group has ID \(id) in this project and region; check the ID (and the project and region)"
        case let (nil, name?):
            "no protection group is named '\(name)' in this project and region; check the name (and the project and region)"
        case (nil, nil):
            "the declaration names no protection group"
        }
        return BlockReason(code: .notFound, message: message, subject: selector.id ?? selector.name)
    }

    static func ambiguous(_ selector: GroupSelector, candidateIDs: [String]) -> BlockReason {
        BlockReason(
            code: .ambiguousName,
            message: "\(candidateIDs.count) protection groups are named '\(selector.name ?? "")' (IDs \(candidateIDs.joined(separator: ", "))); declare the group by its id as well",
            subject: selector.name
        )
    }

    static func conflict(_ conflict: IDNameConflict) -> BlockReason {
        let idPart = conflict.nameOfGroupWithID.map { "ID \(conflict.declaredID) is the group named '\($0)'" }
            ?? "ID \(conflict.declaredID) matches no group"
        let namePart = switch conflict.idsOfGroupsWithName.count {
        case 0: "the name '\(conflict.declaredName)' matches no group"
        case 1: "the group named '\(conflict.declaredName)' has ID \(conflict.idsOfGroupsWithName[0])"
        default: "the name '\(conflict.declaredName)' matches groups \(conflict.idsOfGroupsWithName.joined(separator: ", "))"
        }
        return BlockReason(
            code: .idNameConflict,
            message: "the declared id and name point at different groups: \(idPart), but \(namePart); fix whichever is wrong",
            subject: conflict.declaredID
        )
    }

    static func invalid(_ problem: InvalidDeclaration, group: LiveGroup) -> BlockReason {
        switch problem {
        case .activeSiteNotInGroup(let zone):
            BlockReason(
                code: .activeSiteNotInGroup,
                message: "activeSite '\(zone)' is neither of the group's availability zones (source \(group.sourceAvailabilityZone), target \(group.targetAvailabilityZone)); use source, target or one of those zone names",
                subject: zone
            )
        case .duplicateOf(let address):
            BlockReason(
                code: .duplicateDeclaration,
                message: "this declaration resolves to the same protection group (\(group.id)) as \(address); declare each group once",
                subject: address
            )
        }
    }
}
