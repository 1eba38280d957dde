// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Testing

/// One row of the fault matrix: what goes wrong during `apply`, and what a truthful run reports.
struct FaultScenario: Sendable, CustomTestStringConvertible {
    /// An admin call against the emulator (`POST /__emulator/faults`, …).
    struct AdminCall: Sendable {
        var method: String
        var path: String
        var json: String?
    }

    var name: String
    /// Seeds the emulator's fault generator.
    var seed: UInt64 = 1
    /// Fault rules (`POST /__emulator/faults` bodies) active during the apply.
    var faults: [String] = []
    /// Mid-run out-of-band changes (`POST /__emulator/triggers` bodies); each must fire.
    var triggers: [String] = []
    /// Groups the faulted apply cannot converge, each with a phrase its report must contain.
    var unresolved: [String: String] = [:]
    /// Groups switched by someone else (a trigger): no reverse by switchyard is expected.
    var switchedByOthers: Set<String> = []
    /// A step each listed group's report must show (e.g. the hard stop after a hanging soft stop).
    var requiredSteps: [String: String] = [:]
    /// What a person does to fix the cause before rerunning; `nil` = no rerun in this scenario.
    var fix: [AdminCall]?

    var testDescription: String { name }

    /// Whether a fault answers requests with an error (so the emulator must count failed requests).
    var injectsFailingRequests: Bool {
        let kinds = ["throttled", "internal-error", "service-unavailable", "flow-control", "drop-connection"]
        return faults.contains { rule in kinds.contains { rule.contains("\"kind\": \"\($0)\"") } }
    }
}

/// The quickstart estate's identifiers (examples/quickstart/cloud.yaml).
enum Quickstart {
    static let fixture = "examples/quickstart/cloud.yaml"
    static let erpDB = "f8e34cd7-fbbf-4d9b-8c6b-a17d0ff7e85b"
    static let erpApp = "1a8a088e-8ec8-4fe5-94b5-37bc699d57a3"
    /// erp-db-1 and erp-app-1 at the source (production) AZ.
    static let erpDBSourceServer = "b974d232-8c26-432d-a065-943a96119314"
    static let erpAppSourceServer = "2ef4fcdd-3d4c-40db-9533-cbf0a00287e8"
    /// The groups the desired state switches (crm is already in sync).
    static let switching = ["erp-db", "erp-app"]

    /// Quickstart's desired state with timeouts short enough for tests: erp-db stops softly (2 s),
    /// erp-app soft-then-hard (escalates after 1 s) and depends on erp-db.
    /// The quickstart's ERP groups declared to fail over (their production AZ is down), erp-app
    /// after erp-db.
    static let failoverYAML = """
        version: 1
        defaults:
          shutdownTimeout: 2s
          switchTimeout: 1m
        groups:
          - name: erp-db
            activeSite: target
            failover: {reason: "INC-1: cn-north-4a is down"}
          - name: erp-app
            activeSite: target
            dependsOn: [erp-db]
            failover: {reason: "INC-1: cn-north-4a is down"}
          - name: crm
            activeSite: target
        """

    /// The quickstart's ERP groups failed over to target, to be re-protected (power left alone, so
    /// that the re-protect is the whole change).
    static let reprotectYAML = """
        version: 1
        defaults:
          shutdownTimeout: 2s
          switchTimeout: 1m
          startAfterSwitch: false
          protection: enabled
        groups:
          - name: erp-db
            activeSite: target
          - name: erp-app
            activeSite: target
            dependsOn: [erp-db]
          - name: crm
            activeSite: target
        """

    static let desiredYAML = """
        version: 1
        defaults:
          shutdown: soft
          shutdownTimeout: 2s
          switchTimeout: 1m
        policy:
          maxSwitchesPerRun: 10
          parallelism: 10
        groups:
          - name: erp-db
            activeSite: target
          - name: erp-app
            activeSite: target
            dependsOn: [erp-db]
            shutdown: soft-then-hard
            shutdownTimeout: 1s
          - name: crm
            activeSite: target
        """
}

