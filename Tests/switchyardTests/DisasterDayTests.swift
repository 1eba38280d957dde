// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// The runbook of docs/disaster-day.md, step by step, through the real CLI against the emulator:
/// the production AZ goes down → the switchover is blocked, naming failover → declared and
/// allowed, apply fails over and starts production → drift shows it unprotected → the AZ comes
/// back → re-protect → switch back. Every command runs from a fresh working directory (no journal),
/// and the emulator's invariant log stays empty throughout.
@Suite("disaster day: failover, re-protect, switch back", .serialized)
struct DisasterDayTests {
    static let downZone = "cn-north-4a"

    /// erp-db wants the target AZ; the file changes as the runbook goes.
    static func desired(active: String = "target", failover: Bool = false, protection: String? = nil) -> String {
        var yaml = """
            version: 1
            defaults:
              shutdownTimeout: 2s
              switchTimeout: 1m
            groups:
              - name: erp-db
                activeSite: \(active)

            """
        if let protection { yaml += "    protection: \(protection)\n" }
        if failover { yaml += "    failover:\n      reason: \"INC-4711: cn-north-4a is down\"\n" }
        return yaml
    }

    static func write(_ estate: Estate, _ yaml: String) throws -> String {
        let path = estate.work.appendingPathComponent("desired-\(UUID().uuidString.prefix(8)).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func apply(_ estate: Estate, _ file: String, extra: [String] = []) throws -> ApplyOutcome {
        let work = try CommandRunner.temporaryDirectory()
        let arguments = ["apply", "-f", file, "--auto-approve", "--journal", work.appendingPathComponent("j.jsonl").path, "--format", "json", "--no-color"] + extra
        return ApplyOutcome(try CommandRunner.switchyard(arguments + estate.endpoint, environment: ApplyCommandTests.environment, directory: work))
    }

    /// erp-db as `drift --format json` reports it (`status`, `live_site`, `state`, `reasons`).
    static func group(_ estate: Estate) throws -> [String: Any] {
        let drift = try LevelTriggeredApplyTests.fresh(estate, ["drift", "-f", estate.desired, "--format", "json"])
        let report = (try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any]) ?? [:]
        return (report["groups"] as? [[String: Any]] ?? []).first { $0["address"] as? String == "erp-db" } ?? [:]
    }

