// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A drill did not reach the awaited state in time, or reached one that ends the wait.
struct DrillWaitError: Error, CustomStringConvertible {
    /// What happened, in any language.
    var message: Message

    init(_ key: MessageKey, _ arguments: [String: Phrase.Argument]) {
        message = Message(key, arguments)
    }

    var description: String { message.text }
}

extension DrillRunner {
    /// Waits until a drill that is not transitional exists (waiting out `creating`/`deleting`),
    /// then deletes it if it still exists and waits until it is gone.
    ///
    /// - Throws: `DrillWaitError` when the drill cannot be deleted (`error-deleting` after our
    ///   delete, an unknown status) or does not go away in time; `CloudError` from the API.
    func remove(_ drill: LiveDrill) async throws {
        var current: LiveDrill? = drill
        if drill.status.isTransitional {
            current = try await poll(timeout: options.createTimeout, what: Phrase(.drillWaitLeave, ["id": .text(drill.id), "status": "\(drill.status)"])) {
                guard let seen = try await drills.showDrill(id: drill.id) else { return .some(nil) }
                return seen.status.isTransitional ? nil : .some(seen)
            }
        }
        guard let current else { return }
        guard current.status.allowsDelete else {
            throw DrillWaitError(.drillCannotDelete, ["id": .text(current.id), "status": "\(current.status)"])
        }
        _ = try await drills.deleteDrill(id: current.id)
        let outcome: LiveDrill? = try await poll(timeout: options.deleteTimeout, what: Phrase(.drillWaitDeleted, ["id": .text(current.id)])) {
            guard let seen = try await drills.showDrill(id: current.id) else { return .some(nil) }
            return seen.status == .deleting ? nil : .some(seen)
        }
        if let outcome {
            throw DrillWaitError(.drillDeleteEnded, ["id": .text(outcome.id), "status": "\(outcome.status)"])
        }
    }

    /// Waits until this run's drill (named `name`, not among `known`) has left `creating`.
    func waitForCreation(of name: String, in groupID: String, ignoring known: Set<String>) async throws -> LiveDrill {
        try await poll(timeout: options.createTimeout, what: Phrase(.drillWaitAvailable, ["name": .text(name)])) {
            let mine = try await drills.listDrills(groupIDs: [groupID]).first { $0.name == name && !known.contains($0.id) }
            guard let mine, mine.status != .creating else { return nil }
            return mine
        }
    }

    /// Calls `read` until it returns a value, sleeping per the poll schedule between calls.
    ///
    /// - Throws: `DrillWaitError` after `timeout` (cloud time) or `maxPolls` polls.
    func poll<T: Sendable>(timeout: Duration, what: Phrase, _ read: () async throws -> T?) async throws -> T {
        var schedule = options.poll
        schedule.scale *= options.timeScale
        var waited = Duration.zero  // cloud time
        var pollNumber = 1
        while true {
            if let value = try await read() { return value }
            guard pollNumber < schedule.maxPolls, waited < timeout else {
                throw DrillWaitError(.drillTimedOut, ["what": .phrase(what)])
            }
            try await clock.sleep(for: schedule.delay(beforePoll: pollNumber, waited: waited, jitter: jitter()), tolerance: nil)
            waited += schedule.nominalDelay(beforePoll: pollNumber, waited: waited)
            pollNumber += 1
        }
    }
}
