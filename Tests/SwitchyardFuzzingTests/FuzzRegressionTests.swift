// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardFuzzing
import Testing

/// Every seed of the fuzz corpora and every input a fuzzer once crashed on goes through its entry
/// point on every test run, so a fixed finding stays fixed without building the fuzzers.
///
/// An input that crashes again traps this test process (the precondition names the broken promise).
@Suite("Fuzz corpora and regressions")
struct FuzzRegressionTests {
    static let fuzzRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The files of `Tests/Fuzz/<kind>/<target>/`, sorted by name.
    static func inputs(_ kind: String, _ target: FuzzTarget) -> [URL] {
        let folder = fuzzRoot.appendingPathComponent(kind).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everySeedRunsWithoutCrashing(_ target: FuzzTarget) throws {
        let seeds = Self.inputs("corpus", target)
        #expect(seeds.count >= 5, "Tests/Fuzz/corpus/\(target.rawValue) holds the seed corpus")
        for seed in seeds {
            target.run(try Data(contentsOf: seed))
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyRecordedFindingRunsWithoutCrashing(_ target: FuzzTarget) throws {
        for input in Self.inputs("regressions", target) {
            target.run(try Data(contentsOf: input))
        }
    }

    @Test func theEmptyInputAndBinaryGarbageRunWithoutCrashing() {
        // A fixed linear congruential sequence: the same "random" bytes on every run.
        var state: UInt32 = 0x1234_5678
        let garbage = Data((0..<4096).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        })
        for target in FuzzTarget.allCases {
            target.run(Data())
            target.run(garbage)
        }
    }
}
