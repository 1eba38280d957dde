// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The plan as a pull-request comment: the summary first, a table, then details folded in
/// `<details>` blocks.
///
/// Never longer than `limit` UTF-8 bytes (GitHub refuses comments over 65,536 characters; counting
/// bytes is stricter, so the limit holds however GitHub counts). Parts are added in this order:
/// diagnostics, table rows, the in-sync list, the excluded list, the unmanaged list, group details; a part that does not
/// fit in what is left is dropped and counted in a closing note. The title with the summary line is
/// never cut.
public struct PlanMarkdownRenderer: Sendable {
    /// GitHub's limit for a comment body.
    public static let defaultLimit = 65_536

    /// The most UTF-8 bytes the result may have.
    public var limit: Int

    /// The language of the comment (JSON, codes and the hidden marker never change with it).
    public var language: Language

    /// Creates the renderer with a byte limit (tests use small ones).
    public init(limit: Int = PlanMarkdownRenderer.defaultLimit, language: Language = .english) {
        self.limit = limit
        self.language = language
    }

    /// The Markdown of `plan`.
    public func render(_ plan: Plan) -> String {
        // A hidden marker, so that CI can find and update its previous comment for this file
        // instead of adding one per push.
        let l = language
        var head = "\(Self.marker(plan.inputs.desiredFile))\n\(l(.markdownTitle, ["summary": .text(plan.summary.line(l))]))\n\n"
        var scope = ["`\(code(plan.inputs.desiredFile))`"]
        if let projectID = plan.inputs.projectID { scope.append(l(.scopeProject, ["id": "`\(code(projectID))`"])) }
        if let region = plan.inputs.region { scope.append(l(.scopeRegion, ["region": "`\(code(region))`"])) }
        if !plan.inputs.targets.isEmpty { scope.append(l(.markdownTargets, ["list": .text(plan.inputs.targets.map { "`\(code($0))`" }.joined(separator: ", "))])) }
        if !plan.inputs.excludes.isEmpty { scope.append(l(.markdownExcludes, ["list": .text(plan.inputs.excludes.map { "`\(code($0))`" }.joined(separator: ", "))])) }
        head += scope.joined(separator: " · ") + "\n"
        var provenance = [l(.markdownPlan, ["fingerprint": "`\(Fingerprint.of(plan).prefix(19))…`"])]
        if let commit = plan.inputs.commit { provenance.append(l(.markdownCommit, ["commit": "`\(code(String(commit.prefix(12))))`"])) }
        if let created = plan.createdAt { provenance.append(l(.markdownMade, ["time": .text(cell(created))])) }
        head += provenance.joined(separator: " · ") + "\n"
        if plan.summary.changes > 0 {
            head += "\n\(l(.markdownApplyHint))\n"
        }
        let failovers = plan.groups.filter { $0.action == .failover }
        if !failovers.isEmpty {
            // A failover loses data: a GitHub alert above everything else, never cut (at most ten
            // groups named, each reason cut to its first 200 characters).
            head += "\n> [!CAUTION]\n> \(l(.markdownCaution, ["groups": .text(l.count(failovers.count, one: .groupsOne, other: .groupsOther))]))\n"
            for group in failovers.prefix(10) {
                head += "> - `\(code(group.address))`: \(MarkdownText.text(String((group.failoverReason ?? "").prefix(200))))\n"
            }
            if failovers.count > 10 { head += "> - \(l(.markdownAndMore, ["count": .text(String(failovers.count - 10))]))\n" }
        }

        var budget = Budget(used: head.utf8.count, limit: limit - 400)  // room for the closing note
        var body = ""
        if !plan.diagnostics.isEmpty {
            body += budget.take("\n", kind: nil)
            for diagnostic in plan.diagnostics {
                let (label, text) = PlanWording.diagnosticParts(diagnostic, l)
                body += budget.take("- **\(label):** \(MarkdownText.text(text))\n", kind: .diagnostic)
            }
        }
        let listed = PlanWording.detailed(plan)
        if !listed.isEmpty {
            body += budget.take("\n\(l(.markdownTableHeader))\n|---|---|---|---|---|---|---|\n", kind: nil)
            for group in listed {
                let row = "| `\(group.action.symbol)` | `\(MarkdownText.code(group.address, inTable: true))` | \(group.action.rawValue) | \(cell(group.liveSite?.description ?? "–")) | \(cell(group.desiredSite?.description ?? group.activeSite)) | \(group.wave.map(String.init) ?? "") | \(reasonCell(group)) |\n"
                body += budget.take(row, kind: .tableRow)
            }
        }
        let quiet = plan.groups.filter { $0.action == .inSync && $0.notes.isEmpty }.map { "`\(code($0.address))`" }
        if !quiet.isEmpty { body += budget.take("\n\(l(.markdownInSync, ["list": .text(quiet.joined(separator: ", "))]))\n", kind: .inSyncList) }
        let excluded = plan.groups.filter { $0.action == .excluded }
        if !excluded.isEmpty {
            let lines = excluded.map { "- `\(code($0.address))`: \(MarkdownText.text($0.notes.map { $0.text(l) }.joined(separator: "; ")))\n" }.joined()
            body += budget.take("\n\(l(.markdownExcluded))\n\n\(lines)", kind: .excludedList)
        }
        if !plan.unmanaged.isEmpty {
            let lines = plan.unmanaged.map { "- \(MarkdownText.text(PlanWording.unmanaged($0, l)))\n" }.joined()
            body += budget.take("\n\(l(.markdownUnmanaged))\n\n\(lines)", kind: .unmanagedList)
        }
        for group in listed {
            body += budget.take(details(group), kind: .groupDetails)
        }
        var result = head + body
        if !budget.omitted.isEmpty {
            let parts = Part.allCases.compactMap { part in budget.omitted[part].map { part.phrase(count: $0, l) } }.joined(separator: l(.listSeparator))
            result += "\n\(l(.markdownTruncated, ["limit": .text(String(limit)), "parts": .text(parts)]))\n"
        }
        return result
    }

