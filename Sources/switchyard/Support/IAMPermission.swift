// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One Huawei Cloud IAM action switchyard needs, the API call that needs it, and which commands make that call.
///
/// `confirmed` is true only when Huawei's own permission tables were seen mapping this action to this
/// API; every other name is our best reading and is printed as "unconfirmed" (see docs/permissions.md).
struct IAMPermission: Sendable, Hashable, Codable {
    /// The command families that can need a permission.
    enum Use: String, Sendable, Hashable, Codable, CaseIterable {
        case plan, apply, drift
    }

    /// The IAM action, e.g. `ecs:cloudServers:stop`.
    var action: String
    /// The service the call goes to: `SDRS` or `ECS`.
    var service: String
    /// The API operation name, as the Huawei SDK calls it.
    var operation: String
    /// HTTP method and path of the call.
    var method: String
    var path: String
    /// The commands that make this call.
    var usedBy: [Use]
    /// Whether Huawei's permission reference was seen mapping `action` to this API.
    var confirmed: Bool

    enum CodingKeys: String, CodingKey {
        case action, service, operation, method, path, confirmed
        case usedBy = "used_by"
    }

    /// Every call switchyard makes, in the order a switchover makes them.
    static let catalog: [IAMPermission] = {
        let read: [Use] = [.plan, .apply, .drift]
        return [
            IAMPermission(action: "sdrs:protectionGroup:list", service: "SDRS", operation: "ListProtectionGroups",
                          method: "GET", path: "/v1/{project_id}/server-groups", usedBy: read, confirmed: false),
            IAMPermission(action: "sdrs:protectedInstance:list", service: "SDRS", operation: "ListProtectedInstances",
                          method: "GET", path: "/v1/{project_id}/protected-instances", usedBy: read, confirmed: false),
            IAMPermission(action: "sdrs:replication:list", service: "SDRS", operation: "ListReplications",
                          method: "GET", path: "/v1/{project_id}/replications", usedBy: read, confirmed: false),
            IAMPermission(action: "ecs:cloudServers:list", service: "ECS", operation: "ListServersDetails",
                          method: "GET", path: "/v1/{project_id}/cloudservers/detail", usedBy: read, confirmed: false),
            IAMPermission(action: "sdrs:protectionGroup:get", service: "SDRS", operation: "ShowProtectionGroup",
                          method: "GET", path: "/v1/{project_id}/server-groups/{server_group_id}", usedBy: [.apply], confirmed: false),
            IAMPermission(action: "ecs:cloudServers:stop", service: "ECS", operation: "BatchStopServers",
                          method: "POST", path: "/v1/{project_id}/cloudservers/action (os-stop)", usedBy: [.apply], confirmed: true),
            IAMPermission(action: "sdrs:protectionGroup:reverse", service: "SDRS", operation: "StartReverseProtectionGroup",
                          method: "POST", path: "/v1/{project_id}/server-groups/{server_group_id}/action (reverse-server-group)",
                          usedBy: [.apply], confirmed: false),
            IAMPermission(action: "sdrs:job:get", service: "SDRS", operation: "ShowJobStatus",
                          method: "GET", path: "/v1/{project_id}/jobs/{job_id} (SDRS endpoint)", usedBy: [.apply], confirmed: false),
            IAMPermission(action: "ecs:cloudServers:start", service: "ECS", operation: "BatchStartServers",
                          method: "POST", path: "/v1/{project_id}/cloudservers/action (os-start)", usedBy: [.apply], confirmed: true),
            IAMPermission(action: "ecs:jobs:get", service: "ECS", operation: "ShowJob",
                          method: "GET", path: "/v1/{project_id}/jobs/{job_id} (ECS endpoint)", usedBy: [.apply], confirmed: false),
        ]
    }()

    /// The permissions `uses` need (all of them when `uses` is empty), catalog order, no duplicates.
    static func needed(for uses: Set<Use>) -> [IAMPermission] {
        catalog.filter { uses.isEmpty || !uses.isDisjoint(with: $0.usedBy) }
    }
}
