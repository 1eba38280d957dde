// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser

/// The environment variables `sdrs-emulator` reads when the matching flag is absent, as CI
/// services (GitHub Actions, GitLab) are configured: a flag always wins over its variable.
enum EmulatorEnvironment {
    static let fixture = "SDRS_EMULATOR_FIXTURE"
    static let host = "SDRS_EMULATOR_HOST"
    static let port = "SDRS_EMULATOR_PORT"
    static let timeScale = "SDRS_EMULATOR_TIME_SCALE"
    static let adminToken = "SDRS_EMULATOR_ADMIN_TOKEN"
    static let seed = "SDRS_EMULATOR_SEED"
    static let stateFile = "SDRS_EMULATOR_STATE_FILE"
    static let logLevel = "SDRS_EMULATOR_LOG_LEVEL"

    /// Every variable, for the help text.
    static let all = [fixture, host, port, timeScale, adminToken, seed, stateFile, logLevel]

    /// The flag's value, else the variable's (empty counts as unset), else `nil`.
    static func string(_ flag: String?, _ variable: String, in environment: [String: String]) -> String? {
        if let flag { return flag }
        guard let value = environment[variable], !value.isEmpty else { return nil }
        return value
    }

    /// Like `string`, parsed with `parse`; a variable that does not parse is a usage error naming it.
    static func value<T>(
        _ flag: T?, _ variable: String, in environment: [String: String], expected: String,
        _ parse: (String) -> T?
    ) throws -> T? {
        if let flag { return flag }
        guard let text = environment[variable], !text.isEmpty else { return nil }
        guard let value = parse(text) else {
            throw ValidationError("\(variable)='\(text)' is not \(expected)")
        }
        return value
    }
}
