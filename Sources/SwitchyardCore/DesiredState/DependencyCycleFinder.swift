// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Finds the cycles of a dependency graph given as adjacency lists over node indexes.
///
/// Depth-first from every node in index order, following edges in list order, without recursion
/// (a generated file may chain thousands of groups). Every back edge closes one cycle; each cycle is
/// reported once, rotated to start at its smallest index, so the output is deterministic.
struct DependencyCycleFinder {
    private enum Mark { case unvisited, onPath, done }

    let edges: [[Int]]
    let excluded: Set<Int>

    init(edges: [[Int]], excluded: Set<Int> = []) {
        self.edges = edges
        self.excluded = excluded
    }

    func findCycles() -> [[Int]] {
        var marks = [Mark](repeating: .unvisited, count: edges.count)
        var cycles: [[Int]] = []
        var seen: Set<[Int]> = []
        for root in edges.indices where marks[root] == .unvisited && !excluded.contains(root) {
            var path: [Int] = [root]
            var nextEdge: [Int] = [0]
            marks[root] = .onPath
            while let node = path.last {
                let edgeIndex = nextEdge[nextEdge.count - 1]
                guard edgeIndex < edges[node].count else {
                    marks[node] = .done
                    path.removeLast()
                    nextEdge.removeLast()
                    continue
                }
                nextEdge[nextEdge.count - 1] += 1
                let target = edges[node][edgeIndex]
                guard !excluded.contains(target) else { continue }
                switch marks[target] {
                case .unvisited:
                    marks[target] = .onPath
                    path.append(target)
                    nextEdge.append(0)
                case .onPath:
                    let start = path.lastIndex(of: target) ?? 0
                    let cycle = Self.rotated(Array(path[start...]))
                    if seen.insert(cycle).inserted { cycles.append(cycle) }
                case .done:
                    break
                }
            }
        }
        return cycles
    }

    private static func rotated(_ cycle: [Int]) -> [Int] {
        guard let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
        return Array(cycle[smallest...] + cycle[..<smallest])
    }
}
