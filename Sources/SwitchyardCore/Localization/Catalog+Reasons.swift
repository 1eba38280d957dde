// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Why a group cannot be switched (BlockReason), one sentence with clauses joined by semicolons.

extension Catalog {
    static let reasons: [MessageKey: [Language: String]] = [
        // Group status
        .reasonSwitchoverInProgress: entry(
            "a switchover is already in progress (status reversing); wait for it to finish and plan again",
            "切换已在进行中（状态 reversing）；请等待其完成后重新生成计划"),
        .reasonFailoverInProgress: entry(
            "a failover is in progress (status failing-over); wait for it to finish, then re-protect the group (start-server-group, with the DR-site servers shut down) before switching",
            "故障切换正在进行中（状态 failing-over）；请等待其完成，然后先重保护该保护组（start-server-group，容灾站点云服务器需已关机），再进行切换"),
        .reasonFailedOver: entry(
            "the group has failed over and replication is stopped (status failed-over); re-protect it first (start-server-group, with the DR-site servers shut down), wait until it is protected, then plan again",
            "保护组已故障切换，复制已停止（状态 failed-over）；请先重保护（start-server-group，容灾站点云服务器需已关机），待其处于保护状态后重新生成计划"),
        .reasonProtectionNotEnabled: entry(
            "protection is not enabled (status available); enable protection (start-server-group), wait until the group is protected, then plan again",
            "未开启保护（状态 available）；请开启保护（start-server-group），待保护组处于保护状态后重新生成计划"),
        .reasonGroupBusy: entry(
            "the group is {doing} (status {status}); wait until it is protected and plan again",
            "保护组{doing}（状态 {status}）；请等待其处于保护状态后重新生成计划"),
        .busyCreating: entry("being created", "正在创建"),
        .busyStarting: entry("having protection enabled", "正在开启保护"),
        .busyReprotecting: entry("being re-protected", "正在重保护"),
        .busyStopping: entry("having protection disabled", "正在停止保护"),
        .busyDeleting: entry("being deleted", "正在删除"),
        .reasonGroupError: entry(
            "SDRS failed to create the group (status error); delete it and create it again",
            "SDRS 创建保护组失败（状态 error）；请删除后重新创建"),
        .reasonErrorStarting: entry(
            "enabling protection failed (status error-starting); enable protection again (start-server-group) and plan again once the group is protected",
            "开启保护失败（状态 error-starting）；请再次开启保护（start-server-group），待保护组处于保护状态后重新生成计划"),
        .reasonErrorStopping: entry(
            "disabling protection failed (status error-stopping); retry disabling it or enable protection again, and plan again once the group is protected",
            "停止保护失败（状态 error-stopping）；请重试停止保护或重新开启保护，待保护组处于保护状态后重新生成计划"),
        .reasonErrorReprotecting: entry(
            "re-protection failed (status error-reprotecting); shut down the DR-site servers, re-protect the group again (start-server-group) and plan again once it is protected",
            "重保护失败（状态 error-reprotecting）；请关闭容灾站点云服务器，再次重保护（start-server-group），待其处于保护状态后重新生成计划"),
        .reasonErrorFailingOver: entry(
            "the failover failed (status error-failing-over); retry the failover and re-protect the group, or contact Huawei Cloud support",
            "故障切换失败（状态 error-failing-over）；请重试故障切换并重保护该保护组，或联系华为云技术支持"),
        .reasonErrorDeleting: entry(
            "deleting the group failed (status error-deleting); retry the deletion or contact Huawei Cloud support; a group being deleted is not switched",
            "删除保护组失败（状态 error-deleting）；请重试删除或联系华为云技术支持；正在删除的保护组不会被切换"),
        .reasonStatusUnknown: entry(
            "SDRS reports status '{status}', which switchyard does not know; a switchover needs status protected (or error-reversing, to retry a failed switchover)",
            "SDRS 报告的状态 '{status}' 是 switchyard 不认识的状态；切换要求状态为 protected（或 error-reversing，用于重试失败的切换）"),
        .reasonNoReplicationPairs: entry(
            "the group has no replication pairs, and SDRS only switches groups that have some; add protected instances (with their disks) to it first",
            "保护组没有复制对，而 SDRS 只切换有复制对的保护组；请先向其中添加保护实例（及其磁盘）"),
        .reasonNoReplicationPairsFailover: entry(
            "the group has no replication pairs, and SDRS only fails over groups that have some",
            "保护组没有复制对，而 SDRS 只对有复制对的保护组执行故障切换"),
        .reasonPriorityStationUnknown: entry(
            "SDRS reported no known priority_station for the group, so switchyard cannot tell which site is production; check the group in the SDRS console",
            "SDRS 未报告保护组的有效 priority_station，switchyard 无法判断哪个站点是生产站点；请在 SDRS 控制台检查该保护组"),
        .reasonDependency: entry(
            "depends on {address}, {why}; it must reach its site first, so fix it (or drop the dependency) and plan again",
            "依赖 {address}，{why}；它必须先到达其站点，请修复它（或删除该依赖）后重新生成计划"),
        .dependencyNotFound: entry("which was not found", "该保护组未找到"),
        .dependencyAmbiguous: entry("whose name is ambiguous", "该保护组名称不唯一"),
        .dependencyInvalid: entry("whose declaration is invalid", "该保护组声明无效"),
        .dependencyBlocked: entry("which is blocked", "该保护组受阻"),
        .reasonProtectionConflict: entry(
            "the file declares protection: disabled, but production must move to {site}, and only a protected group can be switched; enable protection until the switchover is done (protection: enabled), or keep activeSite where production is",
            "文件声明了 protection: disabled，但生产站点必须切换到 {site}，而只有处于保护状态的保护组才能切换；请在切换完成前开启保护（protection: enabled），或让 activeSite 保持为当前生产站点"),
        .reasonSwitchAway: entry(
            "a switchover away from the desired site is in progress (status reversing, production still at {site}); someone else is moving the group: wait for it to finish, then plan again",
            "正在进行离开期望站点的切换（状态 reversing，生产站点仍在 {site}）；有其他人正在切换该保护组：请等待其完成后重新生成计划"),
        .reasonFailoverAway: entry(
            "a failover away from the desired site is in progress (status failing-over, production still at {site}); someone else is moving the group: wait for it to finish, then plan again",
            "正在进行离开期望站点的故障切换（状态 failing-over，生产站点仍在 {site}）；有其他人正在切换该保护组：请等待其完成后重新生成计划"),
        .reasonFailedOverElsewhere: entry(
            "the group has already failed over, to {live}, not to {target} (status failed-over); re-protect it (protection: enabled, without the failover declaration), then switch it over planned",
            "保护组已故障切换到 {live}，而不是 {target}（状态 failed-over）；请重保护（protection: enabled，并去掉故障切换声明），然后按计划切换"),
        .reasonStartFailedGroup: entry(
            "production is at the desired site but down, and the group's last switchover failed (status error-reversing); check the group in the SDRS console before starting its servers",
            "生产站点位于期望站点但未运行，且保护组上一次切换失败（状态 error-reversing）；开机其云服务器前，请在 SDRS 控制台检查该保护组"),
        .reasonDRSiteRunning: entry(
            "server(s) {names} at the DR site ({zone}) are not shut down; starting the production servers now would run both sites at once; shut the DR-site servers down (or find out why they run), then plan again",
            "容灾站点（{zone}）的云服务器 {names} 未关机；此时开机生产站点云服务器会使两个站点同时运行；请关闭容灾站点云服务器（或查明其运行原因）后重新生成计划"),
        .reasonReprotectSiteDown: entry(
            "the {site} site ({zone}) is still unreachable: server(s) {names}; SDRS re-protects only with every server there shut down (SDRS.1342), so re-protect once that site is back",
            "{site} 站点（{zone}）仍不可达：云服务器 {names}；SDRS 仅在该站点所有云服务器均已关机时才能重保护（SDRS.1342），请在该站点恢复后再重保护"),
        .reasonProductionSiteDown: entry(
            "server(s) {names} at the production site ({zone}) are unreachable, so they cannot be shut down for a planned switchover; if that site is down, declare a failover for this group (failover: {reason: \"...\"}) and apply with --allow-failover (docs/disaster-day.md): a failover stops replication and may lose the data not yet copied",
            "生产站点（{zone}）的云服务器 {names} 不可达，无法为计划内切换而关机；如果该站点已故障，请为该保护组声明故障切换（failover: {reason: \"...\"}），并使用 --allow-failover 执行 apply（docs/zh-CN/disaster-day.md）：故障切换会停止复制，尚未复制的数据可能丢失"),

        // Instances, servers, replication pairs
        .protectedInstance: entry("protected instance {instance}", "保护实例 {instance}"),
        .serverNamed: entry("server {server}", "云服务器 {server}"),
        .replicationPairNamed: entry("replication pair {id}", "复制对 {id}"),
        .reasonServerDeleted: entry(
            "server {server} of {instance} no longer exists in ECS: it was deleted outside SDRS, and switching would fail and leave the group unusable; remove the protected instance from the group (or restore the server) before switching",
            "{instance} 的云服务器 {server} 在 ECS 中已不存在：它在 SDRS 之外被删除，切换会失败并使保护组不可用；切换前请从保护组中删除该保护实例（或恢复该云服务器）"),
        .reasonInstanceInvalid: entry(
            "{instance} is invalid (one of its servers was deleted outside SDRS); switching would fail and leave the group unusable; remove the protected instance from the group first",
            "{instance} 无效（其中一台云服务器在 SDRS 之外被删除）；切换会失败并使保护组不可用；请先从保护组中删除该保护实例"),
        .reasonInstanceFault: entry(
            "{instance} is fault (the synchronisation of one of its replication pairs is abnormal); wait for replication to recover or fix the pair, then plan again",
            "{instance} 处于故障状态（fault，其中一个复制对的数据同步异常）；请等待复制恢复或修复该复制对后重新生成计划"),
        .reasonInstanceStatus: entry(
            "{instance} is in status {status}, not protected; wait until it is protected (or repair it) and plan again",
            "{instance} 的状态为 {status}，不是 protected；请等待其处于保护状态（或修复它）后重新生成计划"),
        .reasonInstanceFrozen: entry(
            "{instance} is frozen (usually for billing or a security restriction); it must be unfrozen before switching",
            "{instance} 已冻结（通常因欠费或安全限制）；切换前必须解冻"),
        .reasonServerOutsideZones: entry(
            "{server} of {instance} is in availability zone {zone}, which is neither of the group's ({zones}); switchyard places servers by AZ and cannot tell which site it belongs to, so check the protected instance",
            "{instance} 的{server} 位于可用区 {zone}，不是保护组的任一可用区（{zones}）；switchyard 按可用区判断云服务器所属站点，无法判断它属于哪个站点，请检查该保护实例"),
        .reasonServerNoZone: entry(
            "ECS reports no availability zone for {server} of {instance}; switchyard places servers by AZ ({zones}) and cannot tell which site it belongs to",
            "ECS 未报告{instance} 的{server} 所在的可用区；switchyard 按可用区（{zones}）判断云服务器所属站点，无法判断它属于哪个站点"),
        .reasonInstanceOnOneSite: entry(
            "both servers of {instance} are in {zone} (the {site} site), so the other site has no server for it; check the protected instance",
            "{instance} 的两台云服务器都在 {zone}（{site} 站点），另一站点没有对应的云服务器；请检查该保护实例"),
        .reasonServerStatus: entry(
            "{server} is in status {status}; switchyard only stops and starts servers that are ACTIVE or SHUTOFF, so repair it (or wait for its current task to end) and plan again",
            "{server} 的状态为 {status}；switchyard 只对 ACTIVE 或 SHUTOFF 状态的云服务器关机和开机，请修复它（或等待其当前任务结束）后重新生成计划"),
        .reasonServerFrozen: entry(
            "{server} is frozen in ECS (usually for billing or a security restriction); unfreeze it before switching",
            "{server} 在 ECS 中已冻结（通常因欠费或安全限制）；切换前请解冻"),
        .reasonServerLocked: entry(
            "{server} is locked in ECS, so it cannot be stopped or started; unlock it before switching",
            "{server} 在 ECS 中已锁定，无法关机或开机；切换前请解锁"),
        .reasonLinkBroken: entry(
            "the link of {pair} is broken (fault level 5); SDRS can neither switch nor fail over the group; contact Huawei Cloud support",
            "{pair} 的链路已断开（故障级别 5）；SDRS 既不能切换也不能故障切换该保护组；请联系华为云技术支持"),
        .reasonDiskInaccessible: entry(
            "the production disk of {pair} has lost read/write access (fault level 2); a planned switchover cannot run, and SDRS advises a failover instead",
            "{pair} 的生产站点磁盘已无法读写（故障级别 2）；无法进行计划内切换，SDRS 建议改为故障切换"),
        .reasonReplicationFault: entry(
            "{pair} is fault (its data synchronisation is abnormal); wait for it to recover or contact Huawei Cloud support, then plan again",
            "{pair} 处于故障状态（fault，数据同步异常）；请等待其恢复或联系华为云技术支持，然后重新生成计划"),
        .reasonReplicationInvalid: entry(
            "{pair} is invalid (one of its disks was deleted); switching would fail; remove the pair from the group first",
            "{pair} 无效（其中一块磁盘已被删除）；切换会失败；请先从保护组中删除该复制对"),
        .reasonReplicationStatus: entry(
            "{pair} is in status {status}, not protected; wait until it is protected and plan again",
            "{pair} 的状态为 {status}，不是 protected；请等待其处于保护状态后重新生成计划"),

        // Resolving declarations
        .reasonNotFoundIDName: entry(
            "no protection group has ID {id} or the name '{name}' in this project and region; check the declaration (and the project and region)",
            "此项目和区域中没有 ID 为 {id} 或名称为 '{name}' 的保护组；请检查声明（以及项目和区域）"),
        .reasonNotFoundID: entry(
            "no protection group has ID {id} in this project and region; check the ID (and the project and region)",
            "此项目和区域中没有 ID 为 {id} 的保护组；请检查 ID（以及项目和区域）"),
        .reasonNotFoundName: entry(
            "no protection group is named '{name}' in this project and region; check the name (and the project and region)",
            "此项目和区域中没有名称为 '{name}' 的保护组；请检查名称（以及项目和区域）"),
        .reasonNotFoundNothing: entry("the declaration names no protection group", "该声明未指定任何保护组"),
        .reasonAmbiguous: entry(
            "{count} protection groups are named '{name}' (IDs {ids}); declare the group by its id as well",
            "有 {count} 个保护组名为 '{name}'（ID {ids}）；请同时用 id 声明该保护组"),
        .reasonIDNameConflict: entry(
            "the declared id and name point at different groups: {idPart}, but {namePart}; fix whichever is wrong",
            "声明的 id 和名称指向不同的保护组：{idPart}，但{namePart}；请修正错误的一项"),
        .conflictIDIsNamed: entry("ID {id} is the group named '{name}'", "ID {id} 是名为 '{name}' 的保护组"),
        .conflictIDMatchesNone: entry("ID {id} matches no group", "ID {id} 没有匹配的保护组"),
        .conflictNameMatchesNone: entry("the name '{name}' matches no group", "名称 '{name}' 没有匹配的保护组"),
        .conflictNameHasID: entry("the group named '{name}' has ID {id}", "名为 '{name}' 的保护组的 ID 是 {id}"),
        .conflictNameMatchesMany: entry("the name '{name}' matches groups {ids}", "名称 '{name}' 匹配多个保护组 {ids}"),
        .reasonActiveSiteNotInGroup: entry(
            "activeSite '{zone}' is neither of the group's availability zones (source {source}, target {target}); use source, target or one of those zone names",
            "activeSite '{zone}' 不是保护组的任一可用区（source {source}，target {target}）；请使用 source、target 或这两个可用区名称之一"),
        .reasonDuplicateDeclaration: entry(
            "this declaration resolves to the same protection group ({id}) as {address}; declare each group once",
            "此声明与 {address} 指向同一个保护组（{id}）；每个保护组只能声明一次"),
        .reasonDependencyCycle: entry(
            "its dependsOn chain contains a cycle, so no group of the cycle can go first; break the cycle",
            "其 dependsOn 依赖链中存在循环，循环中的任何保护组都无法先执行；请打破该循环"),
    ]
}
