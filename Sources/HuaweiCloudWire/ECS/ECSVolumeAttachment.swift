// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A disk attached to an ECS server: an element of `os-extended-volumes:volumes_attached`
/// (reference §6.2; SDK `ServerExtendVolumeAttachment`).
///
/// All fields are strings in the API and the SDK, including `bootIndex` (`"0"` boot disk, `"-1"`
/// other) and `delete_on_termination` (`"false"`): encode them as strings, never JSON booleans.
public struct ECSVolumeAttachment: Sendable, Hashable {
    /// Disk ID.
    public var id: String?
    /// Device name, e.g. `/dev/vda`.
    public var device: String?
    /// `"0"` for the boot disk, `"-1"` otherwise (`bootIndex`).
    public var bootIndex: String?
    /// `"true"` or `"false"`: deleted with the server.
    public var deleteOnTermination: String?

    /// Creates a value; every field defaults to `nil`.
    public init(
        id: String? = nil, device: String? = nil, bootIndex: String? = nil, deleteOnTermination: String? = nil
    ) {
        self.id = id
        self.device = device
        self.bootIndex = bootIndex
        self.deleteOnTermination = deleteOnTermination
    }
}

extension ECSVolumeAttachment: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case device
        case bootIndex
        case deleteOnTermination = "delete_on_termination"
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: c.lenientString(.id),
            device: c.lenientString(.device),
            bootIndex: c.lenientString(.bootIndex),
            deleteOnTermination: c.lenientString(.deleteOnTermination)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(device, forKey: .device)
        try c.encode(bootIndex, forKey: .bootIndex)
        try c.encode(deleteOnTermination, forKey: .deleteOnTermination)
    }
}
