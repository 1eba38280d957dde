// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `POST /v1/{project_id}/disaster-recovery-drills`:
/// `{"disaster_recovery_drill": {"name", "server_group_id", "drill_vpc_id"}}`
/// (SDK `CreateDisasterRecoveryDrillRequestBody`). `drill_vpc_id` is left out when `nil`
/// (SDRS then creates a drill VPC).
public struct DisasterRecoveryDrillCreateRequest: Sendable, Hashable, Encodable {
    /// The drill's name (at most 64 bytes of letters, digits, `.`, `_`, `-` and Chinese characters).
    public var name: String
    /// The protection group to drill.
    public var serverGroupID: String
    /// An existing VPC with the group VPC's CIDR, not the group's own VPC; `nil` lets SDRS create one.
    public var drillVPCID: String?

    /// Creates a request.
    public init(name: String, serverGroupID: String, drillVPCID: String? = nil) {
        self.name = name
        self.serverGroupID = serverGroupID
        self.drillVPCID = drillVPCID
    }

    enum CodingKeys: String, CodingKey {
        case drill = "disaster_recovery_drill"
    }

    enum FieldKeys: String, CodingKey {
        case name
        case serverGroupID = "server_group_id"
        case drillVPCID = "drill_vpc_id"
    }

    /// Encodes the wrapped body.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var fields = c.nestedContainer(keyedBy: FieldKeys.self, forKey: .drill)
        try fields.encode(name, forKey: .name)
        try fields.encode(serverGroupID, forKey: .serverGroupID)
        try fields.encodeIfPresent(drillVPCID, forKey: .drillVPCID)
    }
}

/// Body of `PUT /v1/{project_id}/disaster-recovery-drills/{id}`:
/// `{"disaster_recovery_drill": {"name": "..."}}` (SDK `UpdateDisasterRecoveryDrillNameRequestBody`).
public struct DisasterRecoveryDrillRenameRequest: Sendable, Hashable, Encodable {
    /// The new name.
    public var name: String

    /// Creates a request.
    public init(name: String) {
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case drill = "disaster_recovery_drill"
    }

    enum FieldKeys: String, CodingKey {
        case name
    }

    /// Encodes the wrapped body.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var fields = c.nestedContainer(keyedBy: FieldKeys.self, forKey: .drill)
        try fields.encode(name, forKey: .name)
    }
}
