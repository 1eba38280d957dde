// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorFixture {
    /// An ECS server.
    public struct Server: Sendable, Hashable, Codable {
        /// Server ID (UUID).
        public var id: String
        /// Name (DR twins share the production server's name).
        public var name: String
        /// The AZ it lives in.
        public var availabilityZone: String
        /// `ACTIVE`, `SHUTOFF` or `ERROR`; default `ACTIVE`.
        public var status: String
        /// Deleted out of band before the emulator starts.
        public var deleted: Bool
        /// `Linux` or `Windows`; default `Linux`.
        public var osType: String
        /// Image name, e.g. `CentOS 7.9 64bit` or `Windows Server 2019 Datacenter 64bit with Cloudbase-Init`.
        public var imageName: String
        /// Flavor ID, e.g. `s6.large.2` (vCPUs and RAM are derived from the size word and ratio).
        public var flavor: String
        /// Frozen servers (`EcmResStatus: freeze`) refuse ECS actions.
        public var frozen: Bool
        /// Locked servers refuse ECS actions and block a switchover of their group.
        public var locked: Bool
        /// SOFT stops of this server never complete.
        public var softStopHangs: Bool
        /// Fixed IPv4 address; generated when absent.
        public var ipAddress: String?
        /// Extra user metadata.
        public var metadata: [String: String]
        /// Tags (`key=value` strings).
        public var tags: [String]

        /// Creates a server.
        public init(
            id: String, name: String, availabilityZone: String, status: String = "ACTIVE", deleted: Bool = false,
            osType: String = "Linux", imageName: String = "CentOS 7.9 64bit", flavor: String = "s6.large.2",
            frozen: Bool = false, locked: Bool = false, softStopHangs: Bool = false, ipAddress: String? = nil,
            metadata: [String: String] = [:], tags: [String] = []
        ) {
            self.id = id
            self.name = name
            self.availabilityZone = availabilityZone
            self.status = status
            self.deleted = deleted
            self.osType = osType
            self.imageName = imageName
            self.flavor = flavor
            self.frozen = frozen
            self.locked = locked
            self.softStopHangs = softStopHangs
            self.ipAddress = ipAddress
            self.metadata = metadata
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, status, deleted, flavor, frozen, locked, metadata, tags
            case availabilityZone = "availability_zone"
            case osType = "os_type"
            case imageName = "image_name"
            case softStopHangs = "soft_stop_hangs"
            case ipAddress = "ip_address"
        }

        /// Decodes a server with defaults for optional keys.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            availabilityZone = try container.decode(String.self, forKey: .availabilityZone)
            status = try container.value(.status, or: "ACTIVE")
            deleted = try container.value(.deleted, or: false)
            osType = try container.value(.osType, or: "Linux")
            imageName = try container.value(.imageName, or: "CentOS 7.9 64bit")
            flavor = try container.value(.flavor, or: "s6.large.2")
            frozen = try container.value(.frozen, or: false)
            locked = try container.value(.locked, or: false)
            softStopHangs = try container.value(.softStopHangs, or: false)
            ipAddress = try container.decodeIfPresent(String.self, forKey: .ipAddress)
            metadata = try container.value(.metadata, or: [:])
            tags = try container.value(.tags, or: [])
        }
    }
}
