// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorFixture {
    /// A protected instance: one production server and its DR twin.
    public struct ProtectedInstance: Sendable, Hashable, Codable {
        /// Instance ID (UUID).
        public var id: String
        /// Name.
        public var name: String
        /// Description.
        public var description: String?
        /// The owning group's ID.
        public var group: String
        /// ECS ID of the server created at the group's source AZ.
        public var sourceServer: String
        /// ECS ID of the server created at the group's target AZ.
        public var targetServer: String
        /// Status (§3.2); default: the group's status, or `invalid` when one of its servers is deleted.
        public var status: String?
        /// Frozen instances (`metadata.__system__frozen`) refuse group actions.
        public var frozen: Bool
        /// Resource tags.
        public var tags: [String: String]

        /// Creates an instance.
        public init(
            id: String, name: String, description: String? = nil, group: String, sourceServer: String,
            targetServer: String, status: String? = nil, frozen: Bool = false, tags: [String: String] = [:]
        ) {
            self.id = id
            self.name = name
            self.description = description
            self.group = group
            self.sourceServer = sourceServer
            self.targetServer = targetServer
            self.status = status
            self.frozen = frozen
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, description, group, status, frozen, tags
            case sourceServer = "source_server"
            case targetServer = "target_server"
        }

        /// Decodes an instance with defaults for optional keys.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            group = try container.decode(String.self, forKey: .group)
            sourceServer = try container.decode(String.self, forKey: .sourceServer)
            targetServer = try container.decode(String.self, forKey: .targetServer)
            status = try container.decodeIfPresent(String.self, forKey: .status)
            frozen = try container.value(.frozen, or: false)
            tags = try container.value(.tags, or: [:])
        }
    }
}
