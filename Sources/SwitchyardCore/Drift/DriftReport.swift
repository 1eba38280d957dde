// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The result of `switchyard drift`: one verdict per declared group, the unmanaged groups, counts.
///
/// Plain data, `Codable` with snake_case keys and a `format_version` (see
/// `schemas/drift-report.schema.json`). It holds no timestamp, so equal observations give
/// byte-identical reports; when the check ran belongs to the metrics file and the job log.
public struct DriftReport: Sendable, Hashable, Codable {
    /// The version of this document's shape; bumped on any incompatible change.
    public static let currentFormatVersion = 1

    /// Always `currentFormatVersion` when written by this build.
    public var formatVersion: Int
    /// The desired-state file, as given.
    public var desiredFile: String
    /// The project observed, when known.
    public var projectID: String?
    /// The region observed, when known.
    public var region: String?
    /// The declared groups, sorted by address.
    public var groups: [GroupDrift]
    /// Live groups nobody declared, sorted by address and ID.
    public var unmanaged: [UnmanagedDriftGroup]
    /// Counts, derived from `groups` and `unmanaged`.
    public var summary: DriftSummary

    /// Creates a report; the summary is computed from the groups.
    public init(desiredFile: String, projectID: String? = nil, region: String? = nil, groups: [GroupDrift], unmanaged: [UnmanagedDriftGroup]) {
        self.formatVersion = Self.currentFormatVersion
        self.desiredFile = desiredFile
        self.projectID = projectID
        self.region = region
        self.groups = groups
        self.unmanaged = unmanaged
        self.summary = DriftSummary(groups: groups, unmanagedCount: unmanaged.count)
    }

    /// Whether any declared group is not in sync (the `drift` exit status 2).
    public var driftFound: Bool { summary.driftFound }

    enum CodingKeys: String, CodingKey {
        case groups, unmanaged, summary, region
        case formatVersion = "format_version"
        case desiredFile = "desired_file"
        case projectID = "project_id"
    }
}

/// How many declared groups are in each state, plus the unmanaged count.
public struct DriftSummary: Sendable, Hashable, Codable {
    /// Declared groups.
    public var declared: Int
    /// Declared groups per state.
    public var inSync: Int
    /// See `DriftState.drifted`.
    public var drifted: Int
    /// See `DriftState.inProgress`.
    public var inProgress: Int
    /// See `DriftState.degraded`.
    public var degraded: Int
    /// See `DriftState.missing`.
    public var missing: Int
    /// Live groups nobody declared (never counted as drift).
    public var unmanaged: Int
    /// Whether any declared group is not in sync.
    public var driftFound: Bool

    /// Counts the states of `groups`.
    public init(groups: [GroupDrift], unmanagedCount: Int) {
        func count(_ state: DriftState) -> Int { groups.count { $0.state == state } }
        declared = groups.count
        inSync = count(.inSync)
        drifted = count(.drifted)
        inProgress = count(.inProgress)
        degraded = count(.degraded)
        missing = count(.missing)
        unmanaged = unmanagedCount
        driftFound = inSync < declared
    }

    /// The number of declared groups in `state`.
    public func count(of state: DriftState) -> Int {
        switch state {
        case .inSync: inSync
        case .drifted: drifted
        case .inProgress: inProgress
        case .degraded: degraded
        case .missing: missing
        }
    }

    /// Declared groups that are not in sync.
    public var notInSync: Int { declared - inSync }

    /// `1 drifted, 0 in progress, 0 degraded, 0 missing, 2 in sync, 1 unmanaged.`: the last line of
    /// the text report and the title of the Markdown one.
    public var line: String { line(.english) }

    /// ``line`` in `language`.
    public func line(_ language: Language) -> String {
        let counts = ["drifted": drifted, "inProgress": inProgress, "degraded": degraded, "missing": missing, "inSync": inSync, "unmanaged": unmanaged]
        return language(.driftSummary, counts.mapValues { .text(String($0)) })
    }

    enum CodingKeys: String, CodingKey {
        case declared, drifted, degraded, missing, unmanaged
        case inSync = "in_sync"
        case inProgress = "in_progress"
        case driftFound = "drift_found"
    }
}
