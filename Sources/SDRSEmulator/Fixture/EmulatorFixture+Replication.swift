// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorFixture {
    /// A replication pair: a production disk and its DR twin, attached to a protected instance.
    public struct Replication: Sendable, Hashable, Codable {
        /// Replication pair ID (UUID).
        public var id: String
        /// Name; default `<instance name>-<device>`.
        public var name: String?
        /// The protected instance it is attached to (its group is the instance's group).
        public var instance: String
        /// Device, default `/dev/vda` (the boot disk).
        public var device: String
        /// Status (§3.5); default: the group's status.
        public var status: String?
        /// `0` no fault, `2` production disk unusable, `5` link broken (a switchover then fails).
        public var faultLevel: String
        /// Disk size in GB; default 40.
        public var volumeSize: Int
        /// `SATA`, `SAS`, `SSD`, `co-p1` or `uh-l1`; default `SSD`.
        public var volumeType: String

        /// Creates a replication pair.
        public init(
            id: String, name: String? = nil, instance: String, device: String = "/dev/vda", status: String? = nil,
            faultLevel: String = "0", volumeSize: Int = 40, volumeType: String = "SSD"
        ) {
            self.id = id
            self.name = name
            self.instance = instance
            self.device = device
            self.status = status
            self.faultLevel = faultLevel
            self.volumeSize = volumeSize
            self.volumeType = volumeType
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, instance, device, status
            case faultLevel = "fault_level"
            case volumeSize = "volume_size"
            case volumeType = "volume_type"
        }

        /// Decodes a pair with defaults for optional keys.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            instance = try container.decode(String.self, forKey: .instance)
            device = try container.value(.device, or: "/dev/vda")
            status = try container.decodeIfPresent(String.self, forKey: .status)
            faultLevel = try container.value(.faultLevel, or: "0")
            volumeSize = try container.value(.volumeSize, or: 40)
            volumeType = try container.value(.volumeType, or: "SSD")
        }
    }

    /// An SDRS group job already running at start (e.g. a switchover in progress).
    public struct Job: Sendable, Hashable, Codable {
        /// Job ID (32 hex characters).
        public var id: String
        /// The group the job works on.
        public var group: String
        /// `reverse`, `failover`, `enable-protection`, `reprotect` or `disable-protection`.
        public var action: String
        /// For `reverse`: the requested `priority_station`; default the other one.
        public var priorityStation: String?
        /// Virtual seconds until the job ends; default the action's timing.
        public var remainingSeconds: Double?
        /// When set, the job ends with FAIL and this error code.
        public var failWithErrorCode: String?

        /// Creates a running job.
        public init(
            id: String, group: String, action: String, priorityStation: String? = nil,
            remainingSeconds: Double? = nil, failWithErrorCode: String? = nil
        ) {
            self.id = id
            self.group = group
            self.action = action
            self.priorityStation = priorityStation
            self.remainingSeconds = remainingSeconds
            self.failWithErrorCode = failWithErrorCode
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, group, action
            case priorityStation = "priority_station"
            case remainingSeconds = "remaining_seconds"
            case failWithErrorCode = "fail_with_error_code"
        }

        var actionKind: GroupActionKind? {
            switch action {
            case "reverse": .reverse
            case "failover": .failover
            case "enable-protection": .enableProtection
            case "reprotect": .reprotect
            case "disable-protection": .disableProtection
            default: nil
            }
        }
    }
}
