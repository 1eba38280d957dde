// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import Logging
import SDRSEmulator

/// `sdrs-emulator`: serves an emulated SDRS + ECS cloud from a fixture until SIGINT/SIGTERM.
@main
struct SDRSEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdrs-emulator",
        abstract: "Serve an emulated Huawei Cloud SDRS + ECS API from a YAML fixture.",
        discussion: "Prints one line 'sdrs-emulator listening on http://HOST:PORT (project …)' once bound. "
            + "The admin API lives under /__emulator/ (see docs/emulator.md)."
    )

    @Option(help: "The YAML fixture describing the emulated cloud.")
    var fixture: String

    @Option(help: "The address to bind.")
    var host = "127.0.0.1"

    @Option(help: "The port to bind (0 picks a free one).")
    var port = 0

    @Option(name: .customLong("time-scale"), help: "Multiplies every duration (0.001 = 1000x faster).")
    var timeScale = 1.0

    @Option(help: "Seed of the fault and identifier generators.")
    var seed: UInt64 = 0

    @Option(name: .customLong("state-file"), help: "Persist state to this JSON file (and resume from it).")
    var stateFile: String?

    @Option(name: .customLong("latency-ms"), help: "Extra delay before every API answer, in milliseconds.")
    var latencyMilliseconds = 0

    @Option(name: .customLong("tls-certificate"), help: ArgumentHelp("Serve HTTPS with this PEM certificate (chain); needs --tls-key.", valueName: "path"))
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp("The PEM private key of --tls-certificate.", valueName: "path"))
    var tlsKey: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard timeScale > 0, timeScale.isFinite else { throw ValidationError("--time-scale must be greater than 0") }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard latencyMilliseconds >= 0 else { throw ValidationError("--latency-ms must not be negative") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        guard (tlsCertificate == nil) == (tlsKey == nil) else { throw ValidationError("--tls-certificate and --tls-key go together") }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "sdrs-emulator")
        let configuration = EmulatorConfiguration(
            fixture: try EmulatorFixture.load(path: fixture), host: host, port: port, timeScale: timeScale,
            latency: .milliseconds(latencyMilliseconds), seed: seed, stateFile: stateFile,
            tls: tlsCertificate.flatMap { certificate in tlsKey.map { EmulatorTLS(certificateChainPath: certificate, privateKeyPath: $0) } }
        )
        _ = try configuration.tls?.serverConfiguration()
        let store = try EmulatorStore(configuration: configuration)
        let host = self.host
        let tls = configuration.tls != nil
        try await serveEmulatorUntilSignalled(
            configuration: configuration, store: store, logger: logger,
            onListening: { port in
                ListeningAnnouncement.print(host: host, port: port, projectID: store.projectID, region: store.region, tls: tls)
            }
        )
    }
}
