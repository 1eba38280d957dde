// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// plan → apply → plan through the CLI against the emulator under each fault and
/// combinations. Each run converges or stops with a truthful report; the invariant log stays
/// empty; a final plan shows no changes or exactly the unresolved groups; no group is switched
/// more than once (exactly once when switchyard converged it).
@Suite("fault matrix: plan → apply → plan under injected faults", .serialized)
struct FaultMatrixTests {
    @Test(arguments: FaultScenario.all)
    func applyConvergesOrReportsTruthfully(_ scenario: FaultScenario) async throws {
        let label = "[\(scenario.name), seed \(scenario.seed)]"
        let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML, seed: scenario.seed)
        defer { estate.emulator.stop() }
        #expect(try await offThePool { try estate.unresolvedGroups() }.addresses == Set(Quickstart.switching), "\(label) first plan")

        for fault in scenario.faults {
            let added = try estate.emulator.adminRequest("POST", "faults", json: fault)
            try #require(added.status == 201, "\(label) fault not accepted: \(added.body)")
        }
        for trigger in scenario.triggers {
            let added = try estate.emulator.adminRequest("POST", "triggers", json: trigger)
            try #require(added.status == 201, "\(label) trigger not accepted: \(added.body)")
        }

        let planned = try await offThePool { try estate.plannedSteps() }
        let apply = try await offThePool { try estate.apply() }
        for problem in planned.unplanned(in: apply) { Issue.record("\(label) \(problem)") }
        let context = "\(label) \(apply.summary)\n\(apply.stdout)\n\(apply.stderr)"
        #expect(apply.status == (scenario.unresolved.isEmpty ? 0 : 1), "\(context)")
        for address in Quickstart.switching {
            let group = apply.groups[address]
            if let phrase = scenario.unresolved[address] {
                #expect(["failed", "skipped"].contains(group?.result), "\(address) \(context)")
                #expect(group?.explanation.contains(phrase) == true, "\(address) should say '\(phrase)' \(context)")
            } else {
                #expect(group?.result == "converged", "\(address) \(context)")
            }
            if let step = scenario.requiredSteps[address] {
                #expect(group?.steps.contains(step) == true, "\(address) should show step \(step) \(context)")
            }
            if scenario.switchedByOthers.contains(address) {
                #expect(group?.explanation.contains("not made by this run") == true, "\(address) \(context)")
            }
        }
        if !scenario.triggers.isEmpty {
            let fired = try estate.emulator.admin("triggers")["fired"] as? [Any] ?? []
            #expect(fired.count == scenario.triggers.count, "\(label) mid-run changes that happened: \(fired)")
        }
        let violations = try estate.emulator.violationLines()
        #expect(violations.isEmpty, "\(label) \(violations)")
        try expectReverses(estate, converged: Set(Quickstart.switching).subtracting(scenario.unresolved.keys), scenario, label)

        if scenario.injectsFailingRequests {
            let operations = try estate.emulator.admin("requests")["operations"] as? [[String: Any]] ?? []
            let failed = operations.reduce(0) { $0 + ($1["failures"] as? Int ?? 0) }
            #expect(failed > 0, "\(label) no injected fault fired: the scenario proves nothing")
        }
        try estate.emulator.adminRequest("DELETE", "faults")
        let final = try await offThePool { try estate.unresolvedGroups() }
        #expect(final.addresses == Set(scenario.unresolved.keys), "\(label) final plan: \(final.output)")

        guard let fix = scenario.fix else { return }
        for call in fix {
            let done = try estate.emulator.adminRequest(call.method, call.path, json: call.json)
            try #require((200..<300).contains(done.status), "\(label) fix \(call.path): \(done.body)")
        }
        let replanned = try await offThePool { try estate.plannedSteps() }
        let rerun = try await offThePool { try estate.apply(fresh: true) }
        for problem in replanned.unplanned(in: rerun) { Issue.record("\(label) rerun: \(problem)") }
        #expect(rerun.status == 0, "\(label) rerun \(rerun.summary)\n\(rerun.stdout)\n\(rerun.stderr)")
        for address in Quickstart.switching {
            #expect(["converged", "already-converged", "in-sync"].contains(rerun.groups[address]?.result), "\(label) rerun \(rerun.summary)")
        }
        #expect(try await offThePool { try estate.unresolvedGroups() }.addresses.isEmpty, "\(label) plan after the rerun")
        #expect(try estate.emulator.violationLines().isEmpty, "\(label) after the rerun")
        try expectReverses(estate, converged: Set(Quickstart.switching), scenario, label)
    }

    /// At most one successful reverse per group; exactly one for each group switchyard converged
    /// (none for a group someone else switched, or that never switched).
    func expectReverses(_ estate: Estate, converged: Set<String>, _ scenario: FaultScenario, _ label: String) throws {
        let counts = try estate.emulator.switchovers()
        for (name, count) in counts {
            let expected = converged.contains(name) && !scenario.switchedByOthers.contains(name) ? 1 : 0
            #expect(count.succeeded == expected, "\(label) \(name): \(count.succeeded) successful reverses, expected \(expected)")
        }
        #expect(Set(counts.keys) == ["erp-db", "erp-app", "crm"], "\(label) \(counts)")
    }
}
