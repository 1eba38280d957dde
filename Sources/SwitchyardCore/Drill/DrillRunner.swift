// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Runs one DR drill per target group: removes drills an earlier run left behind, creates a drill,
/// waits until it is `available` (timing it), runs the check, and deletes the drill again.
///
/// Level-triggered: what exists is read from the cloud each time, never from a local file, so a
/// run killed at any point is cleaned up by the next one (every drill whose name starts with
/// `Options.namePrefix` counts as switchyard's). A drill never touches production: it only calls
/// the drill API.
public struct DrillRunner: Sendable {
    /// How a run behaves.
    public struct Options: Sendable {
        /// Leave the drills running after the check (`--keep`).
        public var keep = false
        /// The name prefix of switchyard's drills.
        public static let defaultNamePrefix = "switchyard-drill-"
        /// Drills with this name prefix belong to switchyard (and are removed as leftovers).
        public var namePrefix = Options.defaultNamePrefix
        /// Appended to the prefix to name this run's drills (letters, digits, `-`, `_`, `.` only).
        public var runStamp: String
        /// How often drill states are re-read, in cloud time (scaled by `timeScale` when sleeping).
        public var poll = PollSchedule.standard
        /// Cloud seconds per run second is `1 / timeScale`: an emulator at time scale 0.001 turns
        /// 0.6 s of waiting into 600 cloud seconds. 1 for the real cloud.
        public var timeScale: Double = 1
        /// The longest a drill may take to become available, in cloud time (default 1 h).
        public var createTimeout: Duration = .seconds(3600)
        /// The longest a deletion may take, in cloud time (default 30 min).
        public var deleteTimeout: Duration = .seconds(1800)
        /// Groups drilled at the same time.
        public var parallelism = 10

        public init(runStamp: String) {
            self.runStamp = runStamp
        }

        /// The name of this run's drill (at most 64 bytes, as SDRS requires).
        public var drillName: String {
            String((namePrefix + runStamp).utf8.prefix(64)) ?? namePrefix
        }
    }

    let drills: any DrillAPI
    let check: (any DrillCheck)?
    let options: Options
    let clock: any Clock<Duration>
    let elapsed: @Sendable () -> Duration
    let jitter: @Sendable () -> Double
    let progress: @Sendable (Phrase) -> Void

    /// - Parameters:
    ///   - elapsed: Time since an arbitrary fixed origin (measures the recovery time).
    ///   - progress: One line per event, for people watching, in any language (plain text, not
    ///     escaped: the IDs and names in it come from the cloud).
    public init(
        drills: any DrillAPI, check: (any DrillCheck)?, options: Options, clock: any Clock<Duration>,
        elapsed: @escaping @Sendable () -> Duration, jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        progress: @escaping @Sendable (Phrase) -> Void = { _ in }
    ) {
        self.drills = drills
        self.check = check
        self.options = options
        self.clock = clock
        self.elapsed = elapsed
        self.jitter = jitter
        self.progress = progress
    }