extension FaultScenario {
    static let powerOffErpDBSource = AdminCall(
        method: "POST", path: "servers/\(Quickstart.erpDBSourceServer)/power", json: #"{"status": "SHUTOFF"}"#)

    /// Singles first, then combinations.
    static let all: [FaultScenario] = [
        FaultScenario(
            name: "429 storm with Retry-After",
            faults: [
                #"{"kind": "throttled", "count": 3, "retry_after_seconds": 1}"#,
                #"{"kind": "throttled", "operation": "BatchStopServers", "count": 1, "retry_after_seconds": 1}"#,
                #"{"kind": "throttled", "operation": "StartReverseProtectionGroup", "count": 1, "retry_after_seconds": 1}"#,
            ]),
        FaultScenario(
            name: "5% HTTP 500 and 5% HTTP 503 on every call", seed: 7,
            faults: [
                #"{"kind": "internal-error", "probability": 0.05}"#,
                #"{"kind": "service-unavailable", "probability": 0.05}"#,
            ]),
        FaultScenario(
            name: "dropped connections on every operation", seed: 11,
            faults: [
                #"{"kind": "drop-connection", "probability": 0.08}"#,
                #"{"kind": "drop-connection", "operation": "StartReverseProtectionGroup", "count": 1}"#,
                #"{"kind": "drop-connection", "operation": "BatchStartServers", "count": 1}"#,
            ]),
        FaultScenario(
            name: "latency spikes", seed: 3,
            faults: [#"{"kind": "latency", "latency_ms": 300000, "probability": 0.15}"#]),
        FaultScenario(
            name: "ECS flow control: Common.0024 with HTTP 202",
            faults: [
                #"{"kind": "flow-control", "operation": "BatchStopServers", "count": 2}"#,
                #"{"kind": "flow-control", "operation": "BatchStartServers", "count": 1}"#,
            ]),
        FaultScenario(
            name: "reverse job fails, then succeeds on the rerun",
            faults: [#"{"kind": "reverse-job-failure", "group_id": "\#(Quickstart.erpDB)", "count": 1}"#],
            unresolved: ["erp-db": "SDRS.1029", "erp-app": "depends on erp-db"],
            fix: []),
        FaultScenario(
            name: "soft stop hangs, soft-then-hard escalates",
            faults: [#"{"kind": "soft-stop-hang", "server_id": "\#(Quickstart.erpAppSourceServer)"}"#],
            requiredSteps: ["erp-app": "stop-hard"]),
        FaultScenario(
            name: "soft stop hangs with shutdown soft: timeout, fixed by hand, rerun",
            faults: [#"{"kind": "soft-stop-hang", "server_id": "\#(Quickstart.erpDBSourceServer)"}"#],
            unresolved: ["erp-db": "shutdown-timeout", "erp-app": "depends on erp-db"],
            fix: [powerOffErpDBSource]),
        FaultScenario(
            name: "server powered on by someone mid-switch",
            triggers: [
                #"{"operation": "StartReverseProtectionGroup", "when_group_id": "\#(Quickstart.erpDB)", "action": "power-on", "server_id": "\#(Quickstart.erpDBSourceServer)"}"#
            ],
            unresolved: ["erp-db": "powered on during the switchover", "erp-app": "depends on erp-db"],
            fix: [powerOffErpDBSource]),
        FaultScenario(
            name: "server powered on by someone while it stops",
            triggers: [
                #"{"operation": "BatchStopServers", "when_group_id": "\#(Quickstart.erpApp)", "action": "power-on", "server_id": "\#(Quickstart.erpAppSourceServer)"}"#
            ]),
        FaultScenario(
            name: "group switched by someone else mid-apply",
            triggers: [
                #"{"operation": "BatchStopServers", "when_group_id": "\#(Quickstart.erpDB)", "action": "set-priority-station", "priority_station": "target", "status": "protected"}"#
            ],
            switchedByOthers: ["erp-db"]),
        FaultScenario(
            name: "combined: 429 storm, 5xx, drops and latency", seed: 19,
            faults: [
                #"{"kind": "throttled", "count": 2, "retry_after_seconds": 1}"#,
                #"{"kind": "internal-error", "probability": 0.05}"#,
                #"{"kind": "service-unavailable", "probability": 0.05}"#,
                #"{"kind": "drop-connection", "probability": 0.05}"#,
                #"{"kind": "latency", "latency_ms": 200000, "probability": 0.1}"#,
            ]),
        FaultScenario(
            name: "combined: reverse job failure under 5% errors and flow control", seed: 23,
            faults: [
                #"{"kind": "reverse-job-failure", "group_id": "\#(Quickstart.erpApp)", "count": 1}"#,
                #"{"kind": "internal-error", "probability": 0.05}"#,
                #"{"kind": "flow-control", "operation": "BatchStartServers", "count": 1}"#,
            ],
            unresolved: ["erp-app": "SDRS.1029"],
            fix: []),
        FaultScenario(
            name: "combined: powered on mid-switch while throttled and dropping connections", seed: 29,
            faults: [
                #"{"kind": "throttled", "operation": "ShowProtectionGroup", "count": 2, "retry_after_seconds": 0}"#,
                #"{"kind": "drop-connection", "probability": 0.05}"#,
            ],
            triggers: [
                #"{"operation": "StartReverseProtectionGroup", "when_group_id": "\#(Quickstart.erpDB)", "action": "power-on", "server_id": "\#(Quickstart.erpDBSourceServer)"}"#
            ],
            unresolved: ["erp-db": "powered on during the switchover", "erp-app": "depends on erp-db"],
            fix: [powerOffErpDBSource]),
    ]
}
