// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A replication pair attached to a protected instance: an element of
/// `protected_instance.attachment` (SDK `ProtectedInstanceAttachment`).
public struct ProtectedInstanceAttachment: Sendable, Hashable {
    /// Replication pair ID (`replication`).
    public var replicationID: String?
    /// Device name on the server, e.g. `/dev/vda`.
    public var device: String?

    /// Creates an attachment.
    public init(replicationID: String? = nil, device: String? = nil) {
        self.replicationID = replicationID
        self.device = device
    }
}

extension ProtectedInstanceAttachment: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case replicationID = "replication"
        case device
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(replicationID: c.lenientString(.replicationID), device: c.lenientString(.device))
    }

    /// Encodes both keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(replicationID, forKey: .replicationID)
        try c.encode(device, forKey: .device)
    }
}
