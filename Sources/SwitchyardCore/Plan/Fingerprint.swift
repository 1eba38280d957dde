// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The fingerprint of an observation: `sha256:` and the hex SHA-256 of a canonical text.
///
/// Covers everything a switch decision depends on: group status and `priority_station`, the AZs,
/// the instance set (ID, status, frozen, both server IDs), every server (ID, exists, status,
/// task_state, AZ, locked, frozen) and every replication pair (ID, status, fault level). Names are
/// left out (renaming does not make a plan unsafe). Same observation → same fingerprint, always.
public enum Fingerprint {
    /// The fingerprint of `observation`.
    public static func of(_ observation: GroupObservation) -> String {
        "sha256:" + sha256Hex(canonicalText(observation))
    }

    /// The fingerprint of a whole plan: what each group's plan does (action, wave, steps) and the
    /// observation it was made on. Two plans with the same fingerprint do the same thing to the
    /// same estate; pull-request comments show it so a reviewer can match the plan apply runs.
    public static func of(_ plan: Plan) -> String {
        var lines: [String] = []
        for group in plan.groups.sorted(by: { $0.address < $1.address }) {
            let steps = group.steps.map { step in ([step.kind.rawValue] + step.serverIDs).joined(separator: ",") }.joined(separator: ";")
            lines.append("group \(group.address) id=\(group.groupID ?? "-") action=\(group.action.rawValue) wave=\(group.wave.map(String.init) ?? "-") observed=\(group.fingerprint ?? "-") steps=\(steps)")
        }
        return "sha256:" + sha256Hex(lines.joined(separator: "\n") + "\n")
    }

    /// The lowercase hex SHA-256 of the UTF-8 bytes of `text` (exposed for known-answer tests).
    public static func sha256Hex(_ text: String) -> String { SHA256.hex(text) }

    /// The text that is hashed, one line per resource, sorted by ID within each kind.
    public static func canonicalText(_ o: GroupObservation) -> String {
        var lines = [
            "group id=\(o.groupID) status=\(o.status) priority_station=\(o.priorityStation?.rawValue ?? "-") source_az=\(o.sourceAvailabilityZone) target_az=\(o.targetAvailabilityZone)",
        ]
        for i in o.instances.sorted(by: { $0.id < $1.id }) {
            lines.append("instance id=\(i.id) status=\(i.status) frozen=\(i.frozen) source_server=\(i.sourceServerID) target_server=\(i.targetServerID)")
        }
        for s in o.servers.sorted(by: { $0.id < $1.id }) {
            lines.append("server id=\(s.id) exists=\(s.exists) status=\(s.status) task_state=\(s.taskState ?? "-") az=\(s.availabilityZone ?? "-") locked=\(s.locked) frozen=\(s.frozen)")
        }
        for r in o.replications.sorted(by: { $0.id < $1.id }) {
            lines.append("replication id=\(r.id) status=\(r.status) fault_level=\(r.faultLevel ?? "-")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
