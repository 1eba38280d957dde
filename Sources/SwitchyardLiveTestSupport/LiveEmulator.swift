// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import AsyncHTTPClient
import Foundation
import HuaweiCloudClient
import HuaweiCloudSigner
import Logging
import SDRSEmulator
import SwitchyardCore

/// Test support: runs a real emulator on loopback port 0 and a real client signing requests to it.
public enum LiveEmulator {
    /// A retry policy that never waits long: tests must not really sleep.
    public static let fastRetries = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(2), maxDelay: .milliseconds(5))

    /// A request's wall-clock limit. No test here expects a request to time out; the whole suite
    /// runs in parallel on two cores, and a CI machine starved a one-group reverse for over ten
    /// seconds (CI run of 2026-12-06), so a client timeout must not stand in for a slow machine.
    /// Tests of the timeout path inject latency or drops instead, and set a short timeout explicitly.
    public static let patientTimeout: Duration = .seconds(180)

    public static func run<R: Sendable>(
        fixture: EmulatorFixture,
        timeScale: Double = 0.001,
        credentials: SigningCredentials? = nil,
        retryPolicy: RetryPolicy = fastRetries,
        now: @escaping @Sendable () -> Date = { Date() },
        requestTimeout: Duration = patientTimeout,
        _ body: @escaping @Sendable (HuaweiCloudClient, RunningEmulator) async throws -> R
    ) async throws -> R {
        let logger: Logger = {
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            return logger
        }()
        let configuration = EmulatorConfiguration(fixture: fixture, timeScale: timeScale, seed: 7)
        let fixtureCredential = fixture.credentials.first { !$0.readOnly } ?? fixture.credentials[0]
        let signing = credentials ?? SigningCredentials(
            accessKeyID: fixtureCredential.accessKeyID, secretAccessKey: fixtureCredential.secretAccessKey
        )
        return try await withRunningEmulator(configuration, logger: logger) { running in
            let clientConfiguration = try HuaweiCloudConfiguration(
                region: fixture.region, projectID: fixture.projectID, credentials: signing,
                sdrsEndpoint: running.baseURL, ecsEndpoint: running.baseURL, requestTimeout: requestTimeout,
                retryPolicy: retryPolicy
            )
            let httpClient = try HuaweiCloudHTTPClientFactory.make()
            let client = HuaweiCloudClient(
                configuration: clientConfiguration, httpClient: httpClient, logger: logger, now: now)
            do {
                let result = try await body(client, running)
                try await httpClient.shutdown()
                return result
            } catch {
                try? await httpClient.shutdown()
                throw error
            }
        }
    }

    /// Calls per operation so far.
    public static func calls(_ running: RunningEmulator) async -> [String: Int] {
        let report = await running.store.requestCounts()
        return Dictionary(uniqueKeysWithValues: report.operations.map { ($0.operation, $0.calls) })
    }

    /// Polls a job until it finishes (the emulator runs 1000× faster than real time).
    public static func waitForJob(_ client: HuaweiCloudClient, _ id: CloudJobID) async throws -> CloudJob {
        for _ in 0..<2000 {
            let job = try await client.job(id)
            if job.isFinished { return job }
            try await Task.sleep(for: .milliseconds(2))
        }
        throw CloudError(kind: .timeout, operation: "test", message: "job \(id) did not finish")
    }
}
