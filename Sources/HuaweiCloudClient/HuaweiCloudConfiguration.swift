// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import SwitchyardCore

/// Everything the HTTP client needs to reach SDRS and ECS for one project.
///
/// Endpoints default to the public regional endpoints. TLS verification is always on; plain
/// `http://` is accepted only for loopback hosts (the emulator), so a typo can never send signed
/// requests in clear text over a network.
public struct HuaweiCloudConfiguration: Sendable {
    public var region: String
    /// Region-scoped IAM project ID (32 hex characters); substituted into every path and sent as `X-Project-Id`.
    public var projectID: String
    public var credentials: SigningCredentials
    public var sdrsEndpoint: URL
    public var ecsEndpoint: URL
    /// Deadline for one HTTP exchange (retries get their own).
    public var requestTimeout: Duration
    /// Retry policy for reads; changing calls are only retried on throttling refusals.
    public var retryPolicy: RetryPolicy
    /// Sent (and signed) as `User-Agent`.
    public var userAgent: String
    /// A PEM file of extra CA certificates to trust (for TLS-intercepting proxies); `nil` = system trust store.
    public var caBundlePath: String?
    /// Client-side pacing: at most this many calls per period, spaced evenly (`nil`: none). Set it
    /// to the gateway's limit (e.g. 200 per 300 s) to slow down before the gateway throttles.
    public var callRate: CallPacer.Rate?

    /// Validates the endpoints and builds a configuration.
    ///
    /// - Parameters:
    ///   - sdrsEndpoint: override of `https://sdrs.{region}.myhuaweicloud.com`.
    ///   - ecsEndpoint: override of `https://ecs.{region}.myhuaweicloud.com`.
    /// - Throws: `ConfigurationError` for a malformed region/project or an endpoint that is not
    ///   `https` (or `http` on loopback).
    public init(
        region: String,
        projectID: String,
        credentials: SigningCredentials,
        sdrsEndpoint: URL? = nil,
        ecsEndpoint: URL? = nil,
        requestTimeout: Duration = .seconds(30),
        retryPolicy: RetryPolicy = RetryPolicy(),
        userAgent: String = "switchyard/\(SwitchyardVersion.current)",
        caBundlePath: String? = nil
    ) throws {
        guard Self.isPlausibleRegion(region) else {
            throw ConfigurationError("region '\(region)' is not a region name like cn-north-4")
        }
        guard !projectID.isEmpty, projectID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ConfigurationError("project ID '\(projectID)' is not a Huawei Cloud project ID (32 hex characters)")
        }
        guard !credentials.accessKeyID.isEmpty, !credentials.secretAccessKey.isEmpty else {
            throw ConfigurationError("the access key ID and secret access key must not be empty")
        }
        // Whatever their source (environment, fixture, code), values that go into HTTP headers are
        // checked before any request; the error never shows them.
        try EnvironmentCredentials.check(credentials.accessKeyID, variable: "the access key ID")
        try EnvironmentCredentials.check(credentials.secretAccessKey, variable: "the secret access key")
        if let token = credentials.securityToken { try EnvironmentCredentials.check(token, variable: "the security token") }
        self.region = region
        self.projectID = projectID
        self.credentials = credentials
        self.sdrsEndpoint = try Self.validated(sdrsEndpoint ?? Self.defaultEndpoint(service: "sdrs", region: region), name: "SDRS")
        self.ecsEndpoint = try Self.validated(ecsEndpoint ?? Self.defaultEndpoint(service: "ecs", region: region), name: "ECS")
        self.requestTimeout = requestTimeout
        self.retryPolicy = retryPolicy
        self.userAgent = userAgent
        self.caBundlePath = caBundlePath
    }

    /// The public endpoint of a service in a region, with the SDK's one quirk
    /// (SDRS `ap-southeast-2` is served from the `ap-southeast-3` host).
    public static func defaultEndpoint(service: String, region: String) -> URL {
        var host = region
        if service == "sdrs" && region == "ap-southeast-2" { host = "ap-southeast-3" }
        return URL(string: "https://\(service).\(host).myhuaweicloud.com")!
    }

    static func isPlausibleRegion(_ region: String) -> Bool {
        let parts = region.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.count <= 4
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }

    static func validated(_ url: URL, name: String) throws -> URL {
        guard let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            throw ConfigurationError("the \(name) endpoint '\(url.absoluteString)' is not an absolute URL")
        }
        guard url.user == nil, url.password == nil, url.query == nil, url.fragment == nil else {
            throw ConfigurationError("the \(name) endpoint must not contain user info, a query or a fragment")
        }
        switch scheme {
        case "https":
            return url
        case "http" where LoopbackAddress.isLoopback(host: host):
            return url
        case "http":
            throw ConfigurationError(
                "the \(name) endpoint '\(url.absoluteString)' uses plain http to a non-loopback host; use https (plain http is only allowed to 127.0.0.0/8, ::1 and localhost)"
            )
        default:
            throw ConfigurationError("the \(name) endpoint must use https, not '\(scheme)'")
        }
    }
}

/// A configuration problem the user can fix (bad flag, environment variable or endpoint).
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
