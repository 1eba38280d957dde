// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import Logging
import SDRSEmulator
import SwitchyardBuildInfo

/// `sdrs-emulator`: serves an emulated SDRS + ECS cloud from a fixture until SIGINT/SIGTERM.
@main
struct SDRSEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdrs-emulator",
        abstract: "Serve an emulated Huawei Cloud SDRS + ECS API from a YAML fixture.",
        discussion: "Prints one line 'sdrs-emulator listening on http://HOST:PORT (project …)' once bound "
            + "(loopback when bound to every address, 0.0.0.0). The admin API lives under /__emulator/ "
            + "(see docs/emulator.md); it answers loopback peers only unless --admin-token is given, and "
            + "then other peers with 'Authorization: Bearer <token>'. Each option can also come from the "
            + "environment (the flag wins): " + EmulatorEnvironment.all.joined(separator: ", ") + "."
    )

    @Option(help: "The YAML fixture describing the emulated cloud (env SDRS_EMULATOR_FIXTURE).")
    var fixture: String?

    @Option(help: "The address to bind; default 127.0.0.1 (env SDRS_EMULATOR_HOST).")
    var host: String?

    @Option(help: "The port to bind; 0 (default) picks a free one (env SDRS_EMULATOR_PORT).")
    var port: Int?

    @Option(name: .customLong("time-scale"), help: "Multiplies every duration (0.001 = 1000x faster; env SDRS_EMULATOR_TIME_SCALE).")
    var timeScale: Double?

    @Option(help: "Seed of the fault and identifier generators (env SDRS_EMULATOR_SEED).")
    var seed: UInt64?

    @Option(name: .customLong("state-file"), help: "Persist state to this JSON file and resume from it (env SDRS_EMULATOR_STATE_FILE).")
    var stateFile: String?

    @Option(name: .customLong("latency-ms"), help: "Extra delay before every API answer, in milliseconds.")
    var latencyMilliseconds = 0

    @Option(name: .customLong("tls-certificate"), help: ArgumentHelp("Serve HTTPS with this PEM certificate (chain); needs --tls-key.", valueName: "path"))
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp("The PEM private key of --tls-certificate.", valueName: "path"))
    var tlsKey: String?

    @Option(name: .customLong("admin-token"), help: ArgumentHelp(
        "Open the admin API to peers that are not on loopback when they send 'Authorization: Bearer <token>'. "
            + "Prefer the env SDRS_EMULATOR_ADMIN_TOKEN (a flag shows in the process list).", valueName: "secret"))
    var adminToken: String?

    @Option(name: .customLong("admin-treat-as-remote"), help: ArgumentHelp(
        "Tests only: treat this loopback address as a remote admin peer.", visibility: .private))
    var adminAddressesTreatedAsRemote: [String] = []

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (env SDRS_EMULATOR_LOG_LEVEL).")
    var logLevel: String?

    @Flag(help: "Print the version, commit and build date, and exit.")
    var version = false

    @Flag(help: "With --version: print one JSON object.")
    var json = false

    func validate() throws {
        if version { return }
        _ = try self.settings(from: ProcessInfo.processInfo.environment)
        guard latencyMilliseconds >= 0 else { throw ValidationError("--latency-ms must not be negative") }
        guard (tlsCertificate == nil) == (tlsKey == nil) else { throw ValidationError("--tls-certificate and --tls-key go together") }
    }

    func run() async throws {
        if version {
            let info = BuildInfo.current(program: "sdrs-emulator")
            print(json ? info.json : info.line)
            return
        }
        let settings = try self.settings(from: ProcessInfo.processInfo.environment)
        let level = settings.logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "sdrs-emulator")
        var configuration = EmulatorConfiguration(
            fixture: try EmulatorFixture.load(path: settings.fixture), host: settings.host, port: settings.port,
            timeScale: settings.timeScale, latency: .milliseconds(latencyMilliseconds), seed: settings.seed,
            stateFile: settings.stateFile,
            tls: tlsCertificate.flatMap { certificate in tlsKey.map { EmulatorTLS(certificateChainPath: certificate, privateKeyPath: $0) } },
            adminToken: settings.adminToken
        )
        configuration.adminAddressesTreatedAsRemote = Set(adminAddressesTreatedAsRemote)
        _ = try configuration.tls?.serverConfiguration()
        let store = try EmulatorStore(configuration: configuration)
        let announcement = ListeningAnnouncement(configuration: configuration, projectID: store.projectID, region: store.region)
        try await serveEmulatorUntilSignalled(
            configuration: configuration, store: store, logger: logger,
            onListening: { port in announcement.print(port: port) }
        )
    }
}
