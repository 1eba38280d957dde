// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// The live estate alone decides: through the real CLI against the emulator, every apply here runs
/// from a fresh working directory with no journal (a new CI runner), and the plan shows all that
/// apply does.
@Suite("level-triggered apply, end to end", .serialized)
struct LevelTriggeredApplyTests {
    /// erp-db's servers at the target AZ (its production after the quickstart switch).
    static let erpDBTargetServers = ["af42822c-0507-4e44-bbe7-8d1d0469a1d1", "658b0e8e-2511-40cb-ad1c-3837aaf0a10a"]

    /// The blocked-groups fixture's credentials.
    static let blockedGroupsEnvironment = [
        "HUAWEICLOUD_SDK_AK": "HPUABLOCKEDGROUPS00A", "HUAWEICLOUD_SDK_SK": "blocked-groups-secret-key-not-real-000000",
        "HUAWEICLOUD_SDK_PROJECT_ID": "0b5e7c3a1d2f4e6a8c9b0d1e2f3a4b5c",
    ]

    /// `switchyard ARGS` against the estate's emulator, from a fresh working directory.
    static func fresh(_ estate: Estate, _ arguments: [String], environment: [String: String] = ApplyCommandTests.environment) throws -> CommandResult {
        let work = try CommandRunner.temporaryDirectory()
        return try CommandRunner.switchyard(arguments + estate.endpoint, environment: environment, directory: work)
    }

    /// `apply -f` from a fresh working directory with a JSON report.
    static func applyFresh(_ estate: Estate, file: String? = nil) throws -> ApplyOutcome {
        let work = try CommandRunner.temporaryDirectory()
        let arguments = ["apply", "-f", file ?? estate.desired, "--auto-approve", "--journal", work.appendingPathComponent("j.jsonl").path, "--format", "json", "--no-color"]
        return ApplyOutcome(try CommandRunner.switchyard(arguments + estate.endpoint, environment: ApplyCommandTests.environment, directory: work))
    }

    static func changingCalls(_ estate: Estate) throws -> Int {
        try estate.emulator.admin("requests")["changing_calls"] as? Int ?? -1
    }

