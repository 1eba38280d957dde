// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport

/// Builders for decider tables: group `g` with two instances, AZs az1 (source) / az2 (target).
enum DeciderFixture {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    static func spec(
        to site: Site = .target, shutdown: ShutdownMode = .soft, start: Bool = true, onFailure: FailurePolicy = .leaveStopped
    ) -> SwitchSpec {
        SwitchSpec(
            address: "g", groupID: "g", desiredSite: site, shutdown: shutdown, startAfterSwitch: start,
            switchTimeout: .minutes(30), shutdownTimeout: .minutes(10), onFailure: onFailure
        )
    }

    /// A server state: `status` and `taskState`.
    struct State {
        var status: String
        var task: String?
        static let active = State(status: "ACTIVE")
        static let shutoff = State(status: "SHUTOFF")
        static let poweringOff = State(status: "ACTIVE", task: "powering-off")
        static let poweringOn = State(status: "SHUTOFF", task: "powering-on")
    }

    /// Source servers g-s0, g-s1 and target servers g-t0, g-t1 in the given states.
    static func snapshot(
        production: Site? = .source, status: String = "protected", source: [State] = [.active, .active],
        target: [State] = [.shutoff, .shutoff], replications: Int = 2, exists: Bool = true
    ) -> GroupSnapshot {
        let (group, instances, servers) = FakeCloud.group(id: "g", production: production ?? .source, status: status)
        var live = group
        live.priorityStation = production
        live.replicationCount = replications
        let updated = servers.map { server -> LiveServer in
            var server = server
            let index = Int(String(server.id.last!))!
            let state = server.id.contains("-s") ? source[index] : target[index]
            server.status = state.status
            server.taskState = state.task
            server.exists = exists || server.id != "g-s1"
            return server
        }
        return GroupSnapshot(group: live, instances: instances, servers: updated)
    }

    static func job(_ status: CloudJob.Status, code: String? = nil, service: CloudService = .sdrs) -> CloudJob {
        CloudJob(id: CloudJobID(service: service, id: "j1"), status: status, errorCode: code, failReason: code.map { "failed: \($0)" })
    }

    static let jobID = CloudJobID(service: .sdrs, id: "j1")
}
