// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Everything needed to run an emulator: the starting cloud, where to listen, how time passes,
/// the random seed, persistence and behaviour switches.
public struct EmulatorConfiguration: Sendable {
    /// The starting state (ignored when `stateFile` exists).
    public var fixture: EmulatorFixture
    /// The address to bind; default loopback `127.0.0.1`.
    public var host: String
    /// The port to bind; `0` (default) picks a free one, reported by `RunningEmulator.baseURL`.
    public var port: Int
    /// Multiplies every duration: `1.0` is real time, `0.001` makes a 60 s switchover take 60 ms.
    public var timeScale: Double
    /// Extra delay before every API answer (scaled by `timeScale`); keep it zero in tests.
    public var latency: Duration
    /// Seeds the generators for faults and identifiers: the same seed gives the same sequence.
    public var seed: UInt64
    /// When set, state is saved to this JSON file after every change and loaded from it (instead of
    /// the fixture) when it exists.
    public var stateFile: String?
    /// Behaviour switches; defaults to the fixture's `behaviours`.
    public var behaviours: EmulatorBehaviours
    /// How virtual time advances.
    public var clock: EmulatorClockMode
    /// Serve HTTPS with this certificate instead of plain HTTP (`nil`, the default).
    public var tls: EmulatorTLS?
    /// The secret that opens the admin API to peers that are not on loopback, which must then send
    /// `Authorization: Bearer <token>`. `nil` (the default): the admin API answers loopback only.
    public var adminToken: String?
    /// Loopback addresses the admin API treats as remote peers, so tests can play a second host
    /// on one machine (e.g. `127.0.0.2`). Empty by default.
    public var adminAddressesTreatedAsRemote: Set<String> = []

    /// Creates a configuration.
    ///
    /// - Parameter behaviours: `nil` uses `fixture.behaviours`.
    public init(
        fixture: EmulatorFixture, host: String = "127.0.0.1", port: Int = 0, timeScale: Double = 1.0,
        latency: Duration = .zero, seed: UInt64 = 0, stateFile: String? = nil,
        behaviours: EmulatorBehaviours? = nil, clock: EmulatorClockMode = .wall, tls: EmulatorTLS? = nil,
        adminToken: String? = nil
    ) {
        self.fixture = fixture
        self.host = host
        self.port = port
        self.timeScale = timeScale
        self.latency = latency
        self.seed = seed
        self.stateFile = stateFile
        self.behaviours = behaviours ?? fixture.behaviours
        self.clock = clock
        self.tls = tls
        self.adminToken = adminToken
    }

    /// A host a client can connect to: the wildcard addresses `0.0.0.0` and `::` (every address)
    /// become loopback `127.0.0.1` and `::1`; IPv6 addresses are bracketed for URLs.
    public var connectableHost: String {
        let reachable: String
        switch host {
        case "0.0.0.0", "": reachable = "127.0.0.1"
        case "::", "[::]": reachable = "::1"
        default: reachable = host
        }
        return reachable.contains(":") && !reachable.hasPrefix("[") ? "[\(reachable)]" : reachable
    }

    /// Whether `host` is a wildcard address (every interface).
    public var bindsEveryAddress: Bool { ["0.0.0.0", "", "::", "[::]"].contains(host) }
}

/// How the emulator's virtual clock advances.
///
/// Virtual time stamps jobs and resources and decides when work completes. Signature dates are
/// always checked against the real wall clock.
public enum EmulatorClockMode: Sendable, Hashable {
    /// Virtual time follows the wall clock (plus any admin "advance").
    case wall
    /// Virtual time starts at `start` and moves only when advanced (admin API or
    /// `EmulatorStore.advanceClock(by:)`).
    case manual(start: Date)
}
