// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Where a declared group stands against Git, as `switchyard drift` reports it.
///
/// Exactly one state per declared group; when several apply, the first of this order wins:
/// `missing` (no single live group), `degraded` (broken: needs a person), `in-progress` (SDRS is
/// busy with the group), `drifted` (healthy, production at the other site), `in-sync`. Every fact
/// found is still listed in the group's reasons, whatever its state.
public enum DriftState: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Production is at the site Git declares and nothing is wrong.
    case inSync = "in-sync"
    /// Healthy, but production is at the other site (someone switched it, or a switch is pending).
    case drifted
    /// SDRS is in the middle of an operation on the group (`reversing`, `failing-over`, or another
    /// transient status such as `reprotecting`); look again when it settles.
    case inProgress = "in-progress"
    /// The group needs a person: an `error-*` status, `failed-over`, protection not enabled, an
    /// unknown status or production site, broken or faulty replication, invalid instances, deleted
    /// or misplaced servers.
    case degraded
    /// The declaration matches no single live group: not found, ambiguous name, ID/name conflict,
    /// or an invalid declaration (an AZ that is not the group's, a duplicate).
    case missing

    /// Whether this state counts as drift (everything but `in-sync`).
    public var isDrift: Bool { self != .inSync }

    /// A one-character marker for text and Markdown output.
    public var symbol: String {
        switch self {
        case .inSync: "="
        case .drifted: "~"
        case .inProgress: ">"
        case .degraded: "!"
        case .missing: "?"
        }
    }

    public var description: String { rawValue }

    /// The state as people read it in `language` (`drifted`, `已漂移`): the code itself in English.
    public func label(_ language: Language) -> String {
        let key: MessageKey = switch self {
        case .inSync: .driftStateInSync
        case .drifted: .driftStateDrifted
        case .inProgress: .driftStateInProgress
        case .degraded: .driftStateDegraded
        case .missing: .driftStateMissing
        }
        return language(key)
    }
}
