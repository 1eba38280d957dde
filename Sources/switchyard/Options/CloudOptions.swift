// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser

/// Where the cloud is and how to reach it; shared by every command that talks to it.
///
/// Precedence: flag, then environment variable, then the desired-state file's `cloud:` section.
struct CloudOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Region, e.g. cn-north-4 (env SWITCHYARD_REGION).", valueName: "region"))
    var region: String?

    @Option(name: .customLong("project-id"), help: ArgumentHelp("IAM project ID (env HUAWEICLOUD_SDK_PROJECT_ID).", valueName: "id"))
    var projectID: String?

    @Option(name: .customLong("sdrs-endpoint"), help: ArgumentHelp("Override the SDRS endpoint URL (env SWITCHYARD_SDRS_ENDPOINT).", valueName: "url"))
    var sdrsEndpoint: String?

    @Option(name: .customLong("ecs-endpoint"), help: ArgumentHelp("Override the ECS endpoint URL (env SWITCHYARD_ECS_ENDPOINT).", valueName: "url"))
    var ecsEndpoint: String?

    @Option(name: .customLong("ca-bundle"), help: ArgumentHelp("PEM file of extra CA certificates to trust. TLS verification cannot be turned off.", valueName: "path"))
    var caBundle: String?

    @Option(help: ArgumentHelp(
        "Run against an embedded SDRS/ECS emulator loaded from this fixture, over real HTTP on loopback.",
        valueName: "fixture.yaml"))
    var emulator: String?

    @Option(name: .customLong("emulator-state"), help: ArgumentHelp(
        "State file of the embedded emulator, so successive runs see each other's changes (default: .switchyard/emulator/<fixture name>.json).",
        valueName: "path"))
    var emulatorState: String?

    @Flag(name: .customLong("emulator-reset"), help: "Start the embedded emulator from its fixture, discarding saved state.")
    var emulatorReset = false

    @Option(name: .customLong("emulator-time-scale"), help: ArgumentHelp(
        "Speed of the embedded emulator's clock: 1 is real time, 0.01 makes a 10-minute switchover take 6 s.",
        valueName: "factor"))
    var emulatorTimeScale: Double = 0.01

    @Option(name: .customLong("retry-time-scale"), help: ArgumentHelp(
        "Multiply retry back-off by this factor (0 < factor <= 1), for an external emulator running at a time scale. Default: 1, or --emulator-time-scale with --emulator.",
        valueName: "factor", visibility: .hidden))
    var retryTimeScale: Double?

    @Option(name: .customLong("max-call-rate"), help: ArgumentHelp(
        "Pace API calls to at most CALLS per SECONDS (e.g. 200/300, the gateway limit seen in cn-north-4), so the run slows down before the gateway throttles it (env SWITCHYARD_MAX_CALL_RATE).",
        valueName: "calls/seconds"))
    var maxCallRate: String?

    @Flag(help: "Log every API call (method, path, status, duration, request ID) to stderr. Secrets are never logged.")
    var debug = false

    func validate() throws {
        if emulator == nil, emulatorState != nil || emulatorReset {
            throw ValidationError("--emulator-state and --emulator-reset need --emulator")
        }
        if emulator != nil, sdrsEndpoint != nil || ecsEndpoint != nil {
            throw ValidationError("--emulator cannot be combined with --sdrs-endpoint or --ecs-endpoint")
        }
        guard emulatorTimeScale > 0, emulatorTimeScale <= 10 else {
            throw ValidationError("--emulator-time-scale must be greater than 0 and at most 10")
        }
        if let retryTimeScale, !(retryTimeScale > 0 && retryTimeScale <= 1) {
            throw ValidationError("--retry-time-scale must be greater than 0 and at most 1")
        }
    }
}
