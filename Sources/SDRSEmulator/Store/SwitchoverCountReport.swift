// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Per protection group, the reverse (switchover) jobs the emulator accepted and how they ended:
/// proof that a client switched each group at most once, however its runs were cut.
public struct SwitchoverCountReport: Sendable, Hashable, Codable {
    /// The reverse jobs of one group.
    public struct Entry: Sendable, Hashable, Codable {
        /// The protection group.
        public var groupID: String
        /// Its name.
        public var name: String
        /// Reverse jobs accepted (every job, whatever its end).
        public var accepted: Int
        /// Jobs that ended SUCCESS.
        public var succeeded: Int
        /// Jobs that ended FAIL.
        public var failed: Int
        /// Jobs still running.
        public var running: Int

        enum CodingKeys: String, CodingKey {
            case name, accepted, succeeded, failed, running
            case groupID = "group_id"
        }
    }

    /// One entry per group, in fixture order (groups never reversed have zeros).
    public var groups: [Entry]

    /// The entry of one group, if it exists.
    public func entry(groupID: String) -> Entry? {
        groups.first { $0.groupID == groupID }
    }
}

extension EmulatorStore {
    /// Reverse jobs per group, from the jobs the store keeps (they survive restarts with the state
    /// file). Jobs of `reverse` fixture entries count too.
    public func switchoverCounts() throws -> SwitchoverCountReport {
        try synchronise()
        var byGroup: [String: [EmulatedJob]] = [:]
        for job in state.jobs.values where job.groupAction?.kind == .reverse {
            if let groupID = job.serverGroupID { byGroup[groupID, default: []].append(job) }
        }
        let entries = state.groupOrder.compactMap { id -> SwitchoverCountReport.Entry? in
            guard let group = state.groups[id] else { return nil }
            let jobs = byGroup[id] ?? []
            return SwitchoverCountReport.Entry(
                groupID: id, name: group.name, accepted: jobs.count,
                succeeded: jobs.filter { $0.status == .success }.count,
                failed: jobs.filter { $0.status == .fail }.count,
                running: jobs.filter { !$0.isTerminal }.count
            )
        }
        return SwitchoverCountReport(groups: entries)
    }
}
