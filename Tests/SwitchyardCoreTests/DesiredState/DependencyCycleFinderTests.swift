// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Testing

@testable import SwitchyardCore

@Suite struct DependencyCycleFinderTests {
    @Test func findsNoCycleInADirectedAcyclicGraph() {
        #expect(DependencyCycleFinder(edges: [[], [0], [0, 1], [2, 1]]).findCycles().isEmpty)
    }

    @Test func reportsEachCycleOnceStartingAtItsSmallestNode() {
        // 0 → 2 → 1 → 0, and 3 ⇄ 4 (which also reaches the first cycle).
        let cycles = DependencyCycleFinder(edges: [[2], [0], [1], [4], [3, 0]]).findCycles()
        #expect(cycles == [[0, 2, 1], [3, 4]])
    }

    @Test func skipsExcludedNodes() {
        #expect(DependencyCycleFinder(edges: [[1], [0]], excluded: [1]).findCycles().isEmpty)
    }

    @Test func findsASelfLoop() {
        #expect(DependencyCycleFinder(edges: [[0]]).findCycles() == [[0]])
    }
}
