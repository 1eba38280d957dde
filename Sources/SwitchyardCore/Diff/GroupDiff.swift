// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What the differ found for one address: a declared group paired with its live protection group
/// (or the reason it could not be paired), or a live group nobody declared.
///
/// Produced by `Differ.diff(desired:live:)`; consumed by `Planner` (and later by drift). It holds
/// facts only: whether a switch is allowed is the planner's decision.
public struct GroupDiff: Sendable, Hashable, Codable {
    /// The address plans and reports use: `GroupSelector.address` for declared groups, the live
    /// group's name (or ID when the name is empty) for unmanaged ones.
    public var address: String
    /// The declaration; `nil` only for `.unmanaged`.
    public var desired: DesiredGroup?
    /// How the declaration was resolved against the cloud.
    public var resolution: Resolution

    /// The outcome of resolving a declared group (or of finding an undeclared one).
    public enum Resolution: Sendable, Hashable, Codable {
        /// Exactly one live group matched and `activeSite` resolved to one of its sides.
        case resolved(ResolvedGroup)
        /// No live group has the declared ID (or name).
        case notFound
        /// The declared name matches several live groups; their IDs, sorted.
        case ambiguous(candidateIDs: [String])
        /// Both ID and name were declared and they do not name the same live group.
        case idNameConflict(IDNameConflict)
        /// The group resolved, but the declaration does not fit it (an `activeSite` AZ that is neither
        /// of the group's, or a second declaration of the same live group).
        case invalid(group: LiveGroup, problem: InvalidDeclaration)
        /// A live group no declaration resolved to. Listed, never touched.
        case unmanaged(LiveGroup)
    }

    /// Creates a diff; `Differ` is the usual producer.
    public init(address: String, desired: DesiredGroup?, resolution: Resolution) {
        self.address = address
        self.desired = desired
        self.resolution = resolution
    }

    /// The live group, when one was identified (resolved, invalid or unmanaged).
    public var liveGroup: LiveGroup? {
        switch resolution {
        case .resolved(let resolved): resolved.live
        case .invalid(let group, _): group
        case .unmanaged(let group): group
        case .notFound, .ambiguous, .idNameConflict: nil
        }
    }
}

/// The two halves of an ID/name mismatch, so the message can name both.
public struct IDNameConflict: Sendable, Hashable, Codable {
    /// The declared ID and the name of the live group that has it (`nil`: no group has the ID).
    public var declaredID: String
    /// The name of the live group that has `declaredID`, or `nil` when no group has it.
    public var nameOfGroupWithID: String?
    /// The declared name and the IDs of the live groups that have it, sorted (empty: none).
    public var declaredName: String
    /// The IDs of the live groups named `declaredName`, sorted (empty: none).
    public var idsOfGroupsWithName: [String]

    /// Creates a conflict description.
    public init(declaredID: String, nameOfGroupWithID: String?, declaredName: String, idsOfGroupsWithName: [String]) {
        self.declaredID = declaredID
        self.nameOfGroupWithID = nameOfGroupWithID
        self.declaredName = declaredName
        self.idsOfGroupsWithName = idsOfGroupsWithName
    }
}

/// Why a declaration that found its live group still cannot be used.
public enum InvalidDeclaration: Sendable, Hashable, Codable {
    /// `activeSite` names an AZ that is neither the group's source nor its target AZ.
    case activeSiteNotInGroup(zone: String)
    /// Another declaration (its address) resolves to the same live group.
    case duplicateOf(address: String)
}
