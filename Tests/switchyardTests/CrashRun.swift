// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SDRSEmulator

/// One seeded run of the crash matrix: a fresh emulator and estate, apply killed up to N times at
/// drawn points, then a clean rerun and the checks. Collects problems instead of recording them, so
/// that it can run on any thread.
struct CrashRun {
    enum EstateKind: String, CaseIterable {
        case quickstart
        case multiWaveParallel = "multi-wave, parallelism 10"
        case multiWaveSerial = "multi-wave, parallelism 1"
        /// The quickstart's production AZ down, erp-db and erp-app declared to fail over.
        case failover = "failover, production AZ down"
        /// erp-db and erp-app failed over, the old AZ back with their servers running: re-protect.
        case reprotect = "re-protect after a failover"
    }

    /// Where one kill lands.
    struct KillPoint: CustomStringConvertible {
        enum Mode {
            /// `SWITCHYARD_TEST_KILL_AFTER_JOURNAL_RECORD=N`: right after the run's N-th record.
            case afterJournalRecord(Int)
            /// SIGKILL from outside this many milliseconds after the process started.
            case afterMilliseconds(Int)
        }

        var estate: EstateKind
        var attempt: Int
        var mode: Mode

        var description: String {
            switch mode {
            case .afterJournalRecord(let n): "[\(estate.rawValue)] attempt \(attempt): kill after journal record \(n)"
            case .afterMilliseconds(let ms): "[\(estate.rawValue)] attempt \(attempt): kill after \(ms) ms"
            }
        }
    }

    struct Result {
        var killPoints: [KillPoint] = []
        var problems: [String] = []
    }

    var index: Int
    var estate: EstateKind
    /// Every apply (the killed ones and the rerun) runs in a new working directory with no journal,
    /// as on ephemeral CI runners; otherwise all share one folder and one journal.
    var freshDirectories = false

    func execute(using generator: inout SplitMix64, maximumKills: Int) -> Result {
        var result = Result()
        do {
            try run(using: &generator, maximumKills: maximumKills, into: &result)
        } catch {
            result.problems.append("\(estate.rawValue): \(error)")
        }
        return result
    }

