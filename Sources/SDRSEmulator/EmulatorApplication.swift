// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Hummingbird
import Logging
import NIOCore

/// Builds the emulator's Hummingbird application: SDRS and ECS on one listener, plus the admin
/// API under `/__emulator/`, over HTTPS when `configuration.tls` is set. Use it with
/// HummingbirdTesting (`.router` / `.live`) or run it.
///
/// - Parameters:
///   - configuration: Host, port, latency, time scale and behaviours.
///   - store: The state to serve (create it with `EmulatorStore(configuration:)`).
///   - logger: The logger for requests (info level); `nil` lets Hummingbird create one.
///   - onListening: Called once the socket is bound, with the real port (useful with port 0).
/// - Throws: `EmulatorError` when the TLS certificate or key cannot be used.
public func buildEmulatorApplication(
    configuration: EmulatorConfiguration, store: EmulatorStore, logger: Logger? = nil,
    onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    try makeEmulatorApplication(
        configuration: configuration, store: store, logger: logger,
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) }
    )
}

/// The concrete application, with a hook that learns the bound channel.
func makeEmulatorApplication(
    configuration: EmulatorConfiguration, store: EmulatorStore, logger: Logger?,
    onServerRunning: @escaping @Sendable (any Channel) async -> Void
) throws -> Application<RouterResponder<EmulatorRequestContext>> {
    let router = Router(context: EmulatorRequestContext.self)
    router.add(middleware: RequestIDMiddleware(store: store, behaviours: configuration.behaviours))
    router.add(
        middleware: AdminAccessMiddleware(
            token: configuration.adminToken, addressesTreatedAsRemote: configuration.adminAddressesTreatedAsRemote
        )
    )
    router.add(
        middleware: APIRequestMiddleware(
            store: store, authenticator: RequestAuthenticator(store: store, behaviours: configuration.behaviours),
            latency: configuration.latency, timeScale: configuration.timeScale
        )
    )
    AdminRoutes(store: store).register(on: router)
    SDRSRoutes(store: store, behaviours: configuration.behaviours).register(on: router)
    ECSRoutes(store: store).register(on: router)
    DrillRoutes(store: store, behaviours: configuration.behaviours).register(on: router)
    return Application(
        router: router,
        server: try configuration.tls?.serverBuilder() ?? .http1(),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "sdrs-emulator"
        ),
        onServerRunning: onServerRunning,
        logger: logger
    )
}

/// Serves the emulator until SIGINT or SIGTERM, then shuts down gracefully and saves the state
/// file (the executable's loop).
///
/// - Parameters:
///   - configuration: Host, port, latency, time scale and behaviours.
///   - store: The state to serve.
///   - logger: The logger for requests (info level).
///   - onListening: Called once the socket is bound, with the real port.
/// - Throws: When the server cannot bind or fails.
public func serveEmulatorUntilSignalled(
    configuration: EmulatorConfiguration, store: EmulatorStore, logger: Logger,
    onListening: @escaping @Sendable (_ port: Int) async -> Void
) async throws {
    try await buildEmulatorApplication(
        configuration: configuration, store: store, logger: logger, onListening: onListening
    ).runService()
    try await store.persist()
}
