// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The objects an ECS sub-job affects: `entities` of an element of `entities.sub_jobs`
/// (reference §6.4; SDK `SubJobEntities`).
public struct ECSSubJobEntities: Sendable, Hashable {
    /// Server the sub-job acts on (`server_id`).
    public var serverID: String?
    /// NIC the sub-job acts on (`nic_id`).
    public var nicID: String?
    /// Why the sub-job failed (`errorcode_message`).
    public var errorcodeMessage: String?

    /// Creates a value; every field defaults to `nil`.
    public init(serverID: String? = nil, nicID: String? = nil, errorcodeMessage: String? = nil) {
        self.serverID = serverID
        self.nicID = nicID
        self.errorcodeMessage = errorcodeMessage
    }
}

extension ECSSubJobEntities: Codable {
    enum CodingKeys: String, CodingKey {
        case serverID = "server_id"
        case nicID = "nic_id"
        case errorcodeMessage = "errorcode_message"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            serverID: c.lenientString(.serverID),
            nicID: c.lenientString(.nicID),
            errorcodeMessage: c.lenientString(.errorcodeMessage)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(serverID, forKey: .serverID)
        try c.encode(nicID, forKey: .nicID)
        try c.encode(errorcodeMessage, forKey: .errorcodeMessage)
    }
}