    private func run(using generator: inout SplitMix64, maximumKills: Int, into result: inout Result) throws {
        let setup = try makeEstate()
        let estate = setup.estate
        defer { estate.emulator.stop() }
        var journals: [String] = []
        // Records of a complete run: a header, then intent + outcome for stop, reverse and start.
        let fullRun = 1 + 6 * setup.switching.count

        for attempt in 1...maximumKills {
            let written = Set(journals).reduce(0) { total, journal in
                total + ((try? String(contentsOfFile: journal, encoding: .utf8))?
                    .split(separator: "\n").filter { !$0.contains(#""type":"header""#) }.count ?? 0)
            }
            let remaining = max(2, fullRun - written)
            let mode: KillPoint.Mode =
                Int.random(in: 0..<10, using: &generator) < 7
                ? .afterJournalRecord(Int.random(in: 1...remaining, using: &generator))
                : .afterMilliseconds(Int.random(in: 30...2_500, using: &generator))
            let point = KillPoint(estate: self.estate, attempt: attempt, mode: mode)
            let folder = freshDirectories ? try CommandRunner.temporaryDirectory() : estate.work
            journals.append(folder.appendingPathComponent("journal.jsonl").path)
            let status = try applyKilled(estate, at: mode, in: folder)
            if status == SIGKILL {
                result.killPoints.append(point)
            } else if status == 0 {
                break  // the run finished before the drawn point: nothing left to kill
            } else {
                result.problems.append("\(point): apply ended with status \(status) instead of being killed or finishing")
                return
            }
        }

        let planned = try estate.plannedSteps()
        let expectsDegradedDrift = self.estate == .failover
        let rerun = try estate.apply(fresh: freshDirectories)
        let points = result.killPoints.map(\.description).joined(separator: "; ")
        for problem in planned.unplanned(in: rerun) { result.problems.append("rerun: \(problem) after \(points)") }
        if rerun.status != 0 { result.problems.append("rerun exited \(rerun.status): \(rerun.summary)\n\(rerun.stderr)") }
        for name in setup.switching where !["converged", "already-converged", "in-sync"].contains(rerun.groups[name]?.result ?? "") {
            result.problems.append("rerun: \(name) ended \(rerun.groups[name]?.result ?? "missing from the report"): \(rerun.groups[name]?.explanation ?? "")")
        }
        let drift = try estate.driftStatus()
        if expectsDegradedDrift {
            // Failed over: production serves, nothing is protected until a re-protect.
            if drift.status != 2 || !drift.output.contains("failed-over") {
                result.problems.append("final drift after the failover exited \(drift.status) (expected 2, failed-over): \(drift.output)")
            }
        } else if drift.status != 0 {
            result.problems.append("final drift exited \(drift.status): \(drift.output)")
        }
        let plan = try estate.unresolvedGroups()
        if !plan.addresses.isEmpty { result.problems.append("final plan still switches \(plan.addresses.sorted()) after \(points)") }
        let violations = try estate.emulator.violationLines()
        if !violations.isEmpty { result.problems.append("invariant log: \(violations)") }
        if let operation = setup.groupCall {
            // Exactly one failover (or re-protect) per group reached SDRS, however often it was killed.
            let calls = try Self.operationCalls(estate, operation)
            if calls != setup.switching.count {
                result.problems.append("\(calls) \(operation) calls answered; expected \(setup.switching.count) (one per group) after \(points)")
            }
        }
        let counts = try estate.emulator.switchovers()
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
            let expected = setup.switching.contains(name) && setup.groupCall == nil ? 1 : 0
            if count.accepted != expected || count.succeeded != expected {
                result.problems.append("\(name): \(count.accepted) reverses accepted, \(count.succeeded) succeeded; expected \(expected)")
            }
        }
    }

    /// The estate, the groups the run changes, and the SDRS operation each of them must see exactly
    /// once (`nil`: a switchover, counted as reverses).
    private func makeEstate() throws -> (estate: Estate, switching: [String], groupCall: String?) {
        switch estate {
        case .quickstart:
            // Time scale 0.01: a switchover takes 0.6 s, so a rerun right after a kill can find it in flight.
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML, seed: UInt64(index), timeScale: 0.01)
            return (estate, Quickstart.switching, nil)
        case .multiWaveParallel, .multiWaveSerial:
            let fixture = try MultiWaveEstate.writeFixture(in: try CommandRunner.temporaryDirectory())
            let parallelism = estate == .multiWaveSerial ? 1 : 10
            return (try Estate(fixture: fixture, desiredYAML: MultiWaveEstate.desiredYAML(parallelism: parallelism), seed: UInt64(index)),
                    MultiWaveEstate.switching, nil)
        case .failover:
            var estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.failoverYAML, seed: UInt64(index), timeScale: 0.01)
            estate.applyExtra = ["--allow-failover"]
            _ = try estate.emulator.adminRequest("POST", "zones/cn-north-4a/outage", json: #"{"down": true}"#)
            return (estate, Quickstart.switching, "StartFailoverProtectionGroup")
        case .reprotect:
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.reprotectYAML, seed: UInt64(index), timeScale: 0.01)
            for group in [Quickstart.erpDB, Quickstart.erpApp] {
                _ = try estate.emulator.adminRequest(
                    "POST", "groups/\(group)/priority-station", json: #"{"priority_station": "target", "status": "failed-over"}"#)
            }
            return (estate, Quickstart.switching, "StartProtectionGroup")
        }
    }

    static func operationCalls(_ estate: Estate, _ operation: String) throws -> Int {
        let operations = try estate.emulator.admin("requests")["operations"] as? [[String: Any]] ?? []
        return operations.first { $0["operation"] as? String == operation }?["calls"] as? Int ?? 0
    }

    /// Runs apply until it is killed or ends; returns its status (SIGKILL's number when killed).
    private func applyKilled(_ estate: Estate, at mode: KillPoint.Mode, in folder: URL) throws -> Int32 {
        var environment: [String: String] = [:]
        if case .afterJournalRecord(let n) = mode { environment["SWITCHYARD_TEST_KILL_AFTER_JOURNAL_RECORD"] = String(n) }
        let process = estate.applyProcess(environment: environment, directory: folder)
        try process.run()
        if case .afterMilliseconds(let ms) = mode {
            let deadline = Date().addingTimeInterval(Double(ms) / 1000)
            while process.isRunning && Date() < deadline { usleep(2_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal { return process.terminationStatus }
        return process.terminationStatus == 0 ? 0 : process.terminationStatus + 1000
    }
}
