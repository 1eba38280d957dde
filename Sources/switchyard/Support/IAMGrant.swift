// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What to grant an identity so that some commands work: system roles and policies only, because
/// SDRS has no fine-grained actions to put in a custom policy (reference §12.2).
struct IAMGrant: Sendable, Hashable, Codable {
    /// The commands this grant is for.
    var usedBy: [IAMPermission.Use]
    /// The system role or policy to attach, as the IAM console names it.
    var grant: String
    /// Roles the console attaches with it (dependencies).
    var dependsOn: [String]
    /// What it covers, in one sentence.
    var note: String
    /// Where this was read.
    var source: String

    enum CodingKeys: String, CodingKey {
        case grant, note, source
        case usedBy = "used_by"
        case dependsOn = "depends_on"
    }

    /// The known grants, read-only first.
    static let catalog: [IAMGrant] = [
        IAMGrant(
            usedBy: [.plan, .drift], grant: IAMPermission.tenantGuest, dependsOn: [],
            note: "Read-only for all services except IAM, in the project: enough for plan and drift.",
            source: "IAM system permissions list (iam_01_0001)"),
        IAMGrant(
            usedBy: [.apply, .drill], grant: IAMPermission.sdrsAdministrator,
            dependsOn: [IAMPermission.tenantGuest, "Server Administrator"],
            note: "The only SDRS system permission; the international product page also lists VPC Administrator as a dependency.",
            source: "IAM system permissions list (iam_01_0001); SDRS product description (sdrs_pro_0011)"),
        IAMGrant(
            usedBy: [.apply], grant: IAMPermission.ecsCommonOperations, dependsOn: [],
            note: "Grants ecs:*:get*, ecs:*:list*, ecs:*:start and ecs:*:stop: server stop/start and the ECS job query "
                + "(already covered by Server Administrator, which SDRS Administrator depends on).",
            source: "OTC ECS umn permissions.rst"),
    ]

    /// The grants `uses` need (all when empty).
    static func needed(for uses: Set<IAMPermission.Use>) -> [IAMGrant] {
        catalog.filter { uses.isEmpty || !uses.isDisjoint(with: $0.usedBy) }
    }
}
