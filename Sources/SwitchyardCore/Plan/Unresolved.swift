// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The reasons for declarations that could not be tied to exactly one usable live group.
enum Unresolved {
    static func notFound(_ selector: GroupSelector) -> BlockReason {
        let key: MessageKey = switch (selector.id, selector.name) {
        case (_?, _?): .reasonNotFoundIDName
        case (_?, nil): .reasonNotFoundID
        case (nil, _?): .reasonNotFoundName
        case (nil, nil): .reasonNotFoundNothing
        }
        let arguments: [String: Phrase.Argument] = ["id": .text(selector.id ?? ""), "name": .text(selector.name ?? "")]
        return BlockReason(code: .notFound, key, arguments, subject: selector.id ?? selector.name)
    }

    static func ambiguous(_ selector: GroupSelector, candidateIDs: [String]) -> BlockReason {
        let arguments: [String: Phrase.Argument] = [
            "count": .text(String(candidateIDs.count)), "name": .text(selector.name ?? ""), "ids": .text(candidateIDs.joined(separator: ", ")),
        ]
        return BlockReason(code: .ambiguousName, .reasonAmbiguous, arguments, subject: selector.name)
    }

    static func conflict(_ conflict: IDNameConflict) -> BlockReason {
        let idPart = conflict.nameOfGroupWithID.map { Phrase(.conflictIDIsNamed, ["id": .text(conflict.declaredID), "name": .text($0)]) }
            ?? Phrase(.conflictIDMatchesNone, ["id": .text(conflict.declaredID)])
        let name = Phrase.Argument.text(conflict.declaredName)
        let namePart = switch conflict.idsOfGroupsWithName.count {
        case 0: Phrase(.conflictNameMatchesNone, ["name": name])
        case 1: Phrase(.conflictNameHasID, ["name": name, "id": .text(conflict.idsOfGroupsWithName[0])])
        default: Phrase(.conflictNameMatchesMany, ["name": name, "ids": .text(conflict.idsOfGroupsWithName.joined(separator: ", "))])
        }
        return BlockReason(code: .idNameConflict, .reasonIDNameConflict, ["idPart": .phrase(idPart), "namePart": .phrase(namePart)], subject: conflict.declaredID)
    }

    static func invalid(_ problem: InvalidDeclaration, group: LiveGroup) -> BlockReason {
        switch problem {
        case .activeSiteNotInGroup(let zone):
            BlockReason(
                code: .activeSiteNotInGroup, .reasonActiveSiteNotInGroup,
                ["zone": .text(zone), "source": .text(group.sourceAvailabilityZone), "target": .text(group.targetAvailabilityZone)],
                subject: zone
            )
        case .duplicateOf(let address):
            BlockReason(code: .duplicateDeclaration, .reasonDuplicateDeclaration, ["id": .text(group.id), "address": .text(address)], subject: address)
        }
    }
}
