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
                .inputTopLevelNotMapping, ["found": .phrase(YAMLReader.describe(root))], hint: Phrase(.inputHintTopLevel),
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
            reader.error(.inputMissingKey, ["key": "version"], hint: Phrase(.inputHintAddVersion), at: YAMLPosition(of: root))
        }
        if !seen.contains("groups") {
            reader.error(.inputMissingKey, ["key": "groups"], hint: Phrase(.inputHintListGroups), at: YAMLPosition(of: root))
        }
        return draft
    }

    private mutating func readVersion(_ node: Node) -> Int? {
        guard let version = reader.integer(node, for: "version") else { return nil }
        guard DesiredStateParser.supportedVersions.contains(version) else {
            let known = DesiredStateParser.supportedVersions.map(String.init).joined(separator: ", ")
            reader.error(
                .inputUnsupportedVersion, ["version": "\(version)"], hint: Phrase(.inputHintSupportedVersions, ["versions": "\(known)"]),
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
                        .inputInvalidRegion, ["value": "\(text)"],
                        hint: Phrase(.inputHintZoneNotRegion, ["value": "\(text)", "region": "\(text.dropLast())"]), at: position)
                } else {
                    reader.error(.inputInvalidRegion, ["value": "\(text)"], hint: Phrase(.inputHintRegionExample), at: position)
                }
            case "projectId":
                if IdentifierFormat.isProjectID(text) {
                    cloud.projectID = text
                } else {
                    reader.error(.inputInvalidProjectID, ["value": "\(text)"], hint: Self.projectIDHint(text), at: position)
                }
            default: break
            }
        }
        return cloud
    }

    private static func projectIDHint(_ text: String) -> Phrase {
        if IdentifierFormat.isProjectID(text.lowercased()) {
            return Phrase(.inputHintLowercase, ["value": "\(text.lowercased())"])
        }
        return Phrase(.inputHintProjectIDFormat, ["count": "\(text.unicodeScalars.count)"])
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
                    reader.error(.inputAtLeastOne, ["key": "maxSwitchesPerRun", "value": "\(value)"], at: position)
                }
            case "parallelism":
                if (1...1000).contains(value) {
                    policy.parallelism = value
                } else {
                    reader.error(.inputBetween, ["key": "parallelism", "value": "\(value)"], at: position)
                }
            default: break
            }
        }
    }
}
