// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drift report as Markdown (an issue or pull-request comment, a job summary): the summary
/// first, a table of the groups that are not in sync (in the plan's order, `DriftWording.notInSync`),
/// then details folded in `<details>` blocks; a group the plan would block lists the plan's reasons.
///
/// Never longer than `limit` UTF-8 bytes (GitHub's comment limit is 65,536 characters; bytes are
/// stricter). Parts are added in this order: table rows, the in-sync list, the unmanaged list,
/// group details; a part that does not fit is dropped and counted in a closing note. The title
/// with the summary line is never cut.
public struct DriftMarkdownRenderer: Sendable {
    /// GitHub's limit for a comment body.
    public static let defaultLimit = 65_536

    /// The most UTF-8 bytes the result may have.
    public var limit: Int

    /// The language of the comment (JSON and codes never change with it).
    public var language: Language

    /// Creates the renderer with a byte limit (tests use small ones).
    public init(limit: Int = DriftMarkdownRenderer.defaultLimit, language: Language = .english) {
        self.limit = limit
        self.language = language
    }

    /// The Markdown of `report`.
    public func render(_ report: DriftReport) -> String {
        let l = language
        let verdict = Phrase.Argument.text(l(report.driftFound ? .driftFound : .driftNone))
        var head = "\(l(.driftMarkdownTitle, ["verdict": verdict, "summary": .text(report.summary.line(l))]))\n\n"
        var scope = ["`\(code(report.desiredFile))`"]
        if let projectID = report.projectID { scope.append(l(.scopeProject, ["id": "`\(code(projectID))`"])) }
        if let region = report.region { scope.append(l(.scopeRegion, ["region": "`\(code(region))`"])) }
        head += scope.joined(separator: " · ") + "\n"

        var budget = Budget(used: head.utf8.count, limit: limit - 400)  // room for the closing note
        var body = ""
        let drifting = DriftWording.notInSync(report)
        if !drifting.isEmpty {
            body += budget.take("\n\(l(.driftMarkdownTableHeader))\n|---|---|---|---|---|---|\n", kind: nil)
            for group in drifting {
                let row = "| `\(group.state.symbol)` | `\(MarkdownText.code(group.address, inTable: true))` | \(group.state.label(l)) | \(cell(DriftWording.live(group, l))) | \(cell(DriftWording.desired(group, l))) | \(cell(group.since ?? "")) |\n"
                body += budget.take(row, kind: .tableRow)
            }
        }
        let inSync = report.groups.filter { $0.state == .inSync }.map { "`\(code($0.address))`" }
        if !inSync.isEmpty { body += budget.take("\n\(l(.markdownInSync, ["list": .text(inSync.joined(separator: ", "))]))\n", kind: .inSyncList) }
        if !report.unmanaged.isEmpty {
            let lines = report.unmanaged.map { "- \(cell(DriftWording.unmanaged($0, l)))\n" }.joined()
            body += budget.take("\n\(l(.driftMarkdownUnmanaged))\n\n\(lines)", kind: .unmanagedList)
        }
        for group in drifting {
            body += budget.take(details(group), kind: .groupDetails)
        }
        var result = head + body
        if !budget.omitted.isEmpty {
            let parts = Part.allCases.compactMap { part in budget.omitted[part].map { part.phrase(count: $0, l) } }.joined(separator: l(.listSeparator))
            result += "\n\(l(.driftMarkdownTruncated, ["limit": .text(String(limit)), "parts": .text(parts)]))\n"
        }
        return result
    }

    private func details(_ group: GroupDrift) -> String {
        let l = language
        var text = "\n<details><summary>\(html(group.state.symbol)) <code>\(html(group.address))</code>: \(html(DriftWording.headline(group, l)))</summary>\n\n"
        text += "\(MarkdownText.text(DriftWording.facts(group, l), startsLine: true))\n\n"
        let blocked = (group.blocked ?? []).map { l(.driftMarkdownBlocked, ["text": .text(cell($0.text(l))), "code": "`\($0.code.rawValue)`"]) + "\n" }
        let reasons = DriftWording.reasons(group).map { l(.driftMarkdownReason, ["text": .text(cell($0.text(l))), "code": "`\($0.code)`"]) + "\n" }
        if !blocked.isEmpty || !reasons.isEmpty {
            text += (blocked + reasons).joined() + "\n"
        }
        return text + "</details>\n"
    }

    /// Every value goes through the Markdown sink's rule, ``MarkdownText``.
    private func code(_ text: String) -> String { MarkdownText.code(text) }

    private func cell(_ text: String) -> String { MarkdownText.text(text) }

    private func html(_ text: String) -> String { MarkdownText.html(text) }

    /// The kinds of droppable parts, in the order the closing note lists them.
    private enum Part: CaseIterable {
        case tableRow, inSyncList, unmanagedList, groupDetails

        func phrase(count: Int, _ l: Language) -> String {
            switch self {
            case .tableRow: l.count(count, one: .truncatedRowsOne, other: .truncatedRowsOther)
            case .inSyncList: l(.truncatedInSync)
            case .unmanagedList: l(.truncatedUnmanaged)
            case .groupDetails: l.count(count, one: .truncatedDetailsOne, other: .truncatedDetailsOther)
            }
        }
    }

    private typealias Budget = MarkdownBudget<Part>
}
