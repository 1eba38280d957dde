// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SDRSEmulator
import Testing

/// `switchyard apply` is SIGKILLed at random points — after a random journal record or
/// after a random time — across many seeded runs on several estates, up to four times per run
/// (so also while it recovers from the previous kill); then it is rerun to convergence. Every run
/// ends with exactly one reverse per switched group, an empty invariant log and a clean plan.
///
/// Reproducible from `SWITCHYARD_CRASH_SEED` (printed in every failure with each kill point's
/// parameters). Record kills replay exactly; time kills replay their parameters, and where they land
/// depends on the machine's speed.
@Suite("crash matrix: kill -9 at random points, rerun converges")
struct CrashMatrixTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["SWITCHYARD_CRASH_SEED"].flatMap { UInt64($0) } ?? 20_260_707
    static let runs = 30
    static let maximumKillsPerRun = 4
    static let requiredKillPoints = 50

    @Test func everyKilledRunConvergesOnRerunWithOneReversePerGroup() async throws {
        try await runMatrix(freshDirectories: false, seed: Self.seed)
    }

    /// The CI-runner case: every apply, killed or not, starts in a new working directory with no
    /// journal. The live state alone must carry the work on.
    @Test func everyKilledRunConvergesOnARerunInAFreshDirectoryWithNoJournal() async throws {
        try await runMatrix(freshDirectories: true, seed: Self.seed &+ 1)
    }

    func runMatrix(freshDirectories: Bool, seed: UInt64) async throws {
        let results = Array(repeating: CrashRun.Result(), count: Self.runs)
        let box = ResultsBox(results)
        try await offThePool {
            // Four runs at a time: each mostly waits on polls and on the emulator's scaled clock.
            let slots = DispatchSemaphore(value: 4)
            let group = DispatchGroup()
            for index in 0..<Self.runs {
                slots.wait()
                DispatchQueue.global().async(group: group) {
                    defer { slots.signal() }
                    var generator = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
                    let kinds = CrashRun.EstateKind.allCases
                    let run = CrashRun(index: index, estate: kinds[index % kinds.count], freshDirectories: freshDirectories)
                    box.set(index, run.execute(using: &generator, maximumKills: Self.maximumKillsPerRun))
                }
            }
            group.wait()
        }
        let all = box.results
        let kills = all.flatMap(\.killPoints)
        let mode = freshDirectories ? "fresh directory per run" : "one shared journal"
        let header = "\(mode), seed \(seed) (rerun with SWITCHYARD_CRASH_SEED=\(Self.seed))"
        for (index, result) in all.enumerated() {
            for problem in result.problems {
                Issue.record("\(header), run \(index): \(problem)\n  kill points: \(result.killPoints.map(\.description).joined(separator: "; "))")
            }
        }
        let recordKills = kills.filter { if case .afterJournalRecord = $0.mode { true } else { false } }
        print("crash matrix, \(header): \(kills.count) kill points (\(recordKills.count) after a journal record, \(kills.count - recordKills.count) timed) in \(Self.runs) runs")
        #expect(kills.count >= Self.requiredKillPoints, "\(header): only \(kills.count) kill points landed")
        #expect(recordKills.count >= 20 && kills.count - recordKills.count >= 5, "\(header): \(recordKills.count) record kills of \(kills.count)")
    }
}

/// Results written from several threads, read after all of them finished.
final class ResultsBox: @unchecked Sendable {
    // `lock` guards `storage`.
    private let lock = NSLock()
    private var storage: [CrashRun.Result]

    init(_ initial: [CrashRun.Result]) { storage = initial }

    func set(_ index: Int, _ result: CrashRun.Result) {
        lock.withLock { storage[index] = result }
    }

    var results: [CrashRun.Result] { lock.withLock { storage } }
}
