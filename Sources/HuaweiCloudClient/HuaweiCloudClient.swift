// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import AsyncHTTPClient
import Foundation
import HuaweiCloudSigner
import Logging
import SwitchyardCore

/// `CloudAPI` over HTTP: SDRS v1 and ECS v1 with AK/SK signing, bulk listing, read retries and
/// error parsing.
///
/// One `HTTPClient` serves the whole process; the caller creates it (see
/// `HuaweiCloudHTTPClientFactory`) and shuts it down. Every request is signed anew, so a retried read
/// carries a fresh `X-Sdk-Date`. Secrets never reach the logger: only method, path, query,
/// status, duration and request ID are logged, at debug level.
public struct HuaweiCloudClient: CloudAPI {
    public let configuration: HuaweiCloudConfiguration
    let httpClient: HTTPClient
    let logger: Logger
    let clock: any Clock<Duration>
    let now: @Sendable () -> Date
    let jitter: @Sendable () -> Double
    /// How many list requests run at once when fetching several pages or ID chunks.
    let listConcurrency: Int
    /// Throttled calls and time spent waiting on them, shared by all copies of this client.
    public let throttling = ThrottleStatistics()
    /// Client-side pacing (`configuration.callRate`), shared by all copies of this client.
    let pacer: CallPacer?
    /// Monotonic time for the pacer.
    let monotonicNow: @Sendable () -> Duration

    /// - Parameters:
    ///   - clock: used for retry back-off sleeps (tests pass a fast clock).
    ///   - now: the signing time source.
    ///   - jitter: a source of numbers in `0..<1` for retry jitter.
    public init(
        configuration: HuaweiCloudConfiguration,
        httpClient: HTTPClient,
        logger: Logger,
        clock: any Clock<Duration> = ContinuousClock(),
        now: @escaping @Sendable () -> Date = { Date() },
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        listConcurrency: Int = 4
    ) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.logger = logger
        self.clock = clock
        self.now = now
        self.jitter = jitter
        self.listConcurrency = max(1, listConcurrency)
        let origin = ContinuousClock.now
        let monotonicNow: @Sendable () -> Duration = { origin.duration(to: .now) }
        self.monotonicNow = monotonicNow
        self.pacer = configuration.callRate.map { CallPacer(rate: $0, start: monotonicNow()) }
    }

    var projectPath: String { "/v1/" + SigningPercentEncoding.encode(configuration.projectID) }

    static func encodedSegment(_ value: String) -> String { SigningPercentEncoding.encode(value) }
}
