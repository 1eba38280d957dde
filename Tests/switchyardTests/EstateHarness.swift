// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Runs blocking work (child processes, `waitUntilExit`) on a dispatch thread, so that long
/// end-to-end tests do not hold the few threads Swift concurrency's pool has on a 2-core machine.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}

/// What one `switchyard apply --format json` run said, per group.
struct ApplyOutcome: Sendable {
    struct Group: Sendable {
        var result: String
        /// The reason and the failure's message, code and fail reason, joined: what a person reads.
        var explanation: String
        /// Step labels as people read them (`stop`, `stop-hard`, `reverse`, `start`, ...).
        var steps: [String]
        /// Step kinds as the plan names them (`stop-servers`, `reverse`, ...), with `+hard` for an
        /// escalated stop and `+restart` for a restart of the original production servers.
        var stepKinds: [String]
    }

    var status: Int32
    var groups: [String: Group]
    var stdout: String
    var stderr: String

    /// Parses the JSON report on stdout (empty when the run ended before reporting).
    init(_ result: CommandResult) {
        status = result.status
        stdout = result.stdout
        stderr = result.stderr
        groups = [:]
        let report = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
        if let report, report["format_version"] as? Int != 1 {
            // The keys read below are those of format 1 (snake_case): a new shape must not silently
            // leave every failure explanation and step label empty.
            Issue.record("apply --format json printed a report that is not of format_version 1: \(report.keys.sorted())")
        }
        for entry in report?["groups"] as? [[String: Any]] ?? [] {
            guard let address = entry["address"] as? String else { continue }
            let failure = entry["failure"] as? [String: Any] ?? [:]
            let parts = [entry["reason"], failure["message"], failure["error_code"], failure["fail_reason"], failure["reason"]]
            groups[address] = Group(
                result: entry["result"] as? String ?? "?",
                explanation: parts.compactMap { $0 as? String }.joined(separator: " | "),
                steps: (entry["steps"] as? [[String: Any]] ?? []).map(Self.label),
                stepKinds: (entry["steps"] as? [[String: Any]] ?? []).map { step in
                    let kind = step["kind"] as? String ?? "?"
                    if step["stop_mode"] as? String == "hard" { return kind + "+hard" }
                    if step["restarts_original"] as? Bool == true { return kind + "+restart" }
                    return kind
                }
            )
        }
    }

    /// The label of a report step, as `ApplyReport.Step.name` spells it.
    static func label(_ step: [String: Any]) -> String {
        switch step["kind"] as? String ?? "?" {
        case "stop-servers": step["stop_mode"] as? String == "hard" ? "stop-hard" : "stop"
        case "start-servers": step["restarts_original"] as? Bool == true ? "restart-original" : "start"
        case let kind: kind
        }
    }

    /// Addresses per result, for failure messages.
    var summary: String {
        groups.keys.sorted().map { "\($0)=\(groups[$0]!.result)" }.joined(separator: " ")
    }
}

/// One emulated estate under test: an `sdrs-emulator` process, a working folder with a
/// desired-state file, and the CLI calls of plan → apply → plan.
struct Estate: Sendable {
    let emulator: EmulatorProcess
    let work: URL
    let desired: String
    /// Added to every `apply` of this estate (e.g. `--allow-failover`).
    var applyExtra: [String] = []

    /// Starts an emulator on `fixture` and writes `desiredYAML` into a fresh working folder.
    init(fixture: String, desiredYAML: String, seed: UInt64 = 0, timeScale: Double = 0.001) throws {
        emulator = try EmulatorProcess(fixture: fixture, timeScale: timeScale, seed: seed)
        work = try CommandRunner.temporaryDirectory()
        desired = work.appendingPathComponent("desired.yaml").path
        try desiredYAML.write(toFile: desired, atomically: true, encoding: .utf8)
    }

    var endpoint: [String] { ApplyCommandTests.endpointArguments(emulator) }

    /// The arguments of `apply -f` with a JSON report on stdout.
    func applyArguments(journal: String = "journal.jsonl") -> [String] {
        ["apply", "-f", desired, "--auto-approve", "--journal", work.appendingPathComponent(journal).path,
         "--format", "json", "--no-color"] + applyExtra + endpoint
    }

