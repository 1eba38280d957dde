// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A protected instance (a pair of servers, one per AZ) as observed in SDRS.
public struct LiveInstance: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var groupID: String
    /// Raw SDRS status (`protected`, `invalid` when one of its servers was deleted, `fault`, ...).
    public var status: String
    /// ECS ID that SDRS documents as the production-site server (fixed at creation).
    public var sourceServerID: String
    /// ECS ID that SDRS documents as the DR-site server (fixed at creation).
    public var targetServerID: String
    /// `metadata.__system__frozen == "true"`.
    public var frozen: Bool

    public init(
        id: String,
        name: String,
        groupID: String,
        status: String,
        sourceServerID: String,
        targetServerID: String,
        frozen: Bool = false
    ) {
        self.id = id
        self.name = name
        self.groupID = groupID
        self.status = status
        self.sourceServerID = sourceServerID
        self.targetServerID = targetServerID
        self.frozen = frozen
    }

    /// Both server IDs.
    public var serverIDs: [String] { [sourceServerID, targetServerID] }
}
