// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One API call switchyard makes and what the public record says grants it (reference §12.2).
///
/// Only action names that Huawei's own permission tables map to the call are given (`action`);
/// SDRS publishes no fine-grained actions at all, so its calls name the system role that covers
/// them instead. Nothing here is guessed: every entry carries its source.
struct IAMPermission: Sendable, Hashable, Codable {
    /// The command families that can need a permission.
    enum Use: String, Sendable, Hashable, Codable, CaseIterable {
        case plan, apply, drift, drill
    }

    /// How much is known about the IAM action of the call.
    enum Status: String, Sendable, Hashable, Codable {
        /// Huawei's permission table maps `action` to this API.
        case confirmed
        /// The service publishes no fine-grained IAM actions; only system roles grant the call.
        case noPublishedAction = "no-published-action"
        /// The call appears in no permission table; a system policy's wildcard covers it.
        case notInPermissionTable = "not-in-permission-table"
    }

    /// The service the call goes to: `SDRS` or `ECS`.
    var service: String
    /// The API operation name, as the Huawei SDK calls it.
    var operation: String
    /// HTTP method and path of the call.
    var method: String
    var path: String
    /// The commands that make this call.
    var usedBy: [Use]
    /// The IAM action, only when `status` is `.confirmed`.
    var action: String?
    var status: Status
    /// System roles or policies that grant the call, as the IAM console names them.
    var grantedBy: [String]
    /// Where this was read.
    var source: String

    enum CodingKeys: String, CodingKey {
        case service, operation, method, path, action, status, source
        case usedBy = "used_by"
        case grantedBy = "granted_by"
    }

    /// Every call switchyard makes, in the order a switchover makes them.
    static let catalog: [IAMPermission] = {
        let read: [Use] = [.plan, .apply, .drift, .drill]
        func sdrs(_ operation: String, _ method: String, _ path: String, _ uses: [Use]) -> IAMPermission {
            let roles = uses == [.apply] ? [sdrsAdministrator] : [sdrsAdministrator, tenantGuest]
            return IAMPermission(
                service: "SDRS", operation: operation, method: method, path: path, usedBy: uses, action: nil,
                status: .noPublishedAction, grantedBy: roles, source: sdrsSource)
        }
        return [
            sdrs("ListProtectionGroups", "GET", "/v1/{project_id}/server-groups", read),
            sdrs("ListProtectedInstances", "GET", "/v1/{project_id}/protected-instances", read),
            sdrs("ListReplications", "GET", "/v1/{project_id}/replications", read),
            IAMPermission(
                service: "ECS", operation: "ListServersDetails", method: "GET",
                path: "/v1/{project_id}/cloudservers/detail", usedBy: read, action: "ecs:cloudServers:list",
                status: .confirmed, grantedBy: [ecsCommonOperations, tenantGuest],
                source: "ECS API reference, permission table of 'Querying Details About ECSs' (生命周期管理-27); OTC ECS permissions.rst"),
            sdrs("ShowProtectionGroup", "GET", "/v1/{project_id}/server-groups/{server_group_id}", [.apply]),
            IAMPermission(
                service: "ECS", operation: "BatchStopServers", method: "POST",
                path: "/v1/{project_id}/cloudservers/action (os-stop)", usedBy: [.apply], action: "ecs:cloudServers:stop",
                status: .confirmed, grantedBy: [ecsCommonOperations],
                source: "ECS API reference, batch operations permission table; OTC batch_operations.rst"),
            sdrs(
                "StartReverseProtectionGroup", "POST",
                "/v1/{project_id}/server-groups/{server_group_id}/action (reverse-server-group)", [.apply]),
            sdrs(
                "StartFailoverProtectionGroup", "POST",
                "/v1/{project_id}/server-groups/{server_group_id}/action (failover-server-group; a declared failover only)", [.apply]),
            sdrs(
                "StartProtectionGroup", "POST",
                "/v1/{project_id}/server-groups/{server_group_id}/action (start-server-group; protection: enabled)", [.apply]),
            sdrs(
                "StopProtectionGroup", "POST",
                "/v1/{project_id}/server-groups/{server_group_id}/action (stop-server-group; protection: disabled)", [.apply]),
            sdrs("ShowJobStatus", "GET", "/v1/{project_id}/jobs/{job_id} (SDRS endpoint)", [.apply]),
            IAMPermission(
                service: "ECS", operation: "BatchStartServers", method: "POST",
                path: "/v1/{project_id}/cloudservers/action (os-start)", usedBy: [.apply],
                action: "ecs:cloudServers:start", status: .confirmed, grantedBy: [ecsCommonOperations],
                source: "ECS API reference, batch operations permission table; OTC batch_operations.rst"),
            IAMPermission(
                service: "ECS", operation: "ShowJob", method: "GET",
                path: "/v1/{project_id}/jobs/{job_id} (ECS endpoint)", usedBy: [.apply], action: nil,
                status: .notInPermissionTable, grantedBy: [ecsCommonOperations],
                source: "in no ECS permission table; ECS CommonOperations grants ecs:*:get* (OTC ECS umn permissions.rst)"),
        ]
    }() + drillCatalog

    static let sdrsAdministrator = "SDRS Administrator (sdrs_adm)"
    static let tenantGuest = "Tenant Guest"
    static let ecsCommonOperations = "ECS CommonOperations"
    static let sdrsSource =
        "SDRS publishes no IAM actions; its only system permission is the role SDRS Administrator: "
        + "IAM system permissions list (iam_01_0001), SDRS product description (sdrs_pro_0011)"

    /// The permissions `uses` need (all of them when `uses` is empty), catalog order, no duplicates.
    static func needed(for uses: Set<Use>) -> [IAMPermission] {
        catalog.filter { uses.isEmpty || !uses.isDisjoint(with: $0.usedBy) }
    }
}
