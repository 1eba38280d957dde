// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// One ECS server. Its API `status` derives from (`vmState`, `taskState`) per the §6.2 table.
struct EmulatedServer: Sendable, Hashable, Codable {
    var id: String
    var name: String
    var availabilityZone: String
    var vmState: VMState
    /// `powering-off` / `powering-on` while a power transition runs, else `nil`.
    var taskState: String?
    var osType: String
    var imageID: String
    var imageName: String
    var flavor: EmulatedFlavor
    var frozen: Bool
    var locked: Bool
    var softStopHangs: Bool
    var vpcID: String
    var ipAddress: String
    var macAddress: String
    var portID: String
    var volumes: [EmulatedVolumeAttachment]
    var metadata: [String: String]
    var tags: [String]
    var createdAt: Date
    var updatedAt: Date
    var launchedAt: Date
    /// The power transition in flight, if any.
    var transition: PowerTransition?

    /// The stable VM state (`OS-EXT-STS:vm_state`).
    enum VMState: String, Sendable, Hashable, Codable {
        case active, stopped, error, deleted
        /// Its availability zone is down (`/__emulator/zones/{az}/outage`): ECS cannot reach it and
        /// reports `UNKNOWN`; it lost power with its zone, so it does not run.
        case unreachable
    }

    /// `status` per the vm_state/task_state table.
    var status: String {
        switch vmState {
        case .active: "ACTIVE"
        case .stopped: "SHUTOFF"
        case .error: "ERROR"
        case .deleted: "DELETED"
        case .unreachable: "UNKNOWN"
        }
    }

    /// `OS-EXT-STS:power_state`: 1 RUNNING while active (incl. powering-off), 4 SHUTDOWN while stopped
    /// (incl. powering-on), 0 NOSTATE otherwise.
    var powerState: Int {
        switch vmState {
        case .active: 1
        case .stopped: 4
        case .error, .deleted, .unreachable: 0
        }
    }

    var isDeleted: Bool { vmState == .deleted }

    /// Fully stopped: `SHUTOFF` with no task in flight.
    var isStoppedAndIdle: Bool { vmState == .stopped && taskState == nil }

    /// Whether it may run, for the safety invariants: anything but a stopped, idle server or one
    /// that lost power with its zone (SDRS and ECS cannot tell the latter; the emulator can).
    var mayRun: Bool { !isStoppedAndIdle && vmState != .unreachable && vmState != .deleted }
}

/// A flavor as ECS shows it (all strings on the wire).
struct EmulatedFlavor: Sendable, Hashable, Codable {
    var id: String
    var name: String
    var vcpus: Int
    var ramMB: Int
    var diskGB: Int
}

/// One `os-extended-volumes:volumes_attached` entry.
struct EmulatedVolumeAttachment: Sendable, Hashable, Codable {
    var id: String
    var device: String
    var bootIndex: String
}

/// A power-off or power-on in flight and the ECS sub-jobs waiting for it.
struct PowerTransition: Sendable, Hashable, Codable {
    var target: EmulatedServer.VMState
    /// Identifies the scheduled completion event; a stale event (older token) is ignored.
    var token: UInt64
    /// `nil` when the transition never completes (a hanging SOFT stop).
    var due: Date?
    var waiters: [SubJobReference]
}

/// Points at one sub-job of an ECS job.
struct SubJobReference: Sendable, Hashable, Codable {
    var jobID: String
    var index: Int
}
