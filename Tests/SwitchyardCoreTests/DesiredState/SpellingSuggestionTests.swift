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
}
