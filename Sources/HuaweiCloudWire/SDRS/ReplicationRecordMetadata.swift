// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Disk facts of a replication pair: `replication.record_metadata`
/// (SDK `ReplicationRecordMetadata`).
///
/// The SDK declares `multiattach`/`bootable` as `bool` and `volume_size` as `int`, so they are
/// encoded as JSON booleans and numbers (a string `"false"` would read as `True` in Python).
public struct ReplicationRecordMetadata: Sendable, Hashable {
    /// Whether the disks are shareable.
    public var multiattach: Bool?
    /// Whether the disks are system (boot) disks.
    public var bootable: Bool?
    /// Disk size in GB.
    public var volumeSize: Int?
    /// Disk type: `SATA`, `SAS`, `SSD`, `co-p1` or `uh-l1`.
    public var volumeType: String?

    /// Creates record metadata.
    public init(multiattach: Bool? = nil, bootable: Bool? = nil, volumeSize: Int? = nil, volumeType: String? = nil) {
        self.multiattach = multiattach
        self.bootable = bootable
        self.volumeSize = volumeSize
        self.volumeType = volumeType
    }
}

extension ReplicationRecordMetadata: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case multiattach, bootable
        case volumeSize = "volume_size"
        case volumeType = "volume_type"
    }

    /// Decodes tolerantly.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            multiattach: c.lenientBool(.multiattach), bootable: c.lenientBool(.bootable),
            volumeSize: c.lenientInt(.volumeSize), volumeType: c.lenientString(.volumeType)
        )
    }

    /// Encodes all four keys, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(multiattach, forKey: .multiattach)
        try c.encode(bootable, forKey: .bootable)
        try c.encode(volumeSize, forKey: .volumeSize)
        try c.encode(volumeType, forKey: .volumeType)
    }
}
