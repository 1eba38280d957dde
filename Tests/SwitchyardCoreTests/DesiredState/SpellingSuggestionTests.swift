// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import Testing

@Suite struct SpellingSuggestionTests {
    @Test(arguments: [
        ("", "abc", 3), ("kitten", "sitting", 3), ("activSite", "activeSite", 1),
        ("acitveSite", "activeSite", 1), ("same", "same", 0), ("ab", "ba", 1),
    ])
    func measuresEditDistanceWithTranspositions(left: String, right: String, distance: Int) {
        #expect(SpellingSuggestion.editDistance(left, right) == distance)
        #expect(SpellingSuggestion.editDistance(right, left) == distance)
    }

    @Test func suggestsTheClosestCandidate() {
        let keys = ["id", "name", "activeSite", "dependsOn", "shutdown", "shutdownTimeout"]
        #expect(SpellingSuggestion.bestMatch(for: "activSite", among: keys) == "activeSite")
        #expect(SpellingSuggestion.bestMatch(for: "ActiveSite", among: keys) == "activeSite")
        #expect(SpellingSuggestion.bestMatch(for: "shutdowm", among: keys) == "shutdown")
        #expect(SpellingSuggestion.bestMatch(for: "depends_on", among: keys) == "dependsOn")
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(SpellingSuggestion.bestMatch(for: "colour", among: ["version", "groups"]) == nil)
        #expect(SpellingSuggestion.bestMatch(for: "x", among: ["id"]) == nil)
        #expect(SpellingSuggestion.bestMatch(for: "id", among: ["id"]) == nil)
    }

    @Test func preparedCandidatesGiveTheSameAnswersAndPreferTheFirstOnATie() {
        let suggestions = SpellingSuggestion(candidates: ["erp-db", "erp-dc", "crm"])
        #expect(suggestions.bestMatch(for: "erp-dx") == "erp-db")
        #expect(suggestions.bestMatch(for: "ERP-DC") == "erp-dc")
        #expect(suggestions.bestMatch(for: "crn") == "crm")
        #expect(suggestions.bestMatch(for: "billing") == nil)
    }

    @Test func countsDistancesInUnicodeScalars() {
        #expect(SpellingSuggestion.editDistance("caf\u{E9}", "cafe") == 1)
        #expect(SpellingSuggestion.editDistance("\u{1F680}", "") == 1)
    }
}
