// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A per-identity rate limit like the API gateway's (reference §12.1: 200 calls per 5 minutes per
/// user, answered with 429 `APIGW.0308`): each access key gets a token bucket holding `calls`
/// tokens that refills at `calls` per `perSeconds` seconds of emulated time.
///
/// Emulated time means the window is scaled by the emulator's time scale, like every other
/// duration: at time scale 0.01 a 300-second window passes in 3 real seconds. YAML:
/// `rate_limit: {calls: 200, per_seconds: 300}`.
public struct EmulatorRateLimit: Sendable, Hashable, Codable {
    /// The bucket size and the calls allowed per window (≥ 1).
    public var calls: Int
    /// The window length in emulated seconds (> 0).
    public var perSeconds: Double

    /// Creates a limit.
    public init(calls: Int, perSeconds: Double) {
        self.calls = calls
        self.perSeconds = perSeconds
    }

    /// The gateway's limit in the public record: 200 calls per 5 minutes.
    public static let gatewayDefault = EmulatorRateLimit(calls: 200, perSeconds: 300)

    /// Why this limit is unusable, or `nil` when it is fine.
    public var problem: String? {
        guard calls >= 1, calls <= 1_000_000 else { return "calls must be between 1 and 1000000" }
        guard perSeconds.isFinite, perSeconds > 0, perSeconds <= 86_400 else {
            return "per_seconds must be greater than 0 and at most 86400"
        }
        return nil
    }

    /// The window as the gateway words it: `5 minute`, `1 second`.
    var windowText: String {
        let seconds = Int(perSeconds.rounded())
        if seconds >= 60, seconds % 60 == 0 { return "\(seconds / 60) minute" }
        return "\(max(1, seconds)) second"
    }

    enum CodingKeys: String, CodingKey {
        case calls
        case perSeconds = "per_seconds"
    }
}
