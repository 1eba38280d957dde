// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Checks what only makes sense across groups: repeated groups, `dependsOn` references and
/// dependency cycles; then normalises every reference to the referenced group's address.
struct GroupReferenceResolver {
    /// One `dependsOn` reference that resolved to a declared group.
    struct Edge {
        var target: Int
        var position: YAMLPosition
    }

    /// Looking for a did-you-mean compares a reference with every group. Past this many
    /// comparisons in one file (thousands of dangling references in a generated file) the
    /// suggestions stop, so the work stays linear in the file's size.
    static let suggestionComparisonBudget = 50_000

    let drafts: [GroupDraft]
    private var suggestionComparisons = 0
    /// Indexes of entries that repeat an earlier group; they take no further part.
    private(set) var repeated: Set<Int> = []
    /// For every entry, the declared groups it depends on (resolved, self-references dropped).
    private(set) var edges: [[Edge]] = []

    init(drafts: [GroupDraft]) {
        self.drafts = drafts
    }

    /// Runs every check, reporting through `reader`, and returns the resolved `dependsOn` addresses
    /// per entry (empty for entries that do not name a group).
    mutating func resolve(reader: inout YAMLReader) -> [[String]] {
        findRepeatedGroups(reader: &reader)
        resolveReferences(reader: &reader)
        let cycles = DependencyCycleFinder(edges: edges.map { $0.map(\.target) }, excluded: repeated)
        for cycle in cycles.findCycles() {
            reportCycle(cycle, reader: &reader)
        }
        return edges.map { $0.compactMap { drafts[$0.target].address } }
    }

    private mutating func findRepeatedGroups(reader: inout YAMLReader) {
        var firstByID: [String: Int] = [:]
        var firstByName: [String: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            var reportedAgainst: Int?
            if let id = draft.id {
                if let first = firstByID[id.value] {
                    let earlier = drafts[first]
                    if let earlierName = earlier.name?.value, let name = draft.name?.value, earlierName != name {
                        reader.error(
                            .inputIDHasTwoNames, ["id": "\(id.value)", "name": "\(earlierName)"],
                            hint: Phrase(.inputHintOneName, ["position": .phrase(earlier.position.phrase)]), at: id.position)
                    } else {
                        reader.error(
                            .inputIDTwice, ["id": "\(id.value)"],
                            hint: Phrase(.inputHintFirstDeclared, ["position": .phrase(earlier.position.phrase)]), at: id.position)
                    }
                    reportedAgainst = first
                } else {
                    firstByID[id.value] = index
                }
            }
            if let name = draft.name {
                if let first = firstByName[name.value] {
                    if reportedAgainst != first {
                        reader.error(
                            .inputNameTwice, ["name": "\(name.value)"],
                            hint: Phrase(.inputHintFirstDeclared, ["position": .phrase(drafts[first].position.phrase)]), at: name.position)
                    }
                    reportedAgainst = reportedAgainst ?? first
                } else {
                    firstByName[name.value] = index
                }
            }
            if reportedAgainst != nil { repeated.insert(index) }
        }
    }

    private mutating func resolveReferences(reader: inout YAMLReader) {
        var byAddress: [String: Int] = [:]
        // Names win over IDs when a text is both (a name that looks like another group's ID).
        for (index, draft) in drafts.enumerated().reversed() where !repeated.contains(index) {
            if let id = draft.id?.value { byAddress[id] = index }
        }
        for (index, draft) in drafts.enumerated().reversed() where !repeated.contains(index) {
            if let name = draft.name?.value { byAddress[name] = index }
        }
        let addresses = drafts.enumerated().compactMap { repeated.contains($0.offset) ? nil : $0.element.address }
        let suggestions = SpellingSuggestion(candidates: addresses)
        edges = drafts.indices.map { _ in [] }
        for (index, draft) in drafts.enumerated() where draft.address != nil {
            var listed: [Int: YAMLPosition] = [:]
            for reference in draft.dependsOn {
                guard let target = byAddress[reference.value] else {
                    reportUnknownReference(reference, addresses: addresses, suggestions: suggestions, reader: &reader)
                    continue
                }
                if target == index || (draft.id != nil && drafts[target].id?.value == draft.id?.value)
                    || (draft.name != nil && drafts[target].name?.value == draft.name?.value)
                {
                    reader.error(
                        .inputDependsOnItself, ["group": .phrase(draft.label)],
                        hint: Phrase(.inputHintRemoveSelf, ["value": "\(reference.value)"]), at: reference.position)
                    continue
                }
                if let earlier = listed[target] {
                    reader.warning(
                        .inputListedTwice, ["value": "\(reference.value)"],
                        hint: Phrase(.inputHintSameGroup, ["position": .phrase(earlier.phrase)]), at: reference.position)
                    continue
                }
                listed[target] = reference.position
                edges[index].append(Edge(target: target, position: reference.position))
            }
        }
    }

    private mutating func reportUnknownReference(
        _ reference: Located<String>, addresses: [String], suggestions: SpellingSuggestion, reader: inout YAMLReader
    ) {
        suggestionComparisons += addresses.count
        let hint: Phrase?
        if addresses.isEmpty || suggestionComparisons > Self.suggestionComparisonBudget {
            hint = nil
        } else if let suggestion = suggestions.bestMatch(for: reference.value) {
            hint = Phrase(.inputHintDidYouMean, ["suggestion": "\(suggestion)"])
        } else {
            let shown = addresses.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            hint = Phrase(.inputHintDeclaredGroups, ["groups": "\(shown)\(addresses.count > 8 ? ", …" : "")"])
        }
        reader.error(
            .inputUnknownDependency, ["value": "\(TerminalText.line(reference.value, limit: TerminalText.maximumValueLength))"],
            hint: hint, at: reference.position)
    }

    /// Reports a cycle at the `dependsOn` entry of its first-declared group.
    private func reportCycle(_ cycle: [Int], reader: inout YAMLReader) {
        let path = (cycle + [cycle[0]]).compactMap { drafts[$0].address }.joined(separator: " → ")
        let edge = edges[cycle[0]].first { $0.target == cycle[1 % cycle.count] }
        reader.error(
            .inputCycle, ["path": "\(path)"], hint: Phrase(.inputHintCycle), at: edge?.position ?? drafts[cycle[0]].position)
    }
}
