// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The flavor of an ECS server: `server.flavor` (reference §6.2; SDK `ServerFlavor`).
///
/// The API and the SDK type every field as a string (`"vcpus": "2"`, `"ram": "4096"`); decoding also
/// accepts numbers, encoding always writes strings. Use `vcpuCount`/`ramMegabytes` for numbers.
public struct ECSFlavor: Sendable, Hashable {
    /// Flavor ID, e.g. `s3.small.1`.
    public var id: String?
    /// Flavor name.
    public var name: String?
    /// System disk size in GB (`"0"` for EVS-backed servers).
    public var disk: String?
    /// Number of vCPUs, as a string.
    public var vcpus: String?
    /// Memory in MB, as a string.
    public var ram: String?

    /// Creates a value; every field defaults to `nil`.
    public init(
        id: String? = nil, name: String? = nil, disk: String? = nil, vcpus: String? = nil, ram: String? = nil
    ) {
        self.id = id
        self.name = name
        self.disk = disk
        self.vcpus = vcpus
        self.ram = ram
    }

    /// `vcpus` as a number, or `nil` if it is missing or not numeric.
    public var vcpuCount: Int? {
        vcpus.flatMap(wireInteger(fromText:))
    }

    /// `ram` in MB as a number, or `nil` if it is missing or not numeric.
    public var ramMegabytes: Int? {
        ram.flatMap(wireInteger(fromText:))
    }
}

extension ECSFlavor: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case disk
        case vcpus
        case ram
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: c.lenientString(.id),
            name: c.lenientString(.name),
            disk: c.lenientString(.disk),
            vcpus: c.lenientString(.vcpus),
            ram: c.lenientString(.ram)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(disk, forKey: .disk)
        try c.encode(vcpus, forKey: .vcpus)
        try c.encode(ram, forKey: .ram)
    }
}
