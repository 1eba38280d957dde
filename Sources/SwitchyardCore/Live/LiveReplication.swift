// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A replication pair (two disks kept in sync) as observed in SDRS.
public struct LiveReplication: Sendable, Hashable, Codable {
    public var id: String
    public var groupID: String
    /// Raw SDRS status (`protected`, `fault`, `invalid`, ...).
    public var status: String
    /// `"0"` no fault, `"2"` production disk lost read/write access, `"5"` replication link broken.
    public var faultLevel: String?
    /// IDs of the protected instances it is attached to.
    public var instanceIDs: [String]

    public init(id: String, groupID: String, status: String, faultLevel: String? = nil, instanceIDs: [String] = []) {
        self.id = id
        self.groupID = groupID
        self.status = status
        self.faultLevel = faultLevel
        self.instanceIDs = instanceIDs
    }

    /// Whether the link is broken (`fault_level` 5): SDRS cannot switch (or even fail over).
    public var linkBroken: Bool { faultLevel == "5" }
}
