// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorFixture {
    /// A protection group.
    public struct Group: Sendable, Hashable, Codable {
        /// Group ID (UUID).
        public var id: String
        /// Name.
        public var name: String
        /// Description.
        public var description: String?
        /// Status (§2.2); default `protected`.
        public var status: String
        /// `source` or `target`: which AZ is production now; default `source`.
        public var priorityStation: String
        /// Production AZ at creation.
        public var sourceAvailabilityZone: String
        /// DR AZ at creation.
        public var targetAvailabilityZone: String
        /// VPC of both sites; generated when absent.
        public var vpcID: String?
        /// Number of DR drills; default 0.
        public var drillCount: Int
        /// Creation time, `2024-01-01T00:00:00Z`; default the fixture's `created_at`.
        public var createdAt: String?

        /// Creates a group.
        public init(
            id: String, name: String, description: String? = nil, status: String = "protected",
            priorityStation: String = "source", sourceAvailabilityZone: String, targetAvailabilityZone: String,
            vpcID: String? = nil, drillCount: Int = 0, createdAt: String? = nil
        ) {
            self.id = id
            self.name = name
            self.description = description
            self.status = status
            self.priorityStation = priorityStation
            self.sourceAvailabilityZone = sourceAvailabilityZone
            self.targetAvailabilityZone = targetAvailabilityZone
            self.vpcID = vpcID
            self.drillCount = drillCount
            self.createdAt = createdAt
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, description, status
            case priorityStation = "priority_station"
            case sourceAvailabilityZone = "source_availability_zone"
            case targetAvailabilityZone = "target_availability_zone"
            case vpcID = "vpc_id"
            case drillCount = "drill_count"
            case createdAt = "created_at"
        }

        /// Decodes a group with defaults for optional keys.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            status = try container.value(.status, or: "protected")
            priorityStation = try container.value(.priorityStation, or: "source")
            sourceAvailabilityZone = try container.decode(String.self, forKey: .sourceAvailabilityZone)
            targetAvailabilityZone = try container.decode(String.self, forKey: .targetAvailabilityZone)
            vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
            drillCount = try container.value(.drillCount, or: 0)
            createdAt = try container.decodeIfPresent(String.self, forKey: .createdAt)
        }
    }
}