    @Test func productionPoweredOffOutOfBandIsAChangeInPlanAndDriftAndApplyStartsOnlyIt() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML)
            defer { estate.emulator.stop() }
            let first = try Self.applyFresh(estate)
            #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
            for id in Self.erpDBTargetServers {
                #expect(try estate.emulator.adminRequest("POST", "servers/\(id)/power", json: #"{"status": "SHUTOFF"}"#).status < 300)
            }

            let plan = try Self.fresh(estate, ["plan", "-f", estate.desired, "--detailed-exitcode", "--no-color"])
            #expect(plan.status == 2, "\(plan.stdout)\n\(plan.stderr)")
            #expect(plan.stdout.contains("+ erp-db  start production at target (cn-north-4b): 2 servers down"))
            #expect(plan.stdout.contains("0 to switch, 1 to start, 2 in sync, 0 blocked."))

            let drift = try Self.fresh(estate, ["drift", "-f", estate.desired, "--format", "json"])
            #expect(drift.status == 2, "\(drift.stdout)\n\(drift.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any]
            let groups = report?["groups"] as? [[String: Any]] ?? []
            let erpDB = groups.first { $0["address"] as? String == "erp-db" }
            #expect(erpDB?["state"] as? String == "degraded")
            let reasons = (erpDB?["reasons"] as? [[String: Any]] ?? []).map { "\($0["code"] ?? "")|\($0["message"] ?? "")" }
            #expect(reasons.contains { $0.hasPrefix("production-down|") && $0.contains(Self.erpDBTargetServers[0]) }, "\(reasons)")
            for (format, needle) in [("text", "production is down"), ("markdown", "production is down"), ("junit", "production is down")] {
                let rendered = try Self.fresh(estate, ["drift", "-f", estate.desired, "--format", format, "--no-color"])
                #expect(rendered.status == 2)
                #expect(rendered.stdout.contains(needle) && rendered.stdout.contains("erp-db"), "\(format): \(rendered.stdout)")
            }

            let before = try Self.changingCalls(estate)
            let apply = try Self.applyFresh(estate)
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(apply.groups["erp-db"]?.result == "converged")
            #expect(apply.groups["erp-db"]?.steps == ["start"])
            #expect(apply.groups["erp-app"]?.result == "in-sync" && apply.groups["crm"]?.result == "in-sync")
            #expect(try Self.changingCalls(estate) == before + 1)

            let again = try Self.applyFresh(estate)
            #expect(again.status == 0)
            #expect(try Self.changingCalls(estate) == before + 1)
            #expect(!(again.stdout + again.stderr).contains("resum"))
            #expect(try estate.emulator.violationLines().isEmpty)
        }
    }

    @Test func withPowerLeftAloneStoppedProductionIsNeverStarted() async throws {
        try await offThePool {
            let yaml = Quickstart.desiredYAML.replacingOccurrences(of: "  shutdown: soft\n", with: "  shutdown: soft\n  startAfterSwitch: false\n")
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: yaml)
            defer { estate.emulator.stop() }
            let first = try Self.applyFresh(estate)
            #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
            #expect(first.groups["erp-db"]?.steps == ["stop", "reverse"])
            let plan = try Self.fresh(estate, ["plan", "-f", estate.desired, "--detailed-exitcode", "--no-color"])
            #expect(plan.status == 0, "\(plan.stdout)")
            #expect(plan.stdout.unwrapped.contains("left alone, as startAfterSwitch is false"))
            let before = try Self.changingCalls(estate)
            let again = try Self.applyFresh(estate)
            #expect(again.status == 0)
            #expect(try Self.changingCalls(estate) == before)
            for id in Self.erpDBTargetServers {
                #expect(try estate.emulator.adminServerStatus(id) == "SHUTOFF")
            }
        }
    }

    @Test func aSavedPlanNeverStartsTheNewSiteWhileTheOldOneRuns() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML)
            defer { estate.emulator.stop() }
            let planPath = estate.work.appendingPathComponent("plan.json").path
            let plan = try Self.fresh(estate, ["plan", "-f", estate.desired, "--out", planPath])
            #expect(plan.status == 0, "\(plan.stderr)")
            // Someone flips erp-db out of band while its old production servers still run.
            let flip = try estate.emulator.adminRequest("POST", "groups/\(Quickstart.erpDB)/priority-station", json: #"{"priority_station": "target", "status": "protected"}"#)
            #expect(flip.status < 300)
            let work = try CommandRunner.temporaryDirectory()
            let apply = ApplyOutcome(try CommandRunner.switchyard(
                ["apply", planPath, "--journal", work.appendingPathComponent("j.jsonl").path, "--format", "json"] + estate.endpoint,
                environment: ApplyCommandTests.environment, directory: work
            ))
            #expect(apply.status == 1, "\(apply.stdout)\n\(apply.stderr)")
            #expect(apply.groups["erp-db"]?.result == "failed")
            #expect(apply.groups["erp-db"]?.explanation.contains("both-sites-would-run") == true, "\(apply.groups["erp-db"]?.explanation ?? "")")
            #expect(apply.groups["erp-app"]?.result == "skipped")
            for id in Self.erpDBTargetServers {
                #expect(try estate.emulator.adminServerStatus(id) == "SHUTOFF")
            }
            #expect(try estate.emulator.violationLines().isEmpty)
        }
    }

    @Test func aDependantOfAStaleGroupIsSkippedAndNothingChanges() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML)
            defer { estate.emulator.stop() }
            let planPath = estate.work.appendingPathComponent("plan.json").path
            #expect(try Self.fresh(estate, ["plan", "-f", estate.desired, "--out", planPath]).status == 0)
            #expect(try estate.emulator.adminRequest("DELETE", "servers/\(Self.erpDBTargetServers[0])").status < 300)
            let work = try CommandRunner.temporaryDirectory()
            let apply = ApplyOutcome(try CommandRunner.switchyard(
                ["apply", planPath, "--journal", work.appendingPathComponent("j.jsonl").path, "--format", "json"] + estate.endpoint,
                environment: ApplyCommandTests.environment, directory: work
            ))
            #expect(apply.status == 3, "\(apply.stdout)\n\(apply.stderr)")
            #expect(apply.groups["erp-db"]?.result == "refused")
            #expect(apply.groups["erp-db"]?.explanation.contains("stale plan") == true)
            #expect(apply.groups["erp-app"]?.result == "skipped")
            #expect(apply.groups["erp-app"]?.explanation.contains("depends on erp-db") == true)
            #expect(apply.groups["crm"]?.result == "in-sync")
            #expect(try Self.changingCalls(estate) == 0)
        }
    }

    @Test func aRerunFindingServersStillStoppingEscalatesFromItsFirstObservation() async throws {
        try await offThePool {
            // erp-app's first server never finishes a soft stop; the first apply dies right after
            // sending erp-app's stop (journal record 9: header, then erp-db's three pairs, then it).
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML)
            defer { estate.emulator.stop() }
            let fault = #"{"kind": "soft-stop-hang", "server_id": "\#(Quickstart.erpAppSourceServer)", "count": 1}"#
            #expect(try estate.emulator.adminRequest("POST", "faults", json: fault).status == 201)
            let killed = try Self.applyFresh(estate, killAfterRecord: 9)
            #expect(killed.status != 0)
            let rerun = try Self.applyFresh(estate)
            #expect(rerun.status == 0, "\(rerun.stdout)\n\(rerun.stderr)")
            #expect(rerun.groups["erp-app"]?.result == "converged")
            #expect(rerun.groups["erp-app"]?.steps.prefix(2) == ["wait-for-shutdown", "stop-hard"], "\(rerun.groups["erp-app"]?.steps ?? [])")
            #expect(try estate.emulator.violationLines().isEmpty)
            #expect(try estate.emulator.switchovers()["erp-app"]?.accepted == 1)
        }
    }

    @Test func applyOfTheBlockedGroupsPlanNamesEveryGroup() async throws {
        try await offThePool {
            let estate = try Estate(fixture: "examples/blocked-groups/cloud.yaml", desiredYAML: String(contentsOfFile: CommandRunner.repositoryRoot.appendingPathComponent("examples/blocked-groups/desired.yaml").path, encoding: .utf8))
            defer { estate.emulator.stop() }
            let planPath = estate.work.appendingPathComponent("plan.json").path
            let plan = try Self.fresh(estate, ["plan", "-f", estate.desired, "--out", planPath, "--format", "json"], environment: Self.blockedGroupsEnvironment)
            #expect(plan.status == 3)
            let planned = (try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])?["groups"] as? [[String: Any]] ?? []
            let work = try CommandRunner.temporaryDirectory()
            let apply = ApplyOutcome(try CommandRunner.switchyard(
                ["apply", planPath, "--journal", work.appendingPathComponent("j.jsonl").path, "--format", "json"] + estate.endpoint,
                environment: Self.blockedGroupsEnvironment, directory: work
            ))
            #expect(apply.status == 3, "\(apply.stdout)\n\(apply.stderr)")
            #expect(planned.count >= 7)
            for group in planned {
                let address = group["address"] as? String ?? "?"
                #expect(apply.groups[address] != nil, "\(address) is missing from the apply summary")
            }
            #expect(apply.groups["healthy"]?.result == "converged")
            #expect(apply.groups["frozen"]?.result == "blocked")
        }
    }
}

