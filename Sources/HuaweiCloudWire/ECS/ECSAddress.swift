// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One IP address of an ECS server: an element of a `server.addresses` list
/// (reference §6.2; SDK `ServerAddress`).
///
/// `version` is a string in the API and the SDK (`"4"`); OpenStack-style samples send a number,
/// which decoding accepts.
public struct ECSAddress: Sendable, Hashable {
    /// IP version, `"4"` or `"6"`.
    public var version: String?
    /// The IP address (`addr`).
    public var address: String?
    /// `fixed` (private) or `floating` (`OS-EXT-IPS:type`).
    public var type: String?
    /// MAC address (`OS-EXT-IPS-MAC:mac_addr`).
    public var macAddress: String?
    /// Port ID (`OS-EXT-IPS:port_id`).
    public var portID: String?
    /// Whether this is the primary NIC's address (SDK field; often absent).
    public var primary: Bool?

    /// Creates a value; every field defaults to `nil`.
    public init(
        version: String? = nil, address: String? = nil, type: String? = nil, macAddress: String? = nil,
        portID: String? = nil, primary: Bool? = nil
    ) {
        self.version = version
        self.address = address
        self.type = type
        self.macAddress = macAddress
        self.portID = portID
        self.primary = primary
    }
}

extension ECSAddress: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case version
        case address = "addr"
        case type = "OS-EXT-IPS:type"
        case macAddress = "OS-EXT-IPS-MAC:mac_addr"
        case portID = "OS-EXT-IPS:port_id"
        case primary
    }

    /// Decodes tolerantly: missing, `null` and unusable fields read as `nil`.
    ///
    /// - Throws: `DecodingError` only if the value is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            version: c.lenientString(.version),
            address: c.lenientString(.address),
            type: c.lenientString(.type),
            macAddress: c.lenientString(.macAddress),
            portID: c.lenientString(.portID),
            primary: c.lenientBool(.primary)
        )
    }

    /// Encodes every documented key, writing `null` for `nil`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(address, forKey: .address)
        try c.encode(type, forKey: .type)
        try c.encode(macAddress, forKey: .macAddress)
        try c.encode(portID, forKey: .portID)
        try c.encode(primary, forKey: .primary)
    }
}
