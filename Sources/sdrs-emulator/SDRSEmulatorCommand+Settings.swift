// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Logging

extension SDRSEmulatorCommand {
    /// The options after the environment filled in what the flags left out, checked.
    struct Settings {
        var fixture: String
        var host: String
        var port: Int
        var timeScale: Double
        var seed: UInt64
        var stateFile: String?
        var logLevel: Logger.Level
        var adminToken: String?
    }

    /// Resolves flags over `environment` (see `EmulatorEnvironment`) and checks the values.
    ///
    /// - Throws: `ValidationError` (usage, exit 64) naming the flag or variable at fault.
    func settings(from environment: [String: String]) throws -> Settings {
        typealias Variable = EmulatorEnvironment
        guard let fixture = Variable.string(self.fixture, Variable.fixture, in: environment) else {
            throw ValidationError("missing --fixture (or \(Variable.fixture))")
        }
        let port = try Variable.value(self.port, Variable.port, in: environment, expected: "a port number", { Int($0) }) ?? 0
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        let timeScale = try Variable.value(self.timeScale, Variable.timeScale, in: environment, expected: "a number", { Double($0) }) ?? 1
        guard timeScale > 0, timeScale.isFinite else { throw ValidationError("--time-scale must be greater than 0") }
        let levelName = Variable.string(logLevel, Variable.logLevel, in: environment) ?? "info"
        guard let level = Logger.Level(rawValue: levelName) else { throw ValidationError("unknown --log-level \(levelName)") }
        let token = Variable.string(adminToken, Variable.adminToken, in: environment)
        if let token, token.isEmpty || token.contains(where: \.isWhitespace) {
            throw ValidationError("--admin-token must be non-empty and contain no spaces")
        }
        return Settings(
            fixture: fixture, host: Variable.string(host, Variable.host, in: environment) ?? "127.0.0.1", port: port,
            timeScale: timeScale,
            seed: try Variable.value(self.seed, Variable.seed, in: environment, expected: "a whole number ≥ 0", { UInt64($0) }) ?? 0,
            stateFile: Variable.string(stateFile, Variable.stateFile, in: environment), logLevel: level, adminToken: token
        )
    }
}