extension LevelTriggeredApplyTests {
    /// `apply -f` from a fresh directory, SIGKILLed right after journal record `record`.
    static func applyFresh(_ estate: Estate, killAfterRecord record: Int) throws -> ApplyOutcome {
        let work = try CommandRunner.temporaryDirectory()
        var environment = ApplyCommandTests.environment
        environment["SWITCHYARD_TEST_KILL_AFTER_JOURNAL_RECORD"] = String(record)
        let arguments = ["apply", "-f", estate.desired, "--auto-approve", "--journal", work.appendingPathComponent("j.jsonl").path, "--format", "json"]
        return ApplyOutcome(try CommandRunner.switchyard(arguments + estate.endpoint, environment: environment, directory: work))
    }
}

extension EmulatorProcess {
    /// A server's ECS status (`ACTIVE`, `SHUTOFF`, ...) as the emulator holds it; a server in a
    /// transition reports the state it is leaving, with its task.
    func adminServerStatus(_ id: String) throws -> String {
        let servers = try admin("state")["servers"] as? [String: [String: Any]] ?? [:]
        guard let server = servers[id] else { return "?" }
        let state = server["vmState"] as? String ?? "?"
        let task = server["taskState"] as? String
        let status = ["active": "ACTIVE", "stopped": "SHUTOFF", "error": "ERROR", "deleted": "DELETED"][state] ?? state
        return task.map { "\(status)+\($0)" } ?? status
    }
}

