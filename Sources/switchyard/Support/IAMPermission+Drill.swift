// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension IAMPermission {
    /// The DR-drill calls of `switchyard drill` (reference §12.4): SDRS, so no published action;
    /// the reads are granted with Tenant Guest too, create and delete only by SDRS Administrator.
    static let drillCatalog: [IAMPermission] = {
        func drill(_ operation: String, _ method: String, _ path: String, changing: Bool) -> IAMPermission {
            IAMPermission(
                service: "SDRS", operation: operation, method: method, path: path, usedBy: [.drill], action: nil,
                status: .noPublishedAction, grantedBy: changing ? [sdrsAdministrator] : [sdrsAdministrator, tenantGuest],
                source: sdrsSource)
        }
        return [
            drill("ListDisasterRecoveryDrills", "GET", "/v1/{project_id}/disaster-recovery-drills", changing: false),
            drill("CreateDisasterRecoveryDrill", "POST", "/v1/{project_id}/disaster-recovery-drills", changing: true),
            drill(
                "ShowDisasterRecoveryDrill", "GET", "/v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id}",
                changing: false),
            drill(
                "DeleteDisasterRecoveryDrill", "DELETE",
                "/v1/{project_id}/disaster-recovery-drills/{disaster_recovery_drill_id}", changing: true),
        ]
    }()
}
