// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Why a group cannot be switched (or could not be resolved), with a sentence a person can act on.
///
/// `code` is stable and meant for machines (JSON consumers, tests, drift); `message` is for people and
/// may be reworded. `subject` names the resource concerned (instance, server, replication pair or
/// dependency) when there is one. A group collects every reason that applies, not just the first.
public struct BlockReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind of problem. Encoded as its kebab-case raw value.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        // The group itself
        case noReplicationPairs = "no-replication-pairs"
        case switchoverInProgress = "switchover-in-progress"
        case failoverInProgress = "failover-in-progress"
        case failedOver = "failed-over"
        case protectionNotEnabled = "protection-not-enabled"
        case groupBusy = "group-busy"
        case groupFailed = "group-failed"
        case groupStatusUnknown = "group-status-unknown"
        case priorityStationUnknown = "priority-station-unknown"
        // Protected instances and their servers
        case serverDeleted = "server-deleted"
        case instanceInvalid = "instance-invalid"
        case instanceNotProtected = "instance-not-protected"
        case instanceFrozen = "instance-frozen"
        case instanceOnOneSite = "instance-on-one-site"
        case serverFrozen = "server-frozen"
        case serverLocked = "server-locked"
        case serverStatus = "server-status"
        case serverOutsideGroupZones = "server-outside-group-zones"
        /// A server of the other site runs while production is down: starting production would run
        /// both sites.
        case drSiteServerRunning = "dr-site-server-running"
        /// Servers of the production site are unreachable (ECS status UNKNOWN or ERROR): a planned
        /// switchover cannot shut them down; the message names the failover declaration.
        case productionSiteDown = "production-site-down"
        /// The file's `protection:` and `activeSite` ask for things SDRS cannot do together now.
        case protectionConflict = "protection-conflict"
        // Replication pairs
        case replicationLinkBroken = "replication-link-broken"
        case replicationDiskInaccessible = "replication-disk-inaccessible"
        case replicationFault = "replication-fault"
        case replicationNotProtected = "replication-not-protected"
        // Other groups
        case dependencyBlocked = "dependency-blocked"
        case dependencyCycle = "dependency-cycle"
        // Resolving the declaration
        case notFound = "not-found"
        case ambiguousName = "ambiguous-name"
        case idNameConflict = "id-name-conflict"
        case activeSiteNotInGroup = "active-site-not-in-group"
        case duplicateDeclaration = "duplicate-declaration"
    }

    /// The kind of problem (stable, for machines).
    public var code: Code
    /// What is wrong and what to do, one sentence (clauses joined by semicolons), no trailing period.
    public var message: String
    /// The ID (or, for dependencies, the address) of the resource concerned, if any.
    public var subject: String?

    /// The catalogue phrase the message was made from, to write it in another ``Language``; `nil`
    /// for a reason read back from JSON (which carries only the English `message`).
    public var phrase: Phrase?

    /// Creates a reason with a fixed message, the same in every language.
    public init(code: Code, message: String, subject: String? = nil) {
        self.code = code
        self.message = message
        self.subject = subject
    }

    /// Creates a reason from the catalogue: `message` is its English text.
    public init(code: Code, _ key: MessageKey, _ arguments: [String: Phrase.Argument] = [:], subject: String? = nil) {
        let phrase = Phrase(key, arguments)
        self.code = code
        self.message = phrase.text(.english)
        self.subject = subject
        self.phrase = phrase
    }

    /// The message in `language` (English for a reason read back from JSON).
    public func text(_ language: Language) -> String {
        guard language != .english, let phrase else { return message }
        return phrase.text(language)
    }

    public var description: String { message }

    /// The reason as a ``Message``: its phrase when it has one, else its English text.
    public var sentence: Message { phrase.map(Message.init) ?? Message(verbatim: message) }

    public static func == (lhs: BlockReason, rhs: BlockReason) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.subject == rhs.subject
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(subject)
    }

    private enum CodingKeys: String, CodingKey {
        case code, message, subject
    }
}
