// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// One SDRS protected instance (a pair of ECS servers).
///
/// `sourceServerID`/`targetServerID` never change (§3.1); which one is production follows the
/// owning group's `priority_station`.
struct EmulatedInstance: Sendable, Hashable, Codable {
    var id: String
    var name: String
    var description: String?
    var groupID: String
    var status: String
    var sourceServerID: String
    var targetServerID: String
    var priorityStation: String
    var frozen: Bool
    var tags: [EmulatedTag]
    var progress: Int
    var createdAt: Date
    var updatedAt: Date

    var serverIDs: [String] { [sourceServerID, targetServerID] }
}

/// A `{key, value}` resource tag.
struct EmulatedTag: Sendable, Hashable, Codable {
    var key: String
    var value: String
}