    /// Drills every target, at most `parallelism` at a time; results keep the targets' order.
    public func run(_ targets: [DrillTarget]) async -> [DrillGroupResult] {
        await withTaskGroup(of: (Int, DrillGroupResult).self) { group in
            var results = [DrillGroupResult?](repeating: nil, count: targets.count)
            var next = 0
            func add() {
                let index = next
                let target = targets[index]
                group.addTask { (index, await self.drill(target)) }
                next += 1
            }
            while next < min(max(options.parallelism, 1), targets.count) { add() }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < targets.count { add() }
            }
            return results.compactMap { $0 }
        }
    }

    /// One group's drill; every failure ends up in the result, none is thrown.
    func drill(_ target: DrillTarget) async -> DrillGroupResult {
        var result = DrillGroupResult(address: target.address, groupID: target.groupID)
        result.rtoSeconds = target.rto?.seconds
        var phase: (name: String, start: Double)?
        func begin(_ name: String) { phase = (name, cloudSeconds(elapsed())) }
        func end(failed: Bool = false) {
            if let phase { result.phases.append(DrillPhase(name: phase.name, start: phase.start, end: cloudSeconds(elapsed()), failed: failed)) }
            phase = nil
        }
        do {
            begin("cleanup")
            let existing = try await DrillObserver(drills: drills).observe(groupIDs: [target.groupID])
            for leftover in existing.startedBySwitchyard(namePrefix: options.namePrefix) {
                progress(Phrase(.drillProgressRemoving, ["address": .text(target.address), "name": .text(leftover.name), "id": .text(leftover.id)]))
                try await remove(leftover)
                result.removedLeftovers.append(leftover.id)
            }
            if result.removedLeftovers.isEmpty { phase = nil } else { end() }
            let known = Set(existing.drills.map(\.id))
            let name = options.drillName
            result.drillName = name
            progress(Phrase(.drillProgressCreating, ["address": .text(target.address), "name": .text(name)]))
            let started = elapsed()
            begin("create")
            _ = try await drills.createDrill(groupID: target.groupID, name: name, drillVPCID: target.drillVPCID)
            let drill = try await waitForCreation(of: name, in: target.groupID, ignoring: known)
            result.record(drill)
            guard drill.status == .available else {
                end(failed: true)
                result.failure = Message(.drillEndedInStatus, ["status": "\(drill.status)"])
                return await cleanUp(drill, result)
            }
            end()
            let measured = cloudSeconds(elapsed() - started)
            result.measuredSeconds = measured
            result.recoverySeconds = measured
            if let created = drill.createdAt, let updated = drill.updatedAt, updated >= created {
                result.recoverySeconds = updated.timeIntervalSince(created) / max(options.timeScale, .leastNonzeroMagnitude)
            }
            progress(Phrase(.drillProgressAvailable, ["address": .text(target.address), "id": .text(drill.id), "count": "\(drill.servers.count)"]))
            if let check {
                let context = DrillCheckContext(
                    address: target.address, groupID: target.groupID, drillID: drill.id, drillVPCID: drill.drillVPCID,
                    serverIDs: drill.servers.map(\.drillServerID)
                )
                begin("check")
                let status = try await check.run(context)
                end(failed: status != 0)
                result.checkExitStatus = status
                if status != 0 { result.failure = Message(.drillCheckFailed, ["status": "\(status)"]) }
            }
            return await cleanUp(drill, result)
        } catch {
            end(failed: true)
            result.failure = Self.describe(error)
            return result
        }
    }

    /// Deletes the drill (unless `keep`) and records the outcome; a failed deletion is a failure.
    private func cleanUp(_ drill: LiveDrill, _ result: DrillGroupResult) async -> DrillGroupResult {
        var result = result
        guard !options.keep else {
            progress(Phrase(.drillProgressKeeping, ["address": .text(result.address), "id": .text(drill.id)]))
            return result
        }
        let start = cloudSeconds(elapsed())
        do {
            progress(Phrase(.drillProgressDeleting, ["address": .text(result.address), "id": .text(drill.id)]))
            try await remove(drill)
            result.phases.append(DrillPhase(name: "delete", start: start, end: cloudSeconds(elapsed()), failed: false))
            result.deleted = true
            result.finalStatus = nil
        } catch {
            result.phases.append(DrillPhase(name: "delete", start: start, end: cloudSeconds(elapsed()), failed: true))
            let message = Message(.drillDeleteFailed, ["error": Self.describe(error).argument])
            result.failure = result.failure.map { Message(.drillFailureAndMore, ["first": $0.argument, "second": message.argument]) } ?? message
        }
        return result
    }

    private func cloudSeconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) + Double(attoseconds) / 1e18) / max(options.timeScale, .leastNonzeroMagnitude)
    }

    /// Why a drill failed: the cloud's error as the cloud reported it (the same in every
    /// language), a wait that ended badly in any language.
    static func describe(_ error: any Error) -> Message {
        if let error = error as? CloudError { return Message(verbatim: error.description) }
        if let error = error as? DrillWaitError { return error.message }
        return Message(verbatim: String(describing: error))
    }
}

extension DrillGroupResult {
    mutating func record(_ drill: LiveDrill) {
        drillID = drill.id
        drillVPCID = drill.drillVPCID
        finalStatus = drill.status.rawValue
        servers = drill.servers
    }
}