    /// A `switchyard apply -f` process, configured but not started, with output going nowhere
    /// (callers that want it set `standardOutput`/`standardError`). `directory` (default the
    /// estate's folder) is its working directory, where the journal goes.
    func applyProcess(journal: String = "journal.jsonl", environment: [String: String] = [:], directory: URL? = nil) -> Process {
        let folder = directory ?? work
        let process = Process()
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("switchyard")
        process.arguments = ["apply", "-f", desired, "--auto-approve", "--journal", folder.appendingPathComponent(journal).path,
                             "--format", "json", "--no-color"] + applyExtra + endpoint
        let base = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        process.environment = base.merging(ApplyCommandTests.environment) { _, new in new }.merging(environment) { _, new in new }
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// Runs `apply -f` to its end; with `fresh`, from a new empty working directory with no journal
    /// (a new CI runner).
    func apply(journal: String = "journal.jsonl", environment: [String: String] = [:], fresh: Bool = false) throws -> ApplyOutcome {
        let env = ApplyCommandTests.environment.merging(environment) { _, new in new }
        let folder = fresh ? try CommandRunner.temporaryDirectory() : work
        let arguments = ["apply", "-f", desired, "--auto-approve", "--journal", folder.appendingPathComponent(journal).path,
                         "--format", "json", "--no-color"] + applyExtra + endpoint
        return ApplyOutcome(try CommandRunner.switchyard(arguments, environment: env, directory: folder))
    }

    /// Plans and returns the exit status and the addresses of groups that are not in sync.
    func unresolvedGroups() throws -> (status: Int32, addresses: Set<String>, output: String) {
        let result = try CommandRunner.switchyard(
            ["plan", "-f", desired, "--format", "json"] + endpoint, environment: ApplyCommandTests.environment, directory: work)
        let plan = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any]
        let groups = plan?["groups"] as? [[String: Any]] ?? [["address": "<no plan: \(result.stderr)>", "action": "?"]]
        let unresolved = groups.filter { $0["action"] as? String != "in-sync" }.compactMap { $0["address"] as? String }
        return (result.status, Set(unresolved), result.stdout + result.stderr)
    }
}

/// What a plan made just before an apply says each group's steps are, to check that the apply
/// performed nothing the plan did not show.
struct PlannedSteps: Sendable {
    var kinds: [String: Set<String>] = [:]
    /// Groups whose declared `onFailure` is `restart-original` (a restart is then part of the plan).
    var restartOriginal: Set<String> = []
    /// Groups whose plan stops with HARD or escalates to it.
    var hardStop: Set<String> = []

    init(planJSON: String) {
        let plan = (try? JSONSerialization.jsonObject(with: Data(planJSON.utf8))) as? [String: Any]
        for group in plan?["groups"] as? [[String: Any]] ?? [] {
            guard let address = group["address"] as? String else { continue }
            let steps = group["steps"] as? [[String: Any]] ?? []
            kinds[address] = Set(steps.compactMap { $0["kind"] as? String })
            if (group["settings"] as? [String: Any])?["on_failure"] as? String == "restart-original" { restartOriginal.insert(address) }
            if steps.contains(where: { $0["mode"] as? String == "hard" || $0["escalate_to_hard"] as? Bool == true }) { hardStop.insert(address) }
        }
    }

    /// Every step `apply` performed (or waited for) that the plan did not show, as sentences.
    func unplanned(in apply: ApplyOutcome) -> [String] {
        var problems: [String] = []
        for (address, group) in apply.groups.sorted(by: { $0.key < $1.key }) {
            let planned = kinds[address] ?? []
            for kind in group.stepKinds {
                let parts = kind.split(separator: "+").map(String.init)
                var allowed = planned.contains(parts[0])
                if parts.count > 1 && parts[1] == "restart" { allowed = restartOriginal.contains(address) }
                if parts.count > 1 && parts[1] == "hard" { allowed = allowed && hardStop.contains(address) }
                if !allowed { problems.append("\(address): apply performed \(kind), which the plan did not show (plan: \(planned.sorted()))") }
            }
        }
        return problems
    }
}

extension Estate {
    /// `drift` now: its exit status and output (0: every group in sync and serving).
    func driftStatus() throws -> (status: Int32, output: String) {
        let result = try CommandRunner.switchyard(
            ["drift", "-f", desired, "--no-color"] + endpoint, environment: ApplyCommandTests.environment, directory: work)
        return (result.status, result.stdout + result.stderr)
    }

    /// The steps of a plan made now (`plan --format json` from the estate's folder).
    func plannedSteps() throws -> PlannedSteps {
        let result = try CommandRunner.switchyard(
            ["plan", "-f", desired, "--format", "json"] + endpoint, environment: ApplyCommandTests.environment, directory: work)
        return PlannedSteps(planJSON: result.stdout)
    }
}

extension EmulatorProcess {
    /// Sends an admin request; returns the HTTP status and body.
    @discardableResult
    func adminRequest(_ method: String, _ path: String, json: String? = nil) throws -> (status: Int, body: String) {
        var arguments = ["-s", "-X", method, "-w", "\n%{http_code}"]
        if let json { arguments += ["-H", "Content-Type: application/json", "-d", json] }
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/curl"), arguments + ["\(url)/__emulator/\(path)"])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    /// Reverse jobs per group name: accepted and succeeded.
    func switchovers() throws -> [String: (accepted: Int, succeeded: Int)] {
        var counts: [String: (accepted: Int, succeeded: Int)] = [:]
        for entry in try admin("switchovers")["groups"] as? [[String: Any]] ?? [] {
            guard let name = entry["name"] as? String else { continue }
            counts[name] = (entry["accepted"] as? Int ?? -1, entry["succeeded"] as? Int ?? -1)
        }
        return counts
    }

    /// The invariant log, one line per violation (empty when no rule was broken).
    func violationLines() throws -> [String] {
        let violations = try admin("invariants")["violations"] as? [[String: Any]] ?? [["kind": "unreadable log"]]
        return violations.map { "\($0["kind"] ?? "?") group \($0["group_id"] ?? "?") (\($0["operation"] ?? "?"))" }
    }
}
