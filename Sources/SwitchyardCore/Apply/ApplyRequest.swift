// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A whole apply run: the groups, the order (waves) and the limits.
public struct ApplyRequest: Sendable, Hashable, Codable {
    /// One spec per group; addresses are unique.
    public var specs: [SwitchSpec]
    /// Addresses in execution order: a wave starts after the previous one finished. Every spec's
    /// address appears in exactly one wave; specs missing from `waves` run in a final extra wave.
    public var waves: [[String]]
    /// Groups switched at the same time within a wave (at least 1).
    public var parallelism: Int
    /// The run is refused before any change when more groups than this need a switchover.
    public var maxSwitchesPerRun: Int

    public init(specs: [SwitchSpec], waves: [[String]], parallelism: Int = 4, maxSwitchesPerRun: Int = 10) {
        self.specs = specs
        self.waves = waves
        self.parallelism = max(1, parallelism)
        self.maxSwitchesPerRun = maxSwitchesPerRun
    }

    /// The waves, with specs that no wave names appended as one last wave, unknown addresses dropped.
    public var effectiveWaves: [[String]] {
        let known = Set(specs.map(\.address))
        var result = waves.map { $0.filter(known.contains) }.filter { !$0.isEmpty }
        let listed = Set(result.joined())
        let rest = specs.map(\.address).filter { !listed.contains($0) }
        if !rest.isEmpty { result.append(rest) }
        return result
    }
}
