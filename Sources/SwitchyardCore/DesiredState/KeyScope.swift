// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The keys one mapping of the desired-state format allows, and how to talk about that mapping.
struct KeyScope: Sendable {
    /// Where the mapping is, for messages: "at the top level", "in 'defaults'", "in a group".
    var description: MessageKey
    /// Where a key of this scope belongs, for hints: "under 'defaults'", "in a group".
    var home: MessageKey
    /// The allowed keys, in the order the documentation lists them.
    var keys: [String]

    static let topLevel = KeyScope(
        description: .inputScopeTopLevel, home: .inputScopeTopLevel,
        keys: ["version", "cloud", "defaults", "policy", "groups"])
    static let cloud = KeyScope(description: .inputScopeCloud, home: .inputHomeCloud, keys: ["region", "projectId"])
    static let defaults = KeyScope(
        description: .inputScopeDefaults, home: .inputHomeDefaults,
        keys: ["shutdown", "startAfterSwitch", "switchTimeout", "shutdownTimeout", "onFailure", "protection"])
    static let policy = KeyScope(
        description: .inputScopePolicy, home: .inputHomePolicy, keys: ["maxSwitchesPerRun", "parallelism"])
    static let group = KeyScope(
        description: .inputScopeGroup, home: .inputScopeGroup,
        keys: [
            "id", "name", "activeSite", "dependsOn", "shutdown", "startAfterSwitch", "switchTimeout",
            "shutdownTimeout", "onFailure", "rto", "protection", "failover",
        ])
    static let failover = KeyScope(description: .inputScopeFailover, home: .inputHomeFailover, keys: ["reason"])

    static let all: [KeyScope] = [.topLevel, .cloud, .defaults, .policy, .group, .failover]

    /// A did-you-mean for a near miss, else where the key belongs when it is valid elsewhere,
    /// else the list of keys allowed here.
    func hint(forUnknownKey key: String) -> Phrase {
        if let suggestion = SpellingSuggestion.bestMatch(for: key, among: keys) {
            return Phrase(.inputHintDidYouMean, ["suggestion": "\(suggestion)"])
        }
        let homes = Self.all.filter { $0.keys.contains(key) }.map { Phrase($0.home) }
        if let first = homes.first {
            // "under 'defaults' or in a group": each further home joined with "or".
            let all = homes.dropFirst().reduce(first) { Phrase(.inputOr, ["first": .phrase($0), "second": .phrase($1)]) }
            return Phrase(.inputHintBelongs, ["key": "\(key)", "homes": .phrase(all)])
        }
        return Phrase(.inputHintAllowedKeys, ["keys": "\(keys.joined(separator: ", "))"])
    }
}
