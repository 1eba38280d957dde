// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Everything the emulator knows, as saved to the state file.
///
/// Resources are kept in dictionaries plus an order array, so lists come out in fixture order and
/// look-ups by ID are O(1). `virtualNow` is the virtual time at the moment of saving: a restarted
/// emulator continues from it, so a running job keeps its remaining time.
struct EmulatorState: Sendable, Codable {
    static let currentFormatVersion = 1

    var formatVersion = Self.currentFormatVersion
    var projectID: String
    var region: String
    var credentials: [EmulatorFixture.Credential]
    var timings: EmulatorTimings
    var groupOrder: [String] = []
    var groups: [String: EmulatedGroup] = [:]
    var instanceOrder: [String] = []
    var instances: [String: EmulatedInstance] = [:]
    var replicationOrder: [String] = []
    var replications: [String: EmulatedReplication] = [:]
    var serverOrder: [String] = []
    var servers: [String: EmulatedServer] = [:]
    var jobs: [String: EmulatedJob] = [:]
    /// Pending events, sorted by `ScheduledEvent.precedes`.
    var events: [ScheduledEvent] = []
    var nextSequence: UInt64 = 1
    var virtualNow: Date
    var faultRandom: SplitMix64
    var identifierRandom: SplitMix64
    var faults: [FaultRule] = []
    var nextFaultNumber = 1
    var invariantLog: [InvariantViolation] = []
    var requestCounts: [String: OperationCount] = [:]
    var accessKeyFailures: [String: AccessKeyFailures] = [:]
    /// Pending and fired triggers (optional so that state files of earlier versions still load).
    var triggers: [EmulatorTrigger]?
    /// Availability zones that are down (optional so that state files of earlier versions load).
    var zonesDown: [String]?
    var firedTriggers: [EmulatorTrigger]?
    var nextTriggerNumber: Int?
    /// DR drills in creation order (optional so that state files of earlier versions still load).
    var drillOrder: [String]?
    var drills: [String: EmulatedDrill]?
    /// ECS's power-action pace (optional so that state files of earlier versions still load).
    var powerPace: PowerPace?
}

/// ECS's pace of power actions as a token bucket in emulated time that may go into debt: a server
/// admitted while the bucket is empty waits until its token would have been refilled.
struct PowerPace: Sendable, Hashable, Codable {
    /// Servers that may still begin at once (negative: servers already queued).
    var tokens: Double
    /// When `tokens` was last brought up to date.
    var at: Date

    /// Admits one server at `now` with `perMinute` servers per `minute` (scaled seconds) and returns
    /// how long (scaled seconds) it waits before its transition begins.
    mutating func admit(now: Date, perMinute: Double, minute: TimeInterval) -> TimeInterval {
        guard perMinute > 0, minute > 0 else { return 0 }
        let perServer = minute / perMinute
        tokens = min(perMinute, tokens + max(0, now.timeIntervalSince(at)) / perServer)
        at = max(at, now)
        tokens -= 1
        return tokens >= 0 ? 0 : -tokens * perServer
    }
}

/// Consecutive signature failures of one access key, and its lock.
struct AccessKeyFailures: Sendable, Hashable, Codable {
    var consecutive = 0
    var lockedUntil: Date?
}

/// Secondary indexes rebuilt from `EmulatorState` (never persisted).
struct EmulatorIndexes: Sendable {
    var instancesByGroup: [String: [String]] = [:]
    var replicationsByGroup: [String: [String]] = [:]
    var replicationsByInstance: [String: [String]] = [:]
    var instanceByServer: [String: String] = [:]

    init(_ state: EmulatorState) {
        for id in state.instanceOrder {
            guard let instance = state.instances[id] else { continue }
            instancesByGroup[instance.groupID, default: []].append(id)
            for serverID in instance.serverIDs {
                instanceByServer[serverID] = id
            }
        }
        for id in state.replicationOrder {
            guard let replication = state.replications[id] else { continue }
            replicationsByGroup[replication.groupID, default: []].append(id)
            replicationsByInstance[replication.instanceID, default: []].append(id)
        }
    }
}
