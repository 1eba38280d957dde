// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Says what changed between the observation a plan recorded and the current one.
///
/// `apply` refuses to act on a group whose fingerprint changed (Terraform's "saved plan is stale"),
/// and prints these sentences so the person sees why, e.g.
/// `priority_station is now target; was source when planned`. Pure; order is stable (group fields,
/// then instances, servers and replication pairs by ID). Names are not compared (they are not part of
/// the fingerprint either).
public enum Staleness {
    /// One sentence per difference; empty when the observations agree on every fingerprinted value.
    public static func compare(planned: GroupObservation, current: GroupObservation) -> [String] {
        var changes: [String] = []
        func note(_ sentence: String) { changes.append(sentence) }
        func field(_ subject: String, _ name: String, _ was: String?, _ now: String?) {
            guard was != now else { return }
            note("\(subject)\(name) is now \(now ?? "none"); was \(was ?? "none") when planned")
        }
        field("", "group ID", planned.groupID, current.groupID)
        field("", "status", planned.status, current.status)
        field("", "priority_station", planned.priorityStation?.rawValue, current.priorityStation?.rawValue)
        field("", "source availability zone", planned.sourceAvailabilityZone, current.sourceAvailabilityZone)
        field("", "target availability zone", planned.targetAvailabilityZone, current.targetAvailabilityZone)

        compareSets("protected instance", planned.instances, current.instances, id: \.id, note: note) { was, now in
            let subject = "protected instance \(now.id) "
            field(subject, "status", was.status, now.status)
            field(subject, "frozen", String(was.frozen), String(now.frozen))
            field(subject, "source server", was.sourceServerID, now.sourceServerID)
            field(subject, "target server", was.targetServerID, now.targetServerID)
        }
        compareSets("server", planned.servers, current.servers, id: \.id, note: note) { was, now in
            let subject = "server \(now.id) "
            field(subject, "exists", String(was.exists), String(now.exists))
            field(subject, "status", was.status, now.status)
            field(subject, "task_state", was.taskState, now.taskState)
            field(subject, "availability zone", was.availabilityZone, now.availabilityZone)
            field(subject, "locked", String(was.locked), String(now.locked))
            field(subject, "frozen", String(was.frozen), String(now.frozen))
        }
        compareSets("replication pair", planned.replications, current.replications, id: \.id, note: note) { was, now in
            let subject = "replication pair \(now.id) "
            field(subject, "status", was.status, now.status)
            field(subject, "fault_level", was.faultLevel, now.faultLevel)
        }
        return changes
    }

    /// Reports removed and added members, and runs `compare` on the ones present in both, by ID order.
    private static func compareSets<Element>(
        _ kind: String,
        _ planned: [Element],
        _ current: [Element],
        id: (Element) -> String,
        note: (String) -> Void,
        compare: (Element, Element) -> Void
    ) {
        let was = Dictionary(planned.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(current.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        for key in Set(was.keys).union(now.keys).sorted() {
            switch (was[key], now[key]) {
            case let (old?, new?): compare(old, new)
            case (_?, nil): note("\(kind) \(key) is gone; it was there when planned")
            case (nil, _?): note("\(kind) \(key) was added since the plan was made")
            case (nil, nil): break
            }
        }
    }
}
