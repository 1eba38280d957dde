// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Writes a desired-state file from the live estate (`switchyard import`): every group declared at
/// the site where production runs now, so that the next `plan` changes nothing. How users adopt
/// switchyard on an existing estate.
///
/// Pure: the live state in, YAML text out. Every group is checked with the planner itself: one
/// whose production servers are not all running gets `startAfterSwitch: false` (else the plan
/// would start them), and one the planner would not call in sync is written with a comment saying
/// why. Groups are named by name when the name is unique and valid, else by ID. Every string is
/// written double-quoted and escaped, and comments never carry a line break or control character,
/// so a hostile group name cannot add YAML of its own.
public enum DesiredStateImporter {
    /// What to import.
    public struct Selection: Sendable, Hashable {
        /// Names or IDs to import (empty: every group).
        public var groups: [String]
        /// Names or IDs to leave out.
        public var excludes: [String]

        public init(groups: [String] = [], excludes: [String] = []) {
            self.groups = groups
            self.excludes = excludes
        }

        public func includes(_ group: LiveGroup) -> Bool {
            let keys = [group.id, group.name]
            if excludes.contains(where: keys.contains) { return false }
            return groups.isEmpty || groups.contains(where: keys.contains)
        }
    }

    /// The result: the file's text, and what a person should know about it.
    public struct Result: Sendable, Hashable {
        public var yaml: String
        /// Groups imported.
        public var imported: Int
        /// One line per group left out (no priority station, an unusable ID) or imported with a caveat.
        public var notes: [String]
    }

    /// The schema modeline's URL: the desired-state schema's `$id`.
    public static let schemaURL = "https://switchyard.invalid/schemas/desired-state.schema.json"

    /// The desired state of `live` (which must hold the details of the selected groups).
    public static func importing(
        _ live: LiveState, selection: Selection = Selection(), region: String?, projectID: String?, generatedAt: String
    ) -> Result {
        let nameCounts = Dictionary(grouping: live.groups.map(\.name), by: { $0 }).mapValues(\.count)
        var notes: [String] = []
        var entries: [(comment: [String], group: DesiredGroup)] = []
        for group in live.groups.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) where selection.includes(group) {
            let label = shown(group.name.isEmpty ? group.id : "\(group.name) (\(group.id))")
            guard let site = group.priorityStation else {
                notes.append("\(label): left out: SDRS reports no priority_station, so nobody can tell which site is production")
                continue
            }
            if group.groupStatus == .reversing || group.groupStatus == .failingOver {
                // Production is between sites: no declaration is stable until the job ends.
                notes.append("\(label): left out: status \(group.status), production is moving between sites; import it again when the job has finished")
                continue
            }
            guard IdentifierFormat.isGroupID(group.id) else {
                notes.append("\(label): left out: its ID is not a protection-group UUID switchyard can select")
                continue
            }
            let byName = usableName(group.name) && nameCounts[group.name] == 1
            let selector = byName ? GroupSelector(name: group.name) : GroupSelector(id: group.id)
            var comment = ["\(label): status \(group.status), production at \(site) (\(group.availabilityZone(of: site)))"]
            if !byName && !group.name.isEmpty {
                comment.append(nameCounts[group.name, default: 0] > 1
                    ? "selected by ID: \(nameCounts[group.name]!) groups are named like this one"
                    : "selected by ID: its name cannot be used in a desired-state file")
            }
            var desired = DesiredGroup(
                selector: selector, activeSite: site == .source ? .source : .target,
                location: SourceLocation(file: "import", line: 1, column: 1))
            let plan = Planner.groupPlan(Differ.diff(desired: DesiredState(file: "import", groups: [desired]), live: live)[0], desired: desired)
            switch plan.action {
            case .inSync:
                break
            case .startServers:
                desired.startAfterSwitch = false
                comment.append("startAfterSwitch: false because production servers were not all running at import; set it to true to have switchyard keep production serving")
            default:
                let codes = plan.reasons.map(\.code.rawValue).joined(separator: ", ")
                comment.append("the plan would say \(plan.action.rawValue)\(codes.isEmpty ? "" : " (\(codes))"); see 'switchyard plan'")
                notes.append("\(label): imported, but the plan would say \(plan.action.rawValue)\(codes.isEmpty ? "" : " (\(codes))")")
            }
            entries.append((comment, desired))
        }
        var lines = [
            "# yaml-language-server: $schema=\(schemaURL)",
            "#",
            "# Written by `switchyard import` at \(generatedAt)" + (projectID.map { " from project \($0)" } ?? "") + (region.map { ", region \($0)" } ?? "") + ".",
            "# Every group is declared at the site where production runs now, so `switchyard plan` shows no",
            "# change. Change activeSite to move production; see docs/desired-state.md for every key.",
            "version: 1",
        ]
        if region != nil || projectID != nil {
            lines.append("cloud:")
            if let region { lines.append("  region: \(quoted(region))") }
            if let projectID { lines.append("  projectId: \(quoted(projectID))") }
        }
        if entries.isEmpty {
            notes.append("no group was imported: the file declares none, and a desired-state file needs at least one")
        }
        lines.append("groups:")
        for (comment, group) in entries {
            for line in comment { lines.append("  # \(line)") }
            if let name = group.selector.name {
                lines.append("  - name: \(quoted(name))")
            } else {
                lines.append("  - id: \(quoted(group.selector.id ?? ""))")
            }
            lines.append("    activeSite: \(group.activeSite)")
            if !group.startAfterSwitch { lines.append("    startAfterSwitch: false") }
        }
        return Result(yaml: lines.joined(separator: "\n") + "\n", imported: entries.count, notes: notes)
    }

    /// Whether the parser accepts `name` as a group name (1–64 characters, no control or format
    /// character, not an ID lookalike).
    static func usableName(_ name: String) -> Bool {
        (1...64).contains(name.unicodeScalars.count) && !TerminalText.hasInvisibleCharacters(name) && !IdentifierFormat.isGroupID(name)
    }

    /// A double-quoted YAML scalar: `"` and `\` escaped, anything not printable as `\uXXXX`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || TerminalText.hasInvisibleCharacters(String(scalar)):
                out += scalar.value <= 0xFFFF ? "\\u" + hex(scalar.value, 4) : "\\U" + hex(scalar.value, 8)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text for a comment: one line, no control or format characters, at most 120 characters.
    static func shown(_ text: String) -> String {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F || TerminalText.hasInvisibleCharacters(String(scalar)) ? "?" : scalar
        }))
        return cleaned.count > 120 ? String(cleaned.prefix(119)) + "…" : cleaned
    }

    private static func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
