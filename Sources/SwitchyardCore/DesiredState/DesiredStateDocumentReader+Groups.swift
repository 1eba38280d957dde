// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Yams

extension DesiredStateDocumentReader {
    mutating func readGroups(_ node: Node) -> [GroupDraft] {
        guard let items = reader.sequence(node, for: "groups", hint: Phrase(.inputHintGroupListItem)) else { return [] }
        if items.isEmpty {
            reader.error(.inputGroupsEmpty, hint: Phrase(.inputHintDeclareGroup), at: YAMLPosition(of: node))
        }
        return items.compactMap { readGroup($0) }
    }

    private mutating func readGroup(_ node: Node) -> GroupDraft? {
        guard case .mapping = node else {
            let example = node.tagName == .str ? node.scalar.map { Phrase(.inputHintGroupFromString, ["name": "\($0.string)"]) } : nil
            reader.error(.inputNotAGroup, ["found": .phrase(YAMLReader.describe(node))], hint: example, at: YAMLPosition(of: node))
            return nil
        }
        var group = GroupDraft(position: YAMLPosition(of: node))
        var seen = reader.misspelledKeys(of: node, in: .group)
        for entry in reader.entries(of: node, in: .group) {
            seen.insert(entry.key)
            readGroupEntry(entry, into: &group)
        }
        if !seen.contains("id") && !seen.contains("name") {
            reader.error(.inputGroupNeedsNameOrID, hint: Phrase(.inputHintNameOrID), at: group.position)
        }
        if !seen.contains("activeSite") {
            reader.error(
                .inputMissingActiveSite, ["group": .phrase(group.label)], hint: Phrase(.inputHintActiveSiteSet), at: group.position)
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
                    .inputFailoverReasonLength, ["count": "\(trimmed.unicodeScalars.count)"], hint: Phrase(.inputHintFailoverReason), at: position)
            } else if TerminalText.hasInvisibleCharacters(text) {
                reader.error(.inputFailoverReasonInvisible, hint: Phrase(.inputHintPlainText), at: position)
            } else {
                reason = Located(value: trimmed, position: YAMLPosition(of: node))
            }
        }
        if !entries.contains(where: { $0.key == "reason" }) && reader.misspelledKeys(of: node, in: .failover).isEmpty {
            reader.error(.inputFailoverNeedsReason, hint: Phrase(.inputHintFailoverNeedsReason), at: YAMLPosition(of: node))
        }
        return reason
    }

    private mutating func readGroupID(_ node: Node) -> Located<String>? {
        guard let text = reader.string(node, for: "id") else { return nil }
        let position = YAMLPosition(of: node)
        guard IdentifierFormat.isGroupID(text) else {
            let hint =
                IdentifierFormat.isGroupID(text.lowercased())
                ? Phrase(.inputHintLowercase, ["value": "\(text.lowercased())"])
                : Phrase(.inputHintGroupIDFormat)
            reader.error(.inputInvalidGroupID, ["value": "\(Self.shown(text))"], hint: hint, at: position)
            return nil
        }
        return Located(value: text, position: position)
    }

    private mutating func readGroupName(_ node: Node) -> Located<String>? {
        guard let text = reader.string(node, for: "name") else { return nil }
        let position = YAMLPosition(of: node)
        let length = text.unicodeScalars.count
        guard (1...64).contains(length) else {
            reader.error(.inputGroupNameLength, ["count": "\(length)"], at: position)
            return nil
        }
        // A name is shown in terminals, Markdown comments, metrics labels and file names: one
        // that holds a control or format character (ESC, CR, LF, NUL, U+202E) is refused.
        if TerminalText.hasInvisibleCharacters(text) {
            reader.error(
                .inputGroupNameInvisible, ["value": "\(Self.shown(text))"], hint: Phrase(.inputHintGroupNameCharacters), at: position)
            return nil
        }
        if IdentifierFormat.isGroupID(text) {
            reader.warning(
                .inputNameLooksLikeID, ["value": "\(text)"], hint: Phrase(.inputHintSelectByID, ["value": "\(text)"]), at: position)
        }
        return Located(value: text, position: position)
    }

    private mutating func readActiveSite(_ node: Node) -> ActiveSite? {
        guard let text = reader.string(node, for: "activeSite") else { return nil }
        if text == "source" || text == "target" || IdentifierFormat.isAvailabilityZone(text) {
            return ActiveSite(text: text)
        }
        let hint =
            IdentifierFormat.isRegion(text)
            ? Phrase(.inputHintRegionNotZone, ["value": "\(Self.shown(text))", "zone": "\(text)a"])
            : Phrase(.inputHintActiveSiteExpected).suggesting(SpellingSuggestion.bestMatch(for: text, among: ["source", "target"]))
        reader.error(.inputInvalidActiveSite, ["value": "\(Self.shown(text))"], hint: hint, at: YAMLPosition(of: node))
        return nil
    }

    /// A value from the file as a diagnostic shows it: control characters visible, cut after
    /// ``TerminalText/maximumValueLength`` characters.
    static func shown(_ text: String) -> String {
        TerminalText.line(text, limit: TerminalText.maximumValueLength)
    }

    private mutating func readDependsOn(_ node: Node) -> [Located<String>] {
        let hint = node.tagName == .str ? node.scalar.map { Phrase(.inputHintDependsOnList, ["value": "\($0.string)"]) } : nil
        guard let items = reader.sequence(node, for: "dependsOn", hint: hint) else { return [] }
        return items.compactMap { item in
            reader.string(item, for: "dependsOn").map { Located(value: $0, position: YAMLPosition(of: item)) }
        }
    }
}
