// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Body of `GET /v1/{project_id}/disaster-recovery-drills/{id}` and of the rename (`PUT`):
/// `{"disaster_recovery_drill": {...}}` (SDK `ShowDisasterRecoveryDrillResponse`).
public struct DisasterRecoveryDrillResponse: Sendable, Hashable {
    /// The object; `nil` if the body lacks it or it is not an object.
    public var drill: DisasterRecoveryDrill?

    /// Creates a response.
    public init(drill: DisasterRecoveryDrill?) {
        self.drill = drill
    }
}

extension DisasterRecoveryDrillResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case drill = "disaster_recovery_drill"
    }

    /// Decodes tolerantly.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(drill: c.lenientNested(DisasterRecoveryDrill.self, .drill))
    }

    /// Encodes the wrapper key (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(drill, forKey: .drill)
    }
}

/// Body of `GET /v1/{project_id}/disaster-recovery-drills`:
/// `{"disaster_recovery_drills": [...], "count": N}` (SDK `ListDisasterRecoveryDrillsResponse`).
public struct DisasterRecoveryDrillListResponse: Sendable, Hashable {
    /// The drills of this page.
    public var drills: [DisasterRecoveryDrill]?
    /// The number of drills (total or page length, see reference §12.1).
    public var count: Int?

    /// Creates a response.
    public init(drills: [DisasterRecoveryDrill]?, count: Int?) {
        self.drills = drills
        self.count = count
    }
}

extension DisasterRecoveryDrillListResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case drills = "disaster_recovery_drills"
        case count
    }

    /// Decodes tolerantly.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(drills: c.lenientArray(DisasterRecoveryDrill.self, .drills), count: c.lenientInt(.count))
    }

    /// Encodes both keys (`null` for `nil`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(drills, forKey: .drills)
        try c.encode(count, forKey: .count)
    }
}
