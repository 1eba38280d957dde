// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What a plan will do with one declared group. Encoded as its raw value (`"switch"`, `"in-sync"`, ...).
///
/// Like Terraform's `plans.Action`, each case has a display symbol. Only the changes (`isChange`:
/// `.switchover`, `.completeSwitchover`, `.startServers`) have steps; `apply` performs exactly those.
public enum GroupAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Production already runs where the file wants it, and serves (its servers run, or their power
    /// is declared unmanaged). Nothing to do.
    case inSync = "in-sync"
    /// Production must move: the group's `steps` say how.
    case switchover = "switch"
    /// A switchover towards the desired site is already in flight (started by an earlier, interrupted
    /// run or by a person): wait for it, then start the new production servers.
    case completeSwitchover = "complete"
    /// Production is at the desired site but down: some of its servers are stopped. Start them.
    case startServers = "start"
    /// Production must move without a shutdown (the file declares `failover:`): fence what still
    /// runs at the old site, fail over, start the new production. Replication stops; data not yet
    /// copied may be lost; a re-protect follows later. Never chosen without the declaration.
    case failover
    /// The group has failed over and the file wants it protected: shut the other site's servers
    /// down and re-protect (replication restarts towards the other site).
    case reprotect
    /// Protection is off (`available`) and the file wants it on.
    case enableProtection = "enable-protection"
    /// Protection is on and the file declares `protection: disabled`.
    case disableProtection = "disable-protection"
    /// A switch is needed but cannot run now; `reasons` say why and what to do.
    case blocked
    /// No live protection group matches the declaration.
    case notFound = "not-found"
    /// The declared name matches several live groups.
    case ambiguous
    /// The declaration contradicts the cloud (ID/name conflict, an `activeSite` AZ that is not the
    /// group's, or a second declaration of the same group).
    case invalid
    /// Left out of this plan by `--target`/`--exclude`.
    case excluded

    /// `~` switch (or complete one), `~!` fail over (it loses data: it must stand out), `+` start
    /// servers or turn protection on, `-` turn protection off, `=` in sync, `!` blocked, `?`
    /// unresolved, `#` excluded.
    public var symbol: String {
        switch self {
        case .switchover, .completeSwitchover: "~"
        case .failover: "~!"
        case .startServers, .reprotect, .enableProtection: "+"
        case .disableProtection: "-"
        case .inSync: "="
        case .blocked: "!"
        case .notFound, .ambiguous, .invalid: "?"
        case .excluded: "#"
        }
    }

    /// Whether the declaration could not be tied to exactly one usable live group.
    /// Unresolved groups that are not excluded make a plan errored.
    public var isUnresolved: Bool { self == .notFound || self == .ambiguous || self == .invalid }

    /// Whether `apply` changes something for the group (it has steps and a wave).
    public var isChange: Bool {
        switch self {
        case .switchover, .completeSwitchover, .startServers, .failover, .reprotect, .enableProtection, .disableProtection: true
        case .inSync, .blocked, .notFound, .ambiguous, .invalid, .excluded: false
        }
    }
}
