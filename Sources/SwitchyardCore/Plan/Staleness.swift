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
    public static func compare(planned: GroupObservation, current: GroupObservation) -> [Message] {
        var changes: [Message] = []
        func note(_ sentence: Message) { changes.append(sentence) }
        func field(_ subject: Phrase.Argument, _ name: Phrase.Argument, _ was: String?, _ now: String?) {
            guard was != now else { return }
            func value(_ text: String?) -> Phrase.Argument { text.map(Phrase.Argument.text) ?? .phrase(Phrase(.staleNone)) }
            note(Message(.staleField, ["subject": subject, "name": name, "now": value(now), "was": value(was)]))
        }
        func word(_ key: MessageKey) -> Phrase.Argument { .phrase(Phrase(key)) }
        field("", word(.staleGroupID), planned.groupID, current.groupID)
        field("", word(.staleStatus), planned.status, current.status)
        field("", "priority_station", planned.priorityStation?.rawValue, current.priorityStation?.rawValue)
        field("", word(.staleSourceZone), planned.sourceAvailabilityZone, current.sourceAvailabilityZone)
        field("", word(.staleTargetZone), planned.targetAvailabilityZone, current.targetAvailabilityZone)

        compareSets(.staleKindInstance, planned.instances, current.instances, id: \.id, note: note) { was, now in
            let subject = Phrase.Argument.phrase(Phrase(.staleSubjectInstance, ["id": .text(now.id)]))
            field(subject, word(.staleStatus), was.status, now.status)
            field(subject, word(.staleFrozen), String(was.frozen), String(now.frozen))
            field(subject, word(.staleSourceServer), was.sourceServerID, now.sourceServerID)
            field(subject, word(.staleTargetServer), was.targetServerID, now.targetServerID)
        }
        compareSets(.staleKindServer, planned.servers, current.servers, id: \.id, note: note) { was, now in
            let subject = Phrase.Argument.phrase(Phrase(.staleSubjectServer, ["id": .text(now.id)]))
            field(subject, word(.staleExists), String(was.exists), String(now.exists))
            field(subject, word(.staleStatus), was.status, now.status)
            field(subject, "task_state", was.taskState, now.taskState)
            field(subject, word(.staleAvailabilityZone), was.availabilityZone, now.availabilityZone)
            field(subject, word(.staleLocked), String(was.locked), String(now.locked))
            field(subject, word(.staleFrozen), String(was.frozen), String(now.frozen))
        }
        compareSets(.staleKindPair, planned.replications, current.replications, id: \.id, note: note) { was, now in
            let subject = Phrase.Argument.phrase(Phrase(.staleSubjectPair, ["id": .text(now.id)]))
            field(subject, word(.staleStatus), was.status, now.status)
            field(subject, "fault_level", was.faultLevel, now.faultLevel)
        }
        return changes
    }

    /// Reports removed and added members, and runs `compare` on the ones present in both, by ID order.
    private static func compareSets<Element>(
        _ kind: MessageKey,
        _ planned: [Element],
        _ current: [Element],
        id: (Element) -> String,
        note: (Message) -> Void,
        compare: (Element, Element) -> Void
    ) {
        let was = Dictionary(planned.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(current.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        for key in Set(was.keys).union(now.keys).sorted() {
            switch (was[key], now[key]) {
            case let (old?, new?): compare(old, new)
            case (_?, nil): note(Message(.staleGone, ["kind": .phrase(Phrase(kind)), "id": .text(key)]))
            case (nil, _?): note(Message(.staleAdded, ["kind": .phrase(Phrase(kind)), "id": .text(key)]))
            case (nil, nil): break
            }
        }
    }
}
