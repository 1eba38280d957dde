// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// SDRS DR drills in domain terms (reference §12.4): list, create, show, delete.
///
/// Separate from `CloudAPI` so that commands that never drill need not implement it. Implemented
/// over HTTP by `HuaweiCloudClient` and in memory by `FakeCloud` (test support). Like `CloudAPI`,
/// implementations retry reads but never blindly retry a create or delete: re-list instead.
public protocol DrillAPI: Sendable {
    /// Every DR drill of the given groups, all pages; an empty list returns an empty result.
    func listDrills(groupIDs: [String]) async throws -> [LiveDrill]

    /// Starts creating a drill of `groupID` named `name`, in the VPC `drillVPCID` (or a VPC SDRS
    /// creates when `nil`), and returns the SDRS job. Find the drill by listing the group's drills.
    func createDrill(groupID: String, name: String, drillVPCID: String?) async throws -> CloudJobID

    /// One drill, or `nil` when SDRS does not know it (SDRS.1902).
    func showDrill(id: String) async throws -> LiveDrill?

    /// Starts deleting a drill (its drill servers; the VPC stays) and returns the SDRS job.
    func deleteDrill(id: String) async throws -> CloudJobID
}

/// A DR drill as observed in the cloud.
public struct LiveDrill: Sendable, Hashable, Codable {
    /// A drill server and the protected instance it was built from.
    public struct Server: Sendable, Hashable, Codable {
        public var protectedInstanceID: String
        public var drillServerID: String

        public init(protectedInstanceID: String, drillServerID: String) {
            self.protectedInstanceID = protectedInstanceID
            self.drillServerID = drillServerID
        }

        enum CodingKeys: String, CodingKey {
            case protectedInstanceID = "protected_instance_id"
            case drillServerID = "drill_server_id"
        }
    }

    public var id: String
    public var name: String
    public var status: DrillStatus
    public var groupID: String
    public var drillVPCID: String?
    /// `created_at`, parsed; `nil` when SDRS sent none or an unreadable one.
    public var createdAt: Date?
    /// `updated_at`, parsed (when the status last changed); `nil` when absent or unreadable.
    public var updatedAt: Date?
    /// One per protected instance once the drill is `available`; empty while creating.
    public var servers: [Server]

    public init(
        id: String, name: String, status: DrillStatus, groupID: String, drillVPCID: String? = nil,
        createdAt: Date? = nil, updatedAt: Date? = nil, servers: [Server] = []
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.groupID = groupID
        self.drillVPCID = drillVPCID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.servers = servers
    }
}

/// The status of a DR drill, typed. Values this version does not know are kept as `unknown(raw)`.
public enum DrillStatus: Sendable, Hashable, CustomStringConvertible, Codable {
    case creating
    case available
    case deleting
    case error
    case errorDeleting
    /// A status this version does not know, as SDRS sent it.
    case unknown(String)

    private static let known: [(DrillStatus, String)] = [
        (.creating, "creating"), (.available, "available"), (.deleting, "deleting"), (.error, "error"),
        (.errorDeleting, "error-deleting"),
    ]

    /// The typed status of a raw SDRS value.
    public init(_ raw: String) {
        self = Self.known.first { $0.1 == raw }?.0 ?? .unknown(raw)
    }

    /// The SDRS spelling.
    public var rawValue: String {
        if case .unknown(let raw) = self { return raw }
        return Self.known.first { $0.0 == self }?.1 ?? ""
    }

    public var description: String { rawValue }

    /// SDRS allows deleting the drill in this status (otherwise SDRS.1913).
    public var allowsDelete: Bool { self == .available || self == .error || self == .errorDeleting }

    /// A job on the drill is running: wait before acting on it.
    public var isTransitional: Bool { self == .creating || self == .deleting }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