extension LevelTriggeredApplyTests {
    /// SDRS's guide wants every server of the group shut down for a switchover, and the emulator
    /// refuses a reverse otherwise by default: the plan stops a running DR-site server too.
    @Test func aRunningDRSiteServerIsStoppedByThePlanAndTheSwitchoverSucceeds() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML)
            defer { estate.emulator.stop() }
            let drServer = Self.erpDBTargetServers[0]
            #expect(try estate.emulator.adminRequest("POST", "servers/\(drServer)/power", json: #"{"status": "ACTIVE"}"#).status < 300)
            let plan = try Self.fresh(estate, ["plan", "-f", estate.desired, "--no-color"])
            #expect(plan.stdout.unwrapped.contains("the DR-site server at cn-north-4b that runs, because SDRS needs every server of the group shut down"), "\(plan.stdout)")
            let apply = try Self.applyFresh(estate)
            #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
            #expect(apply.groups["erp-db"]?.result == "converged")
            #expect(try estate.emulator.adminServerStatus(drServer) == "ACTIVE")
            #expect(try estate.emulator.violationLines().isEmpty)
            #expect(try estate.emulator.switchovers()["erp-db"]?.accepted == 1)
        }
    }
}

extension LevelTriggeredApplyTests {
    /// `--max-call-rate` paces the client below the gateway's limit: the run is slower but never
    /// throttled, and it says how many calls waited and for how long.
    @Test func pacingBelowTheGatewayLimitIsNeverThrottled() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML)
            defer { estate.emulator.stop() }
            // 10 calls per 1,000 emulated seconds = per second of real time at this time scale.
            #expect(try estate.emulator.adminRequest("PUT", "rate-limit", json: #"{"calls": 10, "per_seconds": 1000}"#).status < 300)
            let work = try CommandRunner.temporaryDirectory()
            let result = try CommandRunner.switchyard(
                ["apply", "-f", estate.desired, "--auto-approve", "--journal", work.appendingPathComponent("j.jsonl").path, "--max-call-rate", "8/1"]
                    + estate.endpoint,
                environment: ApplyCommandTests.environment, directory: work)
            #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
            #expect(result.stderr.contains("paced: "), "\(result.stderr)")
            #expect(!result.stderr.contains("throttled: "), "\(result.stderr)")
            let limit = try estate.emulator.admin("rate-limit")
            #expect(limit["throttled_calls"] as? Int == 0, "\(limit)")
        }
    }
}

extension LevelTriggeredApplyTests {
    /// In a CI log (no terminal) a long wait says it is still being watched, and a step whose job
    /// failed is logged `failed`, never `done`.
    @Test func aCILogShowsHeartbeatsAndNeverDoneForAFailedStep() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Quickstart.desiredYAML, timeScale: 0.01)
            defer { estate.emulator.stop() }
            let fault = #"{"kind": "reverse-job-failure", "group_id": "\#(Quickstart.erpDB)", "error_code": "SDRS.1029", "count": 1}"#
            #expect(try estate.emulator.adminRequest("POST", "faults", json: fault).status == 201)
            let work = try CommandRunner.temporaryDirectory()
            // --poll-scale 0.001: heartbeats every 30 ms of a wait, as every 30 s against the cloud.
            let result = try CommandRunner.switchyard(
                ["apply", "-f", estate.desired, "--auto-approve", "--journal", work.appendingPathComponent("j.jsonl").path, "--poll-scale", "0.001", "--no-color"]
                    + estate.endpoint,
                environment: ApplyCommandTests.environment, directory: work)
            #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let heartbeats = lines.filter { $0.contains("erp-db: still switching over (job sdrs:") && $0.hasSuffix(" elapsed]") }
            #expect(heartbeats.count >= 2, "\(result.stdout)")
            #expect(lines.contains { $0.contains("erp-db: reverse failed") }, "\(result.stdout)")
            #expect(!lines.contains { $0.contains("erp-db: reverse done") }, "\(result.stdout)")
            #expect(lines.contains { $0.contains("erp-app: skipped") }, "\(result.stdout)")
        }
    }
}