    @Test func theRunbookFromOutageToSwitchBack() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Self.desired())
            defer { estate.emulator.stop() }
            #expect(try estate.emulator.adminRequest("POST", "zones/\(Self.downZone)/outage", json: #"{"down": true}"#).status == 204)

            // 1. A planned switchover is impossible, and the plan says what to do.
            let blocked = try LevelTriggeredApplyTests.fresh(estate, ["plan", "-f", estate.desired, "--no-color"])
            #expect(blocked.status == 3, "\(blocked.stderr)")  // 3: a group is blocked
            #expect(blocked.stdout.contains("! erp-db"), "\(blocked.stdout)")
            #expect(blocked.stdout.contains("[production-site-down]") && blocked.stdout.unwrapped.contains("declare a failover"), "\(blocked.stdout)")

            // 2. The declaration makes it a failover that stands out in every format.
            let declared = try Self.write(estate, Self.desired(failover: true))
            let plan = try LevelTriggeredApplyTests.fresh(estate, ["plan", "-f", declared, "--no-color"])
            #expect(plan.stdout.contains("!! FAILOVER") && plan.stdout.contains("~! erp-db"), "\(plan.stdout)")
            #expect(plan.stdout.contains("INC-4711"), "\(plan.stdout)")
            let markdown = try LevelTriggeredApplyTests.fresh(estate, ["plan", "-f", declared, "--format", "markdown"])
            #expect(markdown.stdout.contains("FAILOVER"), "\(markdown.stdout)")
            let json = try LevelTriggeredApplyTests.fresh(estate, ["plan", "-f", declared, "--format", "json"])
            let planned = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]) ?? [:]
            let erpDB = (planned["groups"] as? [[String: Any]] ?? []).first { $0["address"] as? String == "erp-db" }
            #expect(erpDB?["action"] as? String == "failover")
            #expect(erpDB?["failover_reason"] as? String == "INC-4711: cn-north-4a is down")

            // 3. Without --allow-failover, nothing happens, even with --auto-approve.
            let calls = try LevelTriggeredApplyTests.changingCalls(estate)
            let refused = try Self.apply(estate, declared)
            #expect(refused.status == 1, "\(refused.stdout)\n\(refused.stderr)")
            #expect(refused.stderr.contains("--allow-failover"), "\(refused.stderr)")
            #expect(try LevelTriggeredApplyTests.changingCalls(estate) == calls)

            // 4. With it, apply fails over and starts production at the target AZ.
            let failedOver = try Self.apply(estate, declared, extra: ["--allow-failover"])
            #expect(failedOver.status == 0, "\(failedOver.stdout)\n\(failedOver.stderr)")
            #expect(failedOver.groups["erp-db"]?.result == "converged")
            #expect(failedOver.groups["erp-db"]?.stepKinds.contains("failover") == true, "\(failedOver.stdout)")
            #expect(failedOver.groups["erp-db"]?.stepKinds.contains("start-servers") == true, "\(failedOver.stdout)")
            #expect(try Self.group(estate)["status"] as? String == "failed-over")
            #expect(try Self.group(estate)["live_site"] as? String == "target")

            // A rerun changes nothing: the failover is done (the declaration is still in the file).
            let again = try Self.apply(estate, declared, extra: ["--allow-failover"])
            #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
            #expect(again.groups["erp-db"]?.result == "in-sync", "\(again.stdout)")

            // 5. Drift: production serves, but the group is not protected.
            let drift = try LevelTriggeredApplyTests.fresh(estate, ["drift", "-f", declared, "--format", "json"])
            let report = (try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any]) ?? [:]
            let driftGroup = (report["groups"] as? [[String: Any]] ?? []).first { $0["address"] as? String == "erp-db" }
            #expect(driftGroup?["state"] as? String == "degraded", "\(drift.stdout)")
            #expect((driftGroup?["reasons"] as? [[String: Any]] ?? []).contains { $0["code"] as? String == "failed-over" })

            // 6. Re-protect waits for the old site: blocked while it is down, converges once it is back.
            let reprotect = try Self.write(estate, Self.desired(protection: "enabled"))
            let stillDown = try LevelTriggeredApplyTests.fresh(estate, ["plan", "-f", reprotect, "--no-color"])
            #expect(stillDown.stdout.contains("still unreachable"), "\(stillDown.stdout)")
            #expect(try estate.emulator.adminRequest("POST", "zones/\(Self.downZone)/outage", json: #"{"down": false}"#).status == 204)
            let reprotected = try Self.apply(estate, reprotect)
            #expect(reprotected.status == 0, "\(reprotected.stdout)\n\(reprotected.stderr)")
            #expect(reprotected.groups["erp-db"]?.stepKinds.contains("reprotect") == true, "\(reprotected.stdout)")
            #expect(try Self.group(estate)["status"] as? String == "protected")

            // 7. A planned switchover back to the source AZ.
            let back = try Self.write(estate, Self.desired(active: "source", protection: "enabled"))
            let switchedBack = try Self.apply(estate, back)
            #expect(switchedBack.status == 0, "\(switchedBack.stdout)\n\(switchedBack.stderr)")
            #expect(switchedBack.groups["erp-db"]?.stepKinds.contains("reverse") == true, "\(switchedBack.stdout)")
            #expect(try Self.group(estate)["live_site"] as? String == "source")
            #expect(try Self.group(estate)["status"] as? String == "protected")

            // Exactly one failover and one re-protect reached SDRS; nothing unsafe happened.
            let requests = try estate.emulator.admin("requests")
            let operations = (requests["operations"] as? [[String: Any]] ?? []).reduce(into: [String: Int]()) {
                $0[$1["operation"] as? String ?? ""] = $1["calls"] as? Int ?? 0
            }
            #expect(operations["StartFailoverProtectionGroup"] == 1, "\(operations)")
            #expect(operations["StartProtectionGroup"] == 1, "\(operations)")
            let violations = try estate.emulator.violationLines()
            #expect(violations.isEmpty, "\(violations)")
        }
    }

    @Test func aFailedFailoverFailsTheGroupAndARerunRetriesIt() async throws {
        try await offThePool {
            let estate = try Estate(fixture: Quickstart.fixture, desiredYAML: Self.desired(failover: true))
            defer { estate.emulator.stop() }
            #expect(try estate.emulator.adminRequest("POST", "zones/\(Self.downZone)/outage", json: #"{"down": true}"#).status == 204)
            let fault = #"{"kind": "group-job-failure", "operation": "StartFailoverProtectionGroup", "count": 1}"#
            #expect(try estate.emulator.adminRequest("POST", "faults", json: fault).status == 201)

            let failed = try Self.apply(estate, estate.desired, extra: ["--allow-failover"])
            #expect(failed.status == 1, "\(failed.stdout)\n\(failed.stderr)")
            #expect(failed.groups["erp-db"]?.result == "failed")
            #expect(failed.stdout.contains("failover-failed") && failed.stdout.contains("SDRS.1030"), "\(failed.stdout)")
            #expect(try Self.group(estate)["status"] as? String == "error-failing-over")

            let plan = try LevelTriggeredApplyTests.fresh(estate, ["plan", "-f", estate.desired, "--no-color"])
            #expect(plan.stdout.contains("the previous failover of this group failed"), "\(plan.stdout)")
            let retried = try Self.apply(estate, estate.desired, extra: ["--allow-failover"])
            #expect(retried.status == 0, "\(retried.stdout)\n\(retried.stderr)")
            #expect(try Self.group(estate)["status"] as? String == "failed-over")
            let violations = try estate.emulator.violationLines()
            #expect(violations.isEmpty, "\(violations)")
        }
    }
}
