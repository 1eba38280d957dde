// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import AsyncHTTPClient
import Foundation
import HuaweiCloudClient
import HuaweiCloudSigner
import Logging
import SDRSEmulator
import SwitchyardCore

/// What a command will do with the cloud; picks the emulator credential to use.
enum CloudPurpose {
    /// Only reads (validate, plan, drift): a read-only identity is enough and preferred.
    case read
    /// Changes the cloud (apply).
    case write
}

/// The resolved target of a run, safe to print and to store in plans.
struct CloudTarget: Sendable {
    var region: String
    var projectID: String
    /// Served by the embedded emulator.
    var emulated: Bool
    /// Both endpoints are on loopback (an emulator, or a local proxy): jobs are polled faster.
    var loopback: Bool
}

/// Builds the `CloudAPI` a command uses — the real endpoints, or an embedded emulator — and
/// tears everything down afterwards (one `HTTPClient` per process, shut down explicitly).
enum CloudSession {
    static func run<R: Sendable>(
        options: CloudOptions,
        desired: DesiredState?,
        purpose: CloudPurpose,
        logger: Logger,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        _ body: @escaping @Sendable (any CloudAPI, CloudTarget) async throws -> R
    ) async throws -> R {
        if let fixturePath = options.emulator {
            return try await runEmulated(fixturePath: fixturePath, options: options, desired: desired, purpose: purpose, logger: logger, environment: environment, body)
        }
        try checkRegionAndProject(options: options, environment: environment)
        guard let credentials = try EnvironmentCredentials.checkedCredentials(from: environment) else {
            throw ConfigurationError(
                "no credentials: set \(EnvironmentCredentials.accessKeyVariable) and \(EnvironmentCredentials.secretKeyVariable) (or use --emulator FIXTURE)"
            )
        }
        guard let region = options.region ?? environment["SWITCHYARD_REGION"] ?? desired?.cloud?.region else {
            throw ConfigurationError("no region: pass --region, set SWITCHYARD_REGION, or set cloud.region in the desired-state file")
        }
        guard let projectID = try options.projectID ?? EnvironmentCredentials.checkedProjectID(from: environment) ?? desired?.cloud?.projectID else {
            throw ConfigurationError("no project: pass --project-id, set \(EnvironmentCredentials.projectIDVariable), or set cloud.projectId in the desired-state file")
        }
        var configuration = try HuaweiCloudConfiguration(
            region: region, projectID: projectID, credentials: credentials,
            sdrsEndpoint: try endpoint(options.sdrsEndpoint ?? environment["SWITCHYARD_SDRS_ENDPOINT"], name: "--sdrs-endpoint"),
            ecsEndpoint: try endpoint(options.ecsEndpoint ?? environment["SWITCHYARD_ECS_ENDPOINT"], name: "--ecs-endpoint"),
            retryPolicy: RetryPolicy().scaled(by: options.retryTimeScale ?? 1),
            caBundlePath: options.caBundle
        )
        configuration.callRate = try callRate(options, environment)
        return try await withClient(configuration: configuration, logger: logger) { client in
            let loopback = [configuration.sdrsEndpoint, configuration.ecsEndpoint].allSatisfy { LoopbackAddress.isLoopback(host: $0.host ?? "") }
            return try await body(client, CloudTarget(region: region, projectID: projectID, emulated: false, loopback: loopback))
        }
    }

