// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The protected instance a replication pair is attached to: an element of
/// `replication.attachment` (SDK `ReplicationAttachment`).
public struct ReplicationPairAttachment: Sendable, Hashable {
    /// Protected instance ID (`protected_instance`).
    public var protectedInstanceID: String?
    /// Device name on the server, e.g. `/dev/vda`.
    public var device: String?

    /// Creates an attachment.
    public init(protectedInstanceID: String? = nil, device: String? = nil) {
        self.protectedInstanceID = protectedInstanceID
        self.device = device
    }
}

extension ReplicationPairAttachment: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case protectedInstanceID = "protected_instance"
        case device
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(protectedInstanceID: c.lenientString(.protectedInstanceID), device: c.lenientString(.device))
    }

    /// Encodes both keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(protectedInstanceID, forKey: .protectedInstanceID)
        try c.encode(device, forKey: .device)
    }
}