    private func details(_ group: GroupPlan) -> String {
        let l = language
        var summary = "\(group.action.symbol) <code>\(html(group.address))</code>: \(html(PlanWording.headline(group, l)))"
        if let wave = group.wave { summary += l(.markdownWave, ["wave": .text(String(wave))]) }
        var text = "\n<details><summary>\(summary)</summary>\n\n"
        if let facts = PlanWording.facts(group, l) { text += "\(MarkdownText.text(facts, startsLine: true))\n\n" }
        if !group.dependsOn.isEmpty { text += "\(l(.markdownDependsOn, ["list": .text(group.dependsOn.map { "`\(code($0))`" }.joined(separator: ", "))]))\n\n" }
        let steps = PlanWording.steps(group, l)
        if !steps.isEmpty {
            text += steps.enumerated().map { "\($0.offset + 1). \(MarkdownText.text($0.element))\n" }.joined() + "\n"
        }
        var items = group.reasons.map { l(.markdownReason, ["text": .text(MarkdownText.text($0.text(l))), "code": "`\($0.code.rawValue)`"]) + "\n" }
        items += group.notes.map { l(.markdownNote, ["text": .text(MarkdownText.text($0.text(l)))]) + "\n" }
        items += group.advisories.map { l(.markdownAdvisory, ["text": .text(MarkdownText.text($0.text(l)))]) + "\n" }
        if !items.isEmpty { text += items.joined() + "\n" }
        return text + "</details>\n"
    }

    /// Every value goes through the Markdown sink's rule, ``MarkdownText``.
    private func cell(_ text: String) -> String { MarkdownText.text(text) }

    /// Why, in one cell: the reason codes of a blocked or unresolved group, the declaration of a
    /// failover (cut to 80 characters), nothing for other changes.
    private func reasonCell(_ group: GroupPlan) -> String {
        if group.action == .failover, let reason = group.failoverReason {
            let cut = reason.count > 80 ? String(reason.prefix(79)) + "…" : reason
            return language(.factFailoverDeclared, ["reason": .text(cell(cut))])
        }
        var codes: [String] = []
        for code in group.reasons.map(\.code.rawValue) where !codes.contains(code) { codes.append(code) }
        return codes.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// `<!-- switchyard:plan file=desired.yaml -->`: the file's path percent-encoded outside
    /// `[A-Za-z0-9._/~+-]`, and never `--` (which would end an HTML comment).
    public static func marker(_ file: String) -> String {
        var encoded = ""
        for byte in file.utf8 {
            let character = Character(UnicodeScalar(byte))
            if byte < 0x80 && (character.isLetter || character.isNumber || "._/~+-".contains(character)) {
                encoded.append(character)
            } else {
                encoded += String(format: "%%%02X", byte)
            }
        }
        while encoded.contains("--") { encoded = encoded.replacingOccurrences(of: "--", with: "-%2D") }
        return "<!-- switchyard:plan file=\(encoded) -->"
    }

    private func code(_ text: String) -> String { MarkdownText.code(text) }

    private func html(_ text: String) -> String { MarkdownText.html(text) }

    /// The kinds of droppable parts, in the order the closing note lists them.
    private enum Part: CaseIterable {
        case diagnostic, tableRow, inSyncList, excludedList, unmanagedList, groupDetails

        func phrase(count: Int, _ l: Language) -> String {
            switch self {
            case .diagnostic: l.count(count, one: .truncatedDiagnosticsOne, other: .truncatedDiagnosticsOther)
            case .tableRow: l.count(count, one: .truncatedRowsOne, other: .truncatedRowsOther)
            case .inSyncList: l(.truncatedInSync)
            case .excludedList: l(.truncatedExcluded)
            case .unmanagedList: l(.truncatedUnmanaged)
            case .groupDetails: l.count(count, one: .truncatedDetailsOne, other: .truncatedDetailsOther)
            }
        }
    }

    private typealias Budget = MarkdownBudget<Part>
}
