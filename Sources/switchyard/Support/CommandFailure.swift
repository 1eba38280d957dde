// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import HuaweiCloudClient
import SwitchyardCore

/// Turns the errors a command can meet into one `error:` line on stderr and exit status 1.
///
/// Every error type here has a description a person can act on and carries no secret.
/// The line goes through the terminal sink's rule (``TerminalText``): control characters from a file
/// or the cloud are shown, not obeyed, and a long line is cut.
enum CommandFailure {
    /// The longest `error:` line shown.
    static let errorLineLimit = 1_000

    static func run<R>(_ body: () async throws -> R) async throws -> R {
        do {
            return try await body()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as CleanExit {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            StandardStreams.writeError("error: \(TerminalText.line(describe(error), limit: errorLineLimit))\n")
            throw ExitCode(ExitStatus.error.rawValue)
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? CloudError { return error.description + hint(for: error) }
        return String(describing: error)
    }

    static func hint(for error: CloudError) -> String {
        switch error.kind {
        case .authentication: " (check HUAWEICLOUD_SDK_AK/SK, the project ID, the clock, and the identity's permissions)"
        case .untrustedServer: " (verification cannot be turned off; for a private or TLS-intercepting CA pass --ca-bundle FILE.pem)"
        case .connection, .timeout: " (check the endpoint and network; reads were retried)"
        case .throttled: " (the API is rate-limiting this account; reads were retried — try again later)"
        default: ""
        }
    }
}
