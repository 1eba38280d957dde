// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore
import SwitchyardExecutor
import SwitchyardTestSupport

/// Collects events from several tasks. `@unchecked Sendable`: `lock` guards `events`.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ApplyEvent] = []

    func append(_ event: ApplyEvent) { lock.withLock { stored.append(event) } }
    var events: [ApplyEvent] { lock.withLock { stored } }

    /// The most groups that were between their first event and `groupFinished` at once.
    var maxConcurrentGroups: Int {
        var open = Set<String>(), finished = Set<String>(), best = 0
        for event in events {
            if event.kind == .groupFinished {
                open.remove(event.address)
                finished.insert(event.address)
            } else if !finished.contains(event.address) {
                open.insert(event.address)
                best = max(best, open.count)
            }
        }
        return best
    }
}

enum ApplyHarness {
    static var quietLogger: Logger {
        var logger = Logger(label: "apply-test")
        logger.logLevel = .critical
        return logger
    }

    /// A fake cloud with groups `names`, each production at source with two instances.
    static func cloud(_ names: [String], production: Site = .source, pollsPerJob: Int = 2) -> FakeCloud {
        var groups: [LiveGroup] = [], instances: [LiveInstance] = [], servers: [LiveServer] = []
        for name in names {
            let parts = FakeCloud.group(id: name, production: production)
            groups.append(parts.0)
            instances += parts.1
            servers += parts.2
        }
        return FakeCloud(groups: groups, instances: instances, servers: servers, pollsPerJob: pollsPerJob)
    }

    /// One declared group of a test estate.
    struct Declaration {
        var name: String
        var site: Site = .target
        var shutdown: ShutdownMode = .soft
        var dependsOn: [String] = []
        var onFailure: FailurePolicy = .leaveStopped
        var startAfterSwitch = true
    }

    static func declare(_ name: String, to site: Site = .target, shutdown: ShutdownMode = .soft, dependsOn: [String] = [], onFailure: FailurePolicy = .leaveStopped, startAfterSwitch: Bool = true) -> Declaration {
        Declaration(name: name, site: site, shutdown: shutdown, dependsOn: dependsOn, onFailure: onFailure, startAfterSwitch: startAfterSwitch)
    }

    /// Observes `cloud` and plans the declarations, exactly as `apply -f` does.
    static func plan(_ cloud: any CloudAPI, _ declarations: [Declaration], maxSwitchesPerRun: Int = 10, parallelism: Int = 4) async throws -> Plan {
        let groups = declarations.map { declaration in
            DesiredGroup(
                selector: GroupSelector(id: declaration.name), activeSite: declaration.site == .source ? .source : .target,
                dependsOn: declaration.dependsOn, shutdown: declaration.shutdown, startAfterSwitch: declaration.startAfterSwitch,
                onFailure: declaration.onFailure, rto: .minutes(45), location: SourceLocation(file: "desired.yaml", line: 1, column: 1)
            )
        }
        let desired = DesiredState(file: "desired.yaml", policy: RunPolicy(maxSwitchesPerRun: maxSwitchesPerRun, parallelism: parallelism), groups: groups)
        let live = try await LiveStateObserver(cloud: cloud).observe { desired.referencedGroupIDs(in: $0) }
        return Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired, projectID: "p1", region: "r1"))
    }

    static func executor(_ cloud: any CloudAPI, journal: any JournalWriter, clock: TestClock, events: EventLog = EventLog(), runID: String = "run-1", parallelism: Int? = nil, wall: (@Sendable () -> Date)? = nil) -> Executor {
        Executor(
            cloud: cloud, journal: journal, clock: clock, elapsed: { clock.now.offset }, now: wall ?? { clock.date() },
            options: ExecutorOptions(poll: PollSchedule(jitterFraction: 0), runID: runID, parallelism: parallelism), logger: quietLogger,
            jitter: { 0.5 }, onEvent: { events.append($0) }
        )
    }

    static func header(_ clock: TestClock, runID: String = "run-1", projectID: String = "p1") -> JournalHeader {
        JournalHeader(projectID: projectID, region: "r1", runID: runID, startedAt: clock.date(), switchyardVersion: "test")
    }
}
