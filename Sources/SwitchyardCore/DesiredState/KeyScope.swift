// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The keys one mapping of the desired-state format allows, and how to talk about that mapping.
struct KeyScope: Sendable {
    /// Where the mapping is, for messages: "at the top level", "in 'defaults'", "in a group".
    var description: String
    /// Where a key of this scope belongs, for hints: "under 'defaults'", "in a group".
    var home: String
    /// The allowed keys, in the order the documentation lists them.
    var keys: [String]

    static let topLevel = KeyScope(
        description: "at the top level", home: "at the top level",
        keys: ["version", "cloud", "defaults", "policy", "groups"])
    static let cloud = KeyScope(description: "in 'cloud'", home: "under 'cloud'", keys: ["region", "projectId"])
    static let defaults = KeyScope(
        description: "in 'defaults'", home: "under 'defaults'",
        keys: ["shutdown", "startAfterSwitch", "switchTimeout", "shutdownTimeout", "onFailure", "protection"])
    static let policy = KeyScope(
        description: "in 'policy'", home: "under 'policy'", keys: ["maxSwitchesPerRun", "parallelism"])
    static let group = KeyScope(
        description: "in a group", home: "in a group",
        keys: [
            "id", "name", "activeSite", "dependsOn", "shutdown", "startAfterSwitch", "switchTimeout",
            "shutdownTimeout", "onFailure", "rto", "protection", "failover",
        ])
    static let failover = KeyScope(description: "in 'failover'", home: "under a group's 'failover'", keys: ["reason"])

    static let all: [KeyScope] = [.topLevel, .cloud, .defaults, .policy, .group, .failover]

    /// A did-you-mean for a near miss, else where the key belongs when it is valid elsewhere,
    /// else the list of keys allowed here.
    func hint(forUnknownKey key: String) -> String {
        if let suggestion = SpellingSuggestion.bestMatch(for: key, among: keys) {
            return "did you mean '\(suggestion)'?"
        }
        let homes = Self.all.filter { $0.keys.contains(key) }.map(\.home)
        if !homes.isEmpty {
            return "'\(key)' belongs \(homes.joined(separator: " or "))"
        }
        return "allowed keys here: \(keys.joined(separator: ", "))"
    }
}
