// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore
import SwitchyardRuntime
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

    static func spec(_ name: String, to site: Site = .target, shutdown: ShutdownMode = .soft, dependsOn: [String] = [], onFailure: FailurePolicy = .leaveStopped) -> SwitchSpec {
        SwitchSpec(
            address: name, groupID: name, desiredSite: site, shutdown: shutdown, switchTimeout: .minutes(30),
            shutdownTimeout: .minutes(10), onFailure: onFailure, rto: .minutes(45), dependsOn: dependsOn
        )
    }

    static func executor(_ cloud: any CloudAPI, journal: any JournalWriter, clock: TestClock, events: EventLog = EventLog(), runID: String = "run-1") -> Executor {
        Executor(
            cloud: cloud, journal: journal, clock: clock, now: { clock.date() },
            options: ExecutorOptions(poll: PollSchedule(jitterFraction: 0), runID: runID), logger: quietLogger,
            jitter: { 0.5 }, onEvent: { events.append($0) }
        )
    }

    static func header(_ clock: TestClock, runID: String = "run-1", projectID: String = "p1") -> JournalHeader {
        JournalHeader(projectID: projectID, region: "r1", runID: runID, startedAt: clock.date(), switchyardVersion: "test")
    }
}
