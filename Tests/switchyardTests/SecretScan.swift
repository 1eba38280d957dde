// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Looks for credentials and signatures where they must never be: a command's stdout and stderr,
/// and every file it wrote in its working folder (plans, journals, reports, metrics).
///
/// `CommandRunner.switchyard` runs this after **every** CLI invocation in the tests and records an
/// issue for each finding, so no test can leak a secret unnoticed; `SecretsTests` additionally runs
/// every command with `--debug` and temporary credentials. The emulator's own state file holds the
/// fixture's credentials by design (it is the emulated IAM) and is not switchyard output.
enum SecretScan {
    /// Every secret the test fixtures and tests hand to switchyard: access keys, secret keys and
    /// security tokens (the quickstart and blocked-groups fixtures, and SecretsTests' temporary
    /// credential).
    static let knownSecrets = [
        "HPUAQUICKSTART00000A", "quickstart-secret-key-not-real-0000000000",
        "HPUAQUICKSTARTREAD0A", "quickstart-readonly-key-not-real-00000000",
        SecretsTests.temporaryAccessKey, SecretsTests.temporarySecretKey, SecretsTests.securityToken,
    ]

    /// Text that only a signed request carries: the `Authorization` value and the token header.
    static let signatureMarkers = ["SDK-HMAC-SHA256", "Signature=", "SignedHeaders=", "X-Security-Token:", "x-security-token:"]

    /// The environment variables whose values are secrets.
    static let secretVariables = ["HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN"]

    /// Files in a working folder that are not switchyard's output.
    static func isEmulatorState(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name == "state.json" || name == "emulator-state.json" || path.contains("/.switchyard/emulator/")
    }

    /// The secrets of one run: the known ones plus the values of secret variables it was given
    /// (only values long enough to be meaningful, so "x" in a bad-input test is not matched everywhere).
    static func secrets(environment: [String: String]) -> [String] {
        knownSecrets + secretVariables.compactMap { environment[$0] }.filter { $0.count >= 8 }
    }

    /// One sentence per finding: which secret or marker appeared where.
    static func findings(in text: String, source: String, secrets: [String]) -> [String] {
        var found: [String] = []
        for secret in secrets where text.contains(secret) {
            found.append("\(source) contains a credential (\(secret.prefix(4))…)")
        }
        for marker in signatureMarkers where text.contains(marker) {
            found.append("\(source) contains request-signing material ('\(marker)')")
        }
        return found
    }

    /// Findings in a run's output and in every regular file under `folder` that the run wrote
    /// (modified since `since`), except emulator state.
    static func findings(result: CommandResult, folder: URL?, since: Date, secrets: [String]) -> [String] {
        var found = findings(in: result.stdout, source: "stdout", secrets: secrets)
        found += findings(in: result.stderr, source: "stderr", secrets: secrets)
        guard let folder, let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .contentModificationDateKey]) else {
            return found
        }
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey])
            guard values?.isRegularFile == true, (values?.contentModificationDate ?? .distantFuture) >= since, !isEmulatorState(url.path),
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            found += findings(in: String(decoding: data, as: UTF8.self), source: url.path, secrets: secrets)
        }
        return found
    }
}
