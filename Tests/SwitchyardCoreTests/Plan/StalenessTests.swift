// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import Testing

@Suite struct StalenessTests {
    static let planned = GroupObservation(
        groupID: "grp-g", name: "g", status: "protected", priorityStation: .source,
        sourceAvailabilityZone: "cn-north-4a", targetAvailabilityZone: "cn-north-4b",
        instances: [.init(id: "ins-1", name: "g-01", status: "protected", frozen: false, sourceServerID: "srv-a", targetServerID: "srv-b")],
        servers: [
            .init(id: "srv-a", name: "g-01", instanceID: "ins-1", exists: true, status: "ACTIVE", taskState: nil,
                  availabilityZone: "cn-north-4a", site: .source, locked: false, frozen: false),
            .init(id: "srv-b", name: "g-01", instanceID: "ins-1", exists: true, status: "SHUTOFF", taskState: nil,
                  availabilityZone: "cn-north-4b", site: .target, locked: false, frozen: false),
        ],
        replications: [.init(id: "rep-1", status: "protected", faultLevel: "0")]
    )

    @Test func identicalObservationsHaveNoChanges() {
        #expect(Staleness.compare(planned: Self.planned, current: Self.planned).isEmpty)
    }

    @Test func saysWhatChangedInPlainWords() {
        var current = Self.planned
        current.priorityStation = .target
        current.status = "reversing"
        current.servers[0].status = "SHUTOFF"
        current.servers[0].taskState = "powering-on"
        current.replications[0].faultLevel = "5"
        #expect(Staleness.compare(planned: Self.planned, current: current) == [
            "status is now reversing; was protected when planned",
            "priority_station is now target; was source when planned",
            "server srv-a status is now SHUTOFF; was ACTIVE when planned",
            "server srv-a task_state is now powering-on; was none when planned",
            "replication pair rep-1 fault_level is now 5; was 0 when planned",
        ])
    }

    @Test func saysWhatChangedInChineseToo() {
        var current = Self.planned
        current.servers[0].status = "SHUTOFF"
        current.servers[0].taskState = "powering-on"
        current.instances = []
        #expect(Staleness.compare(planned: Self.planned, current: current).map { $0.text(.simplifiedChinese) } == [
            "保护实例 ins-1 已不存在；生成计划时存在",
            "云服务器 srv-a 的状态 现在为 SHUTOFF；生成计划时为 ACTIVE",
            "云服务器 srv-a 的task_state 现在为 powering-on；生成计划时为 无",
        ])
    }

    @Test func reportsAddedAndRemovedResources() {
        var current = Self.planned
        current.instances = [.init(id: "ins-2", name: "g-02", status: "protected", frozen: false, sourceServerID: "srv-c", targetServerID: "srv-d")]
        current.replications = []
        #expect(Staleness.compare(planned: Self.planned, current: current) == [
            "protected instance ins-1 is gone; it was there when planned",
            "protected instance ins-2 was added since the plan was made",
            "replication pair rep-1 is gone; it was there when planned",
        ])
    }

    @Test func ignoresNames() {
        var current = Self.planned
        current.name = "renamed"
        current.servers[1].name = "renamed"
        #expect(Staleness.compare(planned: Self.planned, current: current).isEmpty)
    }
}
