// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

/// Where the cloud is and how to reach it; shared by every command that talks to it.
///
/// Precedence: flag, then environment variable, then the desired-state file's `cloud:` section.
struct CloudOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.helpCloudRegion, valueName: "region"))
    var region: String?

    @Option(name: .customLong("project-id"), help: ArgumentHelp(.helpCloudProjectID, valueName: "id"))
    var projectID: String?

    @Option(name: .customLong("sdrs-endpoint"), help: ArgumentHelp(.helpCloudSDRSEndpoint, valueName: "url"))
    var sdrsEndpoint: String?

    @Option(name: .customLong("ecs-endpoint"), help: ArgumentHelp(.helpCloudECSEndpoint, valueName: "url"))
    var ecsEndpoint: String?

    @Option(name: .customLong("ca-bundle"), help: ArgumentHelp(.helpCloudCABundle, valueName: "path"))
    var caBundle: String?

    @Option(help: ArgumentHelp(.helpCloudEmulator, valueName: "fixture.yaml"))
    var emulator: String?

    @Option(name: .customLong("emulator-state"), help: ArgumentHelp(.helpCloudEmulatorState, valueName: "path"))
    var emulatorState: String?

    @Flag(name: .customLong("emulator-reset"), help: ArgumentHelp(.helpCloudEmulatorReset))
    var emulatorReset = false

    @Option(name: .customLong("emulator-time-scale"), help: ArgumentHelp(.helpCloudEmulatorTimeScale, valueName: "factor"))
    var emulatorTimeScale: Double = 0.01

    @Option(name: .customLong("retry-time-scale"), help: ArgumentHelp(.helpCloudRetryTimeScale, valueName: "factor", visibility: .hidden))
    var retryTimeScale: Double?

    @Option(name: .customLong("max-call-rate"), help: ArgumentHelp(.helpCloudMaxCallRate, valueName: "calls/seconds"))
    var maxCallRate: String?

    @Flag(help: ArgumentHelp(.helpCloudDebug))
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
