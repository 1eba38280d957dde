// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// All state of an emulated cloud: groups, instances, replication pairs, servers, jobs, faults,
/// the invariant log and request counts.
///
/// Time is lazy: before answering anything the store advances to the clock's "now" and applies
/// every due transition in due-time order, so results are deterministic and there are no timers or
/// background tasks. With a `stateFile`, state is written (atomically) after every change.
public actor EmulatorStore {
    var state: EmulatorState
    var indexes: EmulatorIndexes
    var clock: VirtualClock
    /// The latest instant the store has advanced to; never decreases.
    var currentTime: Date
    let behaviours: EmulatorBehaviours
    let timeScale: Double
    let stateFile: String?
    var dirty = false
    /// The per-identity gateway rate limit (in memory only; from the fixture or the admin API).
    var rateLimiter: RateLimiter

    /// Builds the store from the state file when it exists, otherwise from the fixture.
    ///
    /// - Throws: `EmulatorError` when the state file is unreadable or the fixture invalid.
    public init(configuration: EmulatorConfiguration) throws {
        var clock = VirtualClock(mode: configuration.clock)
        let state: EmulatorState
        if let stateFile = configuration.stateFile, FileManager.default.fileExists(atPath: stateFile) {
            state = try StateFile.read(path: stateFile)
            clock.resume(at: state.virtualNow)
        } else {
            let problems = configuration.fixture.problems()
            guard problems.isEmpty else {
                throw EmulatorError.fixtureInvalid(
                    problems: problems.map { "\($0.pathDescription): error: \($0.message)" })
            }
            state = FixtureImporter(
                fixture: configuration.fixture, seed: configuration.seed, now: clock.now,
                timeScale: configuration.timeScale
            ).makeState()
        }
        self.state = state
        self.projectID = state.projectID
        self.region = state.region
        self.credentialsByAccessKey = Dictionary(
            state.credentials.map { ($0.accessKeyID, $0) }, uniquingKeysWith: { first, _ in first }
        )
        self.indexes = EmulatorIndexes(state)
        self.clock = clock
        self.currentTime = max(clock.now, state.virtualNow)
        self.behaviours = configuration.behaviours
        self.timeScale = configuration.timeScale
        self.stateFile = configuration.stateFile
        self.rateLimiter = RateLimiter(limit: configuration.fixture.rateLimit, timeScale: configuration.timeScale)
        if let stateFile, !FileManager.default.fileExists(atPath: stateFile) {
            try StateFile.write(state, path: stateFile)
        }
    }

    /// The project the emulated resources belong to.
    public nonisolated let projectID: String
    /// The emulated region.
    public nonisolated let region: String
    /// Accepted credentials by access key ID (fixed for the store's lifetime).
    nonisolated let credentialsByAccessKey: [String: EmulatorFixture.Credential]

    /// The current virtual time (after applying every due transition).
    public func now() throws -> Date {
        try synchronise()
        return currentTime
    }

    /// Moves virtual time forward by `seconds` and applies everything that becomes due.
    ///
    /// Works in both clock modes (in wall mode it skips ahead of the wall clock).
    /// The most one `clock/advance` may move the virtual clock: 10 years.
    public static let maximumClockAdvance: Double = 10 * 365 * 86_400
    /// The most the virtual clock may be ahead of its base in total: 100 years, so timestamps stay
    /// four-digit years and no conversion to an integer can overflow.
    public static let maximumClockOffset: Double = 100 * 365 * 86_400

    public func advanceClock(by seconds: Double) throws {
        guard seconds.isFinite, clock.offset + max(0, seconds) <= Self.maximumClockOffset else {
            throw APIError.admin("the virtual clock may be at most 100 years ahead; it is \(Int(clock.offset / 86_400)) days ahead")
        }
        clock.offset += max(0, seconds)
        dirty = true
        try synchronise()
    }

    /// Writes the state file now (with the current virtual time), whether or not anything changed.
    ///
    /// Called on graceful shutdown so that a restart resumes at the instant the emulator stopped:
    /// a running job keeps exactly the time it had left. No-op without a state file.
    public func persist() throws {
        dirty = true
        try synchronise()
    }

    // MARK: - Lazy time

    /// Advances to the clock's now, applying due events, then saves if anything changed.
    func synchronise() throws {
        advance(to: clock.now)
        try saveIfDirty()
    }

    func advance(to instant: Date) {
        while let first = state.events.first, first.due <= instant {
            state.events.removeFirst()
            currentTime = max(currentTime, first.due)
            apply(first)
            dirty = true
        }
        currentTime = max(currentTime, instant)
        state.virtualNow = currentTime
    }

    /// Schedules `kind` `delay` virtual seconds (already scaled) from now.
    func schedule(_ kind: ScheduledEvent.Kind, after delay: TimeInterval) -> Date {
        let due = currentTime.addingTimeInterval(max(0, delay))
        let event = ScheduledEvent(due: due, sequence: state.nextSequence, kind: kind)
        state.nextSequence += 1
        let position = state.events.firstIndex { ScheduledEvent.precedes(event, $0) } ?? state.events.endIndex
        state.events.insert(event, at: position)
        dirty = true
        return due
    }

    /// A configured duration in virtual seconds, scaled.
    func scaled(_ seconds: Double) -> TimeInterval {
        seconds * timeScale
    }

    /// Runs `body` and saves whatever it changed, also when it throws an API refusal (which may
    /// have logged an invariant violation). A failed save is thrown.
    func savingChanges<T>(_ body: () throws -> T) throws -> T {
        let result: T
        do {
            result = try body()
        } catch {
            try saveIfDirty()
            throw error
        }
        try saveIfDirty()
        return result
    }

    func saveIfDirty() throws {
        guard dirty else { return }
        dirty = false
        guard let stateFile else { return }
        state.virtualNow = currentTime
        try StateFile.write(state, path: stateFile)
    }

    // MARK: - Identifiers

    /// A new job ID: 32 lower-case hex characters, unique across both services.
    func makeJobID() -> String {
        while true {
            let id = state.identifierRandom.nextHex(count: 32)
            if state.jobs[id] == nil { return id }
        }
    }

    /// A new `X-Request-Id` value (32 hex characters).
    ///
    /// Drawing one does not count as a change (it is saved with the next real change).
    public func makeRequestID() -> String {
        state.identifierRandom.nextHex(count: 32)
    }
}
