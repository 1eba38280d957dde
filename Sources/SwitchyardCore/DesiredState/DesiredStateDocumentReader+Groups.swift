// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Yams

extension DesiredStateDocumentReader {
    mutating func readGroups(_ node: Node) -> [GroupDraft] {
        guard let items = reader.sequence(node, for: "groups", hint: "write each group as a list item: '- name: erp-db'")
        else { return [] }
        if items.isEmpty {
            reader.error(
                "'groups' is empty", hint: "declare at least one protection group", at: YAMLPosition(of: node))
        }
        return items.compactMap { readGroup($0) }
    }

    private mutating func readGroup(_ node: Node) -> GroupDraft? {
        guard case .mapping = node else {
            let example = node.tagName == .str ? node.scalar.map { "write '- name: \($0.string)' and give it an 'activeSite'" } : nil
            reader.error(
                "expected a group (a mapping with a 'name' or an 'id'), found \(YAMLReader.describe(node))",
                hint: example, at: YAMLPosition(of: node))
            return nil
        }
        var group = GroupDraft(position: YAMLPosition(of: node))
        var seen = reader.misspelledKeys(of: node, in: .group)
        for entry in reader.entries(of: node, in: .group) {
            seen.insert(entry.key)
            readGroupEntry(entry, into: &group)
        }
        if !seen.contains("id") && !seen.contains("name") {
            reader.error(
                "a group needs a 'name' or an 'id'",
                hint: "name the protection group by its name, its ID, or both", at: group.position)
        }
        if !seen.contains("activeSite") {
            reader.error(
                "missing required key 'activeSite' in group \(group.label)",
                hint: "set it to source, target or an availability-zone name such as cn-north-4a", at: group.position)
        }
        return group
    }

    private mutating func readGroupEntry(_ entry: YAMLEntry, into group: inout GroupDraft) {
        let value = entry.value, key = entry.key
        switch key {
        case "id": group.id = readGroupID(value)
        case "name": group.name = readGroupName(value)
        case "activeSite": group.activeSite = readActiveSite(value)
        case "dependsOn": group.dependsOn = readDependsOn(value)
        case "shutdown": group.shutdown = reader.choice(value, for: key, as: ShutdownMode.self)
        case "startAfterSwitch": group.startAfterSwitch = reader.boolean(value, for: key)
        case "switchTimeout": group.switchTimeout = reader.duration(value, for: key)
        case "shutdownTimeout": group.shutdownTimeout = reader.duration(value, for: key)
        case "onFailure": group.onFailure = reader.choice(value, for: key, as: FailurePolicy.self)
        case "rto": group.rto = reader.duration(value, for: key)
        case "protection": group.protection = reader.choice(value, for: key, as: ProtectionWish.self)
        case "failover": group.failover = readFailover(value)
        default: break
        }
    }

    /// `failover: {reason: "..."}`: the emergency declaration. The reason is required, so that a
    /// failover never slips into a file without a person saying why.
    private mutating func readFailover(_ node: Node) -> Located<String>? {
        guard reader.isMapping(node, for: "failover") else { return nil }
        var reason: Located<String>?
        let entries = reader.entries(of: node, in: .failover)
        for entry in entries where entry.key == "reason" {
            guard let text = reader.string(entry.value, for: "reason") else { continue }
            let position = YAMLPosition(of: entry.value)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.unicodeScalars.count > 500 {
                reader.error(
                    "a failover reason must be 1 to 500 characters long, found \(trimmed.unicodeScalars.count)",
                    hint: "say why production cannot be shut down, e.g. reason: \"INC-4711: cn-north-4a is down\"", at: position)
            } else if TerminalText.hasInvisibleCharacters(text) {
                reader.error("the failover reason contains a control or format character", hint: "write it on one line, in plain text", at: position)
            } else {
                reason = Located(value: trimmed, position: YAMLPosition(of: node))
            }
        }
        if !entries.contains(where: { $0.key == "reason" }) && reader.misspelledKeys(of: node, in: .failover).isEmpty {
            reader.error(
                "a failover declaration needs a 'reason'",
                hint: "failover: {reason: \"INC-4711: cn-north-4a is down\"}; a failover stops replication and may lose the data not yet copied, so say why",
                at: YAMLPosition(of: node))
        }
        return reason
    }

    private mutating func readGroupID(_ node: Node) -> Located<String>? {
        guard let text = reader.string(node, for: "id") else { return nil }
        let position = YAMLPosition(of: node)
        guard IdentifierFormat.isGroupID(text) else {
            let hint =
                IdentifierFormat.isGroupID(text.lowercased())
                ? "write it in lowercase: \(text.lowercased())"
                : "a protection group ID is a UUID such as 40df180b-9fe2-471a-8c64-1b758dc84189; to select a group by name, use 'name:'"
            reader.error("invalid group id '\(Self.shown(text))'", hint: hint, at: position)
            return nil
        }
        return Located(value: text, position: position)
    }

    private mutating func readGroupName(_ node: Node) -> Located<String>? {
        guard let text = reader.string(node, for: "name") else { return nil }
        let position = YAMLPosition(of: node)
        let length = text.unicodeScalars.count
        guard (1...64).contains(length) else {
            reader.error("a group name must be 1 to 64 characters long, found \(length)", at: position)
            return nil
        }
        // A name is shown in terminals, Markdown comments, metrics labels and file names: one
        // that holds a control or format character (ESC, CR, LF, NUL, U+202E) is refused.
        if TerminalText.hasInvisibleCharacters(text) {
            reader.error(
                "the group name '\(Self.shown(text))' contains a control or format character",
                hint: "use letters, digits, '-', '_' and '.'; name the protection group by its id if its cloud name has such characters",
                at: position)
            return nil
        }
        if IdentifierFormat.isGroupID(text) {
            reader.warning(
                "the name '\(text)' looks like a protection group ID",
                hint: "to select the group by its ID, write 'id: \(text)'", at: position)
        }
        return Located(value: text, position: position)
    }

    private mutating func readActiveSite(_ node: Node) -> ActiveSite? {
        guard let text = reader.string(node, for: "activeSite") else { return nil }
        if text == "source" || text == "target" || IdentifierFormat.isAvailabilityZone(text) {
            return ActiveSite(text: text)
        }
        var hint = "expected source, target or an availability-zone name such as cn-north-4a"
        if IdentifierFormat.isRegion(text) {
            hint = "'\(Self.shown(text))' is a region; name one of its availability zones, such as \(text)a"
        } else if let suggestion = SpellingSuggestion.bestMatch(for: text, among: ["source", "target"]) {
            hint += "; did you mean '\(suggestion)'?"
        }
        reader.error("invalid activeSite '\(Self.shown(text))'", hint: hint, at: YAMLPosition(of: node))
        return nil
    }

    /// A value from the file as a diagnostic shows it: control characters visible, cut after
    /// ``TerminalText/maximumValueLength`` characters.
    static func shown(_ text: String) -> String {
        TerminalText.line(text, limit: TerminalText.maximumValueLength)
    }

    private mutating func readDependsOn(_ node: Node) -> [Located<String>] {
        let hint = node.tagName == .str ? node.scalar.map { "write it as a list: dependsOn: [\($0.string)]" } : nil
        guard let items = reader.sequence(node, for: "dependsOn", hint: hint) else { return [] }
        return items.compactMap { item in
            reader.string(item, for: "dependsOn").map { Located(value: $0, position: YAMLPosition(of: item)) }
        }
    }
}
