// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Yams

/// Reads the sections of a composed desired-state document into a draft, reporting every
/// structural problem (unknown keys, wrong types, bad values) through its `YAMLReader`.
struct DesiredStateDocumentReader {
    /// What the file says, before references between groups are checked.
    struct Draft {
        var version: Int?
        var cloud: CloudSettings?
        var defaults = GroupDefaults()
        var policy = RunPolicy()
        var groups: [GroupDraft] = []
    }

    var reader: YAMLReader

    mutating func read(_ root: Node) -> Draft? {
        guard case .mapping = root else {
            reader.error(
                "expected a mapping at the top level, found \(YAMLReader.describe(root))",
                hint: "a desired-state file is a mapping with 'version: 1' and a 'groups:' list",
                at: YAMLPosition(of: root))
            return nil
        }
        var draft = Draft()
        var seen = reader.misspelledKeys(of: root, in: .topLevel)
        for entry in reader.entries(of: root, in: .topLevel) {
            seen.insert(entry.key)
            switch entry.key {
            case "version": draft.version = readVersion(entry.value)
            case "cloud": draft.cloud = readCloud(entry.value)
            case "defaults": readDefaults(entry.value, into: &draft.defaults)
            case "policy": readPolicy(entry.value, into: &draft.policy)
            case "groups": draft.groups = readGroups(entry.value)
            default: break
            }
        }
        if !seen.contains("version") {
            reader.error("missing required key 'version'", hint: "add 'version: 1'", at: YAMLPosition(of: root))
        }
        if !seen.contains("groups") {
            reader.error(
                "missing required key 'groups'", hint: "list the protection groups to manage under 'groups:'",
                at: YAMLPosition(of: root))
        }
        return draft
    }

    private mutating func readVersion(_ node: Node) -> Int? {
        guard let version = reader.integer(node, for: "version") else { return nil }
        guard DesiredStateParser.supportedVersions.contains(version) else {
            let known = DesiredStateParser.supportedVersions.map(String.init).joined(separator: ", ")
            reader.error(
                "unsupported version \(version)", hint: "this build of switchyard reads version \(known)",
                at: YAMLPosition(of: node))
            return nil
        }
        return version
    }

    private mutating func readCloud(_ node: Node) -> CloudSettings? {
        guard reader.isMapping(node, for: "cloud") else { return nil }
        var cloud = CloudSettings()
        for entry in reader.entries(of: node, in: .cloud) {
            guard let text = reader.string(entry.value, for: entry.key) else { continue }
            let position = YAMLPosition(of: entry.value)
            switch entry.key {
            case "region":
                if IdentifierFormat.isRegion(text) {
                    cloud.region = text
                } else if IdentifierFormat.isAvailabilityZone(text) {
                    reader.error(
                        "invalid region '\(text)'",
                        hint: "'\(text)' is an availability zone; its region is '\(text.dropLast())'", at: position)
                } else {
                    reader.error("invalid region '\(text)'", hint: "expected a region name such as cn-north-4", at: position)
                }
            case "projectId":
                if IdentifierFormat.isProjectID(text) {
                    cloud.projectID = text
                } else {
                    reader.error("invalid projectId '\(text)'", hint: Self.projectIDHint(text), at: position)
                }
            default: break
            }
        }
        return cloud
    }

    private static func projectIDHint(_ text: String) -> String {
        if IdentifierFormat.isProjectID(text.lowercased()) {
            return "write it in lowercase: \(text.lowercased())"
        }
        return "a project ID is 32 hexadecimal digits, found \(text.unicodeScalars.count) characters"
    }

    private mutating func readDefaults(_ node: Node, into defaults: inout GroupDefaults) {
        guard reader.isMapping(node, for: "defaults") else { return }
        for entry in reader.entries(of: node, in: .defaults) {
            switch entry.key {
            case "shutdown":
                if let value = reader.choice(entry.value, for: entry.key, as: ShutdownMode.self) { defaults.shutdown = value }
            case "startAfterSwitch":
                if let value = reader.boolean(entry.value, for: entry.key) { defaults.startAfterSwitch = value }
            case "switchTimeout":
                if let value = reader.duration(entry.value, for: entry.key) { defaults.switchTimeout = value }
            case "shutdownTimeout":
                if let value = reader.duration(entry.value, for: entry.key) { defaults.shutdownTimeout = value }
            case "onFailure":
                if let value = reader.choice(entry.value, for: entry.key, as: FailurePolicy.self) { defaults.onFailure = value }
            case "protection":
                if let value = reader.choice(entry.value, for: entry.key, as: ProtectionWish.self) { defaults.protection = value }
            default: break
            }
        }
    }

    private mutating func readPolicy(_ node: Node, into policy: inout RunPolicy) {
        guard reader.isMapping(node, for: "policy") else { return }
        for entry in reader.entries(of: node, in: .policy) {
            guard let value = reader.integer(entry.value, for: entry.key) else { continue }
            let position = YAMLPosition(of: entry.value)
            switch entry.key {
            case "maxSwitchesPerRun":
                if value >= 1 {
                    policy.maxSwitchesPerRun = value
                } else {
                    reader.error("'maxSwitchesPerRun' must be at least 1, found \(value)", at: position)
                }
            case "parallelism":
                if (1...1000).contains(value) {
                    policy.parallelism = value
                } else {
                    reader.error("'parallelism' must be between 1 and 1000, found \(value)", at: position)
                }
            default: break
            }
        }
    }
}
