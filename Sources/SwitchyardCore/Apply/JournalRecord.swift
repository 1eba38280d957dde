// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// One line of the write-ahead journal (JSON Lines). Never holds credentials or request bodies.
public enum JournalRecord: Sendable, Hashable, Codable {
    /// First record of every run.
    case header(JournalHeader)
    /// Written (and flushed) before a changing call.
    case intent(JournalIntent)
    /// Written after the call returned or failed.
    case outcome(JournalOutcome)

    enum CodingKeys: String, CodingKey { case type }
    enum Kind: String, Codable { case header, intent, outcome }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: CodingKeys.self).decode(Kind.self, forKey: .type)
        switch kind {
        case .header: self = .header(try JournalHeader(from: decoder))
        case .intent: self = .intent(try JournalIntent(from: decoder))
        case .outcome: self = .outcome(try JournalOutcome(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .header(let value): try container.encode(Kind.header, forKey: .type); try value.encode(to: encoder)
        case .intent(let value): try container.encode(Kind.intent, forKey: .type); try value.encode(to: encoder)
        case .outcome(let value): try container.encode(Kind.outcome, forKey: .type); try value.encode(to: encoder)
        }
    }
}

/// The header of one run.
public struct JournalHeader: Sendable, Hashable, Codable {
    /// Journal format; readers refuse versions they do not know.
    public var formatVersion: Int
    public var projectID: String
    public var region: String
    public var runID: String
    public var startedAt: Date
    public var switchyardVersion: String

    /// The format this version writes and the only one it reads.
    public static let currentFormatVersion = 2

    public init(formatVersion: Int = JournalHeader.currentFormatVersion, projectID: String, region: String, runID: String, startedAt: Date, switchyardVersion: String) {
        self.formatVersion = formatVersion
        self.projectID = projectID
        self.region = region
        self.runID = runID
        self.startedAt = startedAt
        self.switchyardVersion = switchyardVersion
    }
}

/// A changing call that is about to be sent: the plan step it performs.
///
/// The journal is an audit log: `apply` never reads it to decide what to do (the live state
/// decides), so a rerun on a fresh machine does exactly what a rerun on the same machine does.
public struct JournalIntent: Sendable, Hashable, Codable {
    /// Pairs the intent with its outcome: unique within a run.
    public var sequence: Int
    public var runID: String
    public var groupID: String
    public var address: String
    /// The plan step: `stop-servers`, `reverse` or `start-servers`.
    public var step: StepKind
    public var serverIDs: [String]
    public var stopMode: StopMode?
    /// For `start-servers`: the original production servers restarted after a failed switchover.
    public var restartsOriginal: Bool?
    public var targetSite: Site?
    public var at: Date

    public init(
        sequence: Int, runID: String, groupID: String, address: String, step: StepKind, serverIDs: [String] = [],
        stopMode: StopMode? = nil, restartsOriginal: Bool? = nil, targetSite: Site? = nil, at: Date
    ) {
        self.sequence = sequence
        self.runID = runID
        self.groupID = groupID
        self.address = address
        self.step = step
        self.serverIDs = serverIDs
        self.stopMode = stopMode
        self.restartsOriginal = restartsOriginal
        self.targetSite = targetSite
        self.at = at
    }
}

/// What a changing call returned.
public struct JournalOutcome: Sendable, Hashable, Codable {
    public var sequence: Int
    public var runID: String
    public var groupID: String
    /// The job the call created, on success.
    public var jobID: CloudJobID?
    /// On failure: the service error code, HTTP status, message and request ID.
    public var errorCode: String?
    public var httpStatus: Int?
    public var errorMessage: String?
    public var requestID: String?
    public var at: Date

    public init(sequence: Int, runID: String, groupID: String, jobID: CloudJobID? = nil, errorCode: String? = nil, httpStatus: Int? = nil, errorMessage: String? = nil, requestID: String? = nil, at: Date) {
        self.sequence = sequence
        self.runID = runID
        self.groupID = groupID
        self.jobID = jobID
        self.errorCode = errorCode
        self.httpStatus = httpStatus
        self.errorMessage = errorMessage
        self.requestID = requestID
        self.at = at
    }
}