    static func runEmulated<R: Sendable>(
        fixturePath: String,
        options: CloudOptions,
        desired: DesiredState?,
        purpose: CloudPurpose,
        logger: Logger,
        environment: [String: String],
        _ body: @escaping @Sendable (any CloudAPI, CloudTarget) async throws -> R
    ) async throws -> R {
        try checkRegionAndProject(options: options, environment: environment)
        let fixture = try EmulatorFixture.load(path: fixturePath)
        let statePath = options.emulatorState ?? defaultStatePath(fixturePath: fixturePath)
        if options.emulatorReset { try? FileManager.default.removeItem(atPath: statePath) }
        // A bare file name ("state.json") has no folder to create.
        let stateDirectory = (statePath as NSString).deletingLastPathComponent
        if !stateDirectory.isEmpty {
            try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let emulatorConfiguration = EmulatorConfiguration(fixture: fixture, timeScale: options.emulatorTimeScale, stateFile: statePath)
        var emulatorLogger = Logger(label: "sdrs-emulator") { label in TerminalLogHandler(label: label) }
        emulatorLogger.logLevel = options.debug ? .debug : .warning
        let credentials = try emulatorCredentials(fixture: fixture, purpose: purpose, environment: environment)
        let region = options.region ?? fixture.region
        let projectID = options.projectID ?? fixture.projectID
        let timeout: Duration = .seconds(30)
        return try await withRunningEmulator(emulatorConfiguration, logger: emulatorLogger) { running in
            var configuration = try HuaweiCloudConfiguration(
                region: region, projectID: projectID, credentials: credentials,
                sdrsEndpoint: running.baseURL, ecsEndpoint: running.baseURL, requestTimeout: timeout,
                // Back-off spans emulated time, like every other duration of the embedded emulator.
                retryPolicy: RetryPolicy().scaled(by: options.retryTimeScale ?? min(options.emulatorTimeScale, 1))
            )
            configuration.callRate = try callRate(options, environment)
            return try await withClient(configuration: configuration, logger: logger) { client in
                try await body(client, CloudTarget(region: region, projectID: projectID, emulated: true, loopback: true))
            }
        }
    }

    /// `--max-call-rate CALLS/SECONDS` (or `SWITCHYARD_MAX_CALL_RATE`): the client paces itself.
    static func callRate(_ options: CloudOptions, _ environment: [String: String]) throws -> CallPacer.Rate? {
        guard let text = options.maxCallRate ?? environment["SWITCHYARD_MAX_CALL_RATE"] else { return nil }
        guard let rate = CallPacer.Rate(parsing: text) else {
            throw ConfigurationError("--max-call-rate must be CALLS/SECONDS with both positive, e.g. 200/300, not '\(UntrustedText.printable(text, limit: 40))'")
        }
        return rate
    }

    /// The credential of the fixture to sign with: the environment's if set, else a read-only one
    /// for reads (proving that reads need no more), else the first read-write one.
    static func emulatorCredentials(fixture: EmulatorFixture, purpose: CloudPurpose, environment: [String: String]) throws -> SigningCredentials {
        if let fromEnvironment = try EnvironmentCredentials.checkedCredentials(from: environment) { return fromEnvironment }
        let candidates: [EmulatorFixture.Credential]
        switch purpose {
        case .read: candidates = fixture.credentials.filter(\.readOnly) + fixture.credentials.filter { !$0.readOnly }
        case .write: candidates = fixture.credentials.filter { !$0.readOnly }
        }
        guard let chosen = candidates.first else {
            throw ConfigurationError("the emulator fixture has no \(purpose == .write ? "read-write " : "")credentials")
        }
        return SigningCredentials(accessKeyID: chosen.accessKeyID, secretAccessKey: chosen.secretAccessKey, securityToken: chosen.securityToken)
    }

    /// `--region` (or `SWITCHYARD_REGION`) is checked like the desired-state file's `cloud.region`,
    /// and `--project-id` like the credentials, before anything is read or sent.
    static func checkRegionAndProject(options: CloudOptions, environment: [String: String]) throws {
        for (region, source) in [(options.region, "--region"), (environment["SWITCHYARD_REGION"], "SWITCHYARD_REGION")] {
            guard let region else { continue }
            guard IdentifierFormat.isRegion(region) else {
                let shown = TerminalText.line(region, limit: TerminalText.maximumValueLength)
                let hint = IdentifierFormat.isAvailabilityZone(region) ? "; that is an availability zone, its region is \(region.dropLast())" : ""
                throw ConfigurationError("\(source) '\(shown)' is not a region name like cn-north-4\(hint)")
            }
        }
        if let projectID = options.projectID { try EnvironmentCredentials.check(projectID, variable: "--project-id") }
    }

    static func defaultStatePath(fixturePath: String) -> String {
        let name = ((fixturePath as NSString).lastPathComponent as NSString).deletingPathExtension
        let parent = ((fixturePath as NSString).deletingLastPathComponent as NSString).lastPathComponent
        return ".switchyard/emulator/\(parent.isEmpty ? "" : parent + "-")\(name).json"
    }

    static func endpoint(_ text: String?, name: String) throws -> URL? {
        guard let text else { return nil }
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
            throw ConfigurationError("\(name) '\(text)' is not an absolute URL like https://sdrs.cn-north-4.myhuaweicloud.com")
        }
        return url
    }

    static func withClient<R: Sendable>(
        configuration: HuaweiCloudConfiguration,
        logger: Logger,
        _ body: (HuaweiCloudClient) async throws -> R
    ) async throws -> R {
        let httpClient = try HuaweiCloudHTTPClientFactory.make(caBundlePath: configuration.caBundlePath)
        let client = HuaweiCloudClient(configuration: configuration, httpClient: httpClient, logger: logger)
        do {
            let result = try await body(client)
            reportThrottling(client.throttling.summary)
            try await httpClient.shutdown()
            return result
        } catch {
            reportThrottling(client.throttling.summary)
            try? await httpClient.shutdown()
            throw error
        }
    }

    /// One stderr line at the end of a run whose calls were throttled; nothing when none were.
    static func reportThrottling(_ summary: ThrottleStatistics.Summary) {
        guard let line = throttlingLine(summary) else { return }
        StandardStreams.writeError(line + "\n")
    }

    /// `throttled: 12 calls were refused by the rate limit and retried; 8.4 s spent waiting.`, and
    /// `paced: …` when the client's own `--max-call-rate` held calls back.
    static func throttlingLine(_ summary: ThrottleStatistics.Summary) -> String? {
        var lines: [String] = []
        if summary.pacedCalls > 0 {
            let (seconds, attoseconds) = summary.paced.components
            let paced = Double(seconds) + Double(attoseconds) / 1e18
            lines.append("paced: \(summary.calls) API calls; \(summary.pacedCalls) waited for --max-call-rate, "
                + String(format: "%.2f", paced) + " s in all.")
        }
        if let throttled = throttledLine(summary) { lines.append(throttled) }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func throttledLine(_ summary: ThrottleStatistics.Summary) -> String? {
        guard summary.throttledCalls > 0 else { return nil }
        let (seconds, attoseconds) = summary.waited.components
        let waited = Double(seconds) + Double(attoseconds) / 1e18
        let calls = summary.throttledCalls == 1 ? "1 call was" : "\(summary.throttledCalls) calls were"
        return "throttled: \(calls) refused by the cloud's rate limit; "
            + String(format: "%.2f", waited) + " s spent waiting before retrying."
    }
}
