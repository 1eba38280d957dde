// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A live emulator: where it listens and the store behind it.
public struct RunningEmulator: Sendable {
    /// `http://host:port` (`https://` with TLS) of the listener, loopback when bound to every address (the real port when the configuration asked for 0).
    public let baseURL: URL
    /// The bound port.
    public let port: Int
    /// The emulator's state (admin operations can be called on it directly).
    public let store: EmulatorStore
    /// The project the emulated resources belong to.
    public var projectID: String { store.projectID }
}

/// Runs an emulator on loopback for the duration of `body`.
///
/// Structured: the server runs in a child task; `body` starts once the socket is bound (with the
/// real port when `configuration.port` is 0); afterwards the server shuts down gracefully, also
/// when `body` throws.
///
/// - Throws: `EmulatorError` when the fixture/state cannot be loaded or the server cannot bind;
///   otherwise whatever `body` throws.
public func withRunningEmulator<R: Sendable>(
    _ configuration: EmulatorConfiguration, logger: Logger, _ body: @Sendable (RunningEmulator) async throws -> R
) async throws -> R {
    let store = try EmulatorStore(configuration: configuration)
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let application = try makeEmulatorApplication(
        configuration: configuration, store: store, logger: logger,
        onServerRunning: { channel in
            portContinuation.yield(channel.localAddress?.port ?? configuration.port)
            portContinuation.finish()
        }
    )
    let serviceGroup = ServiceGroup(configuration: .init(services: [application], logger: logger))
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            defer { portContinuation.finish() }
            try await serviceGroup.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            // The server stopped before binding: surface its error.
            try await group.waitForAll()
            throw EmulatorError.serverDidNotStart(reason: "the server stopped before it was bound")
        }
        let host = configuration.connectableHost
        guard let url = URL(string: "\(configuration.tls == nil ? "http" : "https")://\(host):\(port)") else {
            await serviceGroup.triggerGracefulShutdown()
            throw EmulatorError.serverDidNotStart(reason: "invalid host \(configuration.host)")
        }
        let running = RunningEmulator(baseURL: url, port: port, store: store)
        do {
            let result = try await body(running)
            await serviceGroup.triggerGracefulShutdown()
            try await group.waitForAll()
            try await store.persist()
            return result
        } catch {
            await serviceGroup.triggerGracefulShutdown()
            try? await group.waitForAll()
            throw error
        }
    }
}
