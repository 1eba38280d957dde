// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import CSwitchyardBuildInfo
import Foundation
import SwitchyardCore

/// What a binary knows about its own build: version, commit and build date.
///
/// `scripts/release` passes the commit and date in at build time (`SWITCHYARD_BUILD_*`, see
/// Package.swift); a plain `swift build` has neither and says it is a development build rather
/// than guess.
public struct BuildInfo: Sendable, Hashable, Encodable {
    /// The program: `switchyard` or `sdrs-emulator`.
    public var program: String
    /// The release version (`SwitchyardVersion.current` unless the release named another).
    public var version: String
    /// The full commit id built, `nil` in a development build.
    public var commit: String?
    /// When it was built (ISO 8601, UTC), `nil` in a development build.
    public var buildDate: String?
    /// `true` when not built by `scripts/release`.
    public var isDevelopmentBuild: Bool

    enum CodingKeys: String, CodingKey {
        case program, version, commit
        case buildDate = "build_date"
        case isDevelopmentBuild = "development_build"
    }

    /// Creates a value (tests; programs use `current(program:)`).
    public init(program: String, version: String, commit: String?, buildDate: String?) {
        self.program = program
        self.version = version
        self.commit = commit
        self.buildDate = buildDate
        self.isDevelopmentBuild = commit == nil || buildDate == nil
    }

    /// This binary's build.
    public static func current(program: String) -> BuildInfo {
        func value(_ pointer: UnsafePointer<CChar>) -> String? {
            let text = String(cString: pointer)
            return text.isEmpty ? nil : text
        }
        return BuildInfo(
            program: program, version: value(switchyard_build_version()) ?? SwitchyardVersion.current,
            commit: value(switchyard_build_commit()), buildDate: value(switchyard_build_date())
        )
    }

    /// `0.1.0 (commit 1a2b3c4d5e6f, built 2026-12-06T11:40:00Z)` or `0.1.0 (development build: …)`.
    public var summary: String {
        guard let commit, let buildDate else {
            return "\(version) (development build: no commit or build date recorded; scripts/release records them)"
        }
        return "\(version) (commit \(commit.prefix(12)), built \(buildDate))"
    }

    /// The text `version` prints: `switchyard 0.1.0 (commit …, built …)`.
    public var line: String { "\(program) \(summary)" }

    /// One JSON object: `{"build_date", "commit", "development_build", "program", "version"}`
    /// (`null` commit and date in a development build).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(program, forKey: .program)
        try container.encode(version, forKey: .version)
        try container.encode(commit, forKey: .commit)
        try container.encode(buildDate, forKey: .buildDate)
        try container.encode(isDevelopmentBuild, forKey: .isDevelopmentBuild)
    }
}
