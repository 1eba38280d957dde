// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// The drift report as people read it (text, Markdown, JUnit messages): drift reasons, states,
// headlines, the summary line. Codes, states in JSON and metric names stay English. Terms:
// docs/zh-CN/glossary.md (drift 漂移, drifted 已漂移, degraded 降级, missing 缺失).

extension Catalog {
    static let drift: [MessageKey: [Language: String]] = [
        // What `apply` does about a difference (the {remedy} of a reason)
        .driftRemedyMove: entry("'switchyard apply' moves it there", "'switchyard apply' 会将其切换到该站点"),
        .driftRemedyStart: entry("'switchyard apply' starts them", "'switchyard apply' 会将其开机"),
        .driftRemedyDisable: entry("'switchyard apply' disables it", "'switchyard apply' 会停止保护"),
        .driftRemedyBlocked: entry(
            "'switchyard apply' cannot act while the group is blocked (see the block reasons)",
            "保护组受阻期间 'switchyard apply' 无法处理（见受阻原因）"),

        // Drift reasons
        .driftActiveSiteDiffers: entry(
            "production is at {live} ({liveZone}), but Git declares {desired} ({desiredZone}); {remedy}, or change activeSite in Git if production belongs where it is",
            "生产站点位于 {live} ({liveZone})，但 Git 声明为 {desired} ({desiredZone})；{remedy}；如果生产站点本应在当前位置，请修改 Git 中的 activeSite"),
        .driftSwitchoverInProgress: entry(
            "a switchover is in progress (status reversing); check again when it has finished",
            "切换正在进行中（状态 reversing）；请在其完成后重新检查"),
        .driftFailoverInProgress: entry(
            "a failover is in progress (status failing-over); the group will need re-protection afterwards",
            "故障切换正在进行中（状态 failing-over）；完成后需要重保护该保护组"),
        .driftGroupBusy: entry(
            "SDRS is busy with the group (status {status}); check again when it is protected",
            "SDRS 正在处理该保护组（状态 {status}）；请在其处于保护状态后重新检查"),
        .driftProductionDown: entry(
            "production is down: {down} of {total} server(s) at {zone} not running ({names}); {remedy}",
            "生产站点未全部运行：{zone} 的 {total} 台云服务器中有 {down} 台未运行（{names}）；{remedy}"),
        .driftProtectionDiffers: entry(
            "protection is on (status {status}), but Git declares protection: disabled; {remedy}, or declare protection: enabled (or unmanaged)",
            "保护已开启（状态 {status}），但 Git 声明 protection: disabled；{remedy}，或改为声明 protection: enabled（或 unmanaged）"),
        .driftFailedOver: entry(
            "not protected: the group has failed over and replication is stopped (status failed-over); re-protect it (protection: enabled, then 'switchyard apply')",
            "未处于保护状态：保护组已故障切换，复制已停止（状态 failed-over）；请重保护（protection: enabled，然后执行 'switchyard apply'）"),
        .driftProtectionNotEnabled: entry(
            "protection is not enabled (status available); nothing is replicated",
            "未开启保护（状态 available）；没有任何数据在复制"),
        .driftGroupFailed: entry(
            "an SDRS operation on the group failed (status {status}); see the SDRS console and retry or repair it",
            "SDRS 对该保护组的操作失败（状态 {status}）；请在 SDRS 控制台查看，重试或修复"),
        .driftStatusUnknown: entry(
            "SDRS reports status '{status}', which switchyard does not know",
            "SDRS 报告的状态为 '{status}'，switchyard 无法识别"),
        .driftPriorityStationUnknown: entry(
            "SDRS reported no known priority_station, so nobody can tell which site is production",
            "SDRS 未报告可识别的 priority_station，因此无法判断哪个站点是生产站点"),
        .driftNoReplicationPairs: entry(
            "the group has no replication pairs: nothing is protected",
            "保护组中没有复制对：没有任何内容受到保护"),
        .driftReplicationBroken: entry(
            "replication pair {pair}: the replication link is broken (fault_level 5)",
            "复制对 {pair}：复制链路中断（fault_level 5）"),
        .driftReplicationFaultLevel: entry(
            "replication pair {pair} reports fault_level {level} (status {status})",
            "复制对 {pair} 报告 fault_level {level}（状态 {status}）"),
        .driftReplicationStatus: entry(
            "replication pair {pair} has status {status}",
            "复制对 {pair} 的状态为 {status}"),
        .driftInstanceInvalid: entry(
            "protected instance {instance} ({name}) has status {status}",
            "保护实例 {instance} ({name}) 的状态为 {status}"),
        .driftServerMissing: entry(
            "server {server} of protected instance {instance} no longer exists in ECS",
            "保护实例 {instance} 的云服务器 {server} 在 ECS 中已不存在"),
        .driftServerOutsideZones: entry(
            "server {server} of protected instance {instance} is in AZ {zone}, neither of the group's",
            "保护实例 {instance} 的云服务器 {server} 位于可用区 {zone}，不属于保护组的任一可用区"),
        .driftServerNoZone: entry(
            "server {server} of protected instance {instance} is in no reported AZ, neither of the group's",
            "保护实例 {instance} 的云服务器 {server} 未报告所在可用区，不属于保护组的任一可用区"),
        .driftInstanceOnOneSite: entry(
            "both servers of protected instance {instance} are at {site}; the other site has none",
            "保护实例 {instance} 的两台云服务器都位于 {site}；另一站点没有对应的云服务器"),
        .driftNotFound: entry(
            "no protection group with this ID or name exists in the project",
            "项目中不存在具有此 ID 或名称的保护组"),
        .driftAmbiguous: entry(
            "{count} protection groups have this name ({ids}); declare the id as well",
            "有 {count} 个保护组使用此名称（{ids}）；请同时声明 id"),
        .driftIDNameConflict: entry(
            "the declared id {id} names {idNames}, and the name '{name}' names {nameNames}",
            "声明的 id {id} 指向{idNames}，而名称 '{name}' 指向{nameNames}"),
        .driftGroupNamed: entry("group '{name}'", "保护组 '{name}'"),
        .driftNoGroup: entry("no group", "不存在的保护组"),
        .driftGroupIDs: entry("{ids}", "保护组 {ids}"),
        .driftActiveSiteNotInGroup: entry(
            "activeSite {zone} is neither of the group's availability zones",
            "activeSite {zone} 不是该保护组的任一可用区"),
        .driftDuplicateDeclaration: entry(
            "the same protection group is already declared as {address}",
            "同一保护组已声明为 {address}"),
        .driftDrillLeftRunning: entry(
            "DR drill {drill} exists (status {status}, {servers}{vpc}); it costs money and holds its VPC: delete it, or rerun 'switchyard drill', which deletes the drills it left",
            "容灾演练 {drill} 仍然存在（状态 {status}，{servers}{vpc}）；它会产生费用并占用其 VPC：请删除它，或重新运行 'switchyard drill'，该命令会删除它遗留的容灾演练"),
        .driftDrillServersOne: entry("1 drill server", "1 台演练云服务器"),
        .driftDrillServersOther: entry("{count} drill servers", "{count} 台演练云服务器"),
        .driftDrillVPC: entry(", VPC {vpc}", "，VPC 为 {vpc}"),

        // States (text and Markdown; JSON and metrics keep the codes)
        .driftStateInSync: entry("in-sync", "已一致"),
        .driftStateDrifted: entry("drifted", "已漂移"),
        .driftStateInProgress: entry("in-progress", "进行中"),
        .driftStateDegraded: entry("degraded", "降级"),
        .driftStateMissing: entry("missing", "缺失"),

        // Headlines and facts
        .driftHeadlineDrifted: entry("drifted: {production}, Git declares {desired}", "已漂移：{production}，Git 声明为 {desired}"),
        .driftHeadlineInProgress: entry(
            "in progress{blocked} (status {status}): {production}, Git declares {desired}",
            "进行中{blocked}（状态 {status}）：{production}，Git 声明为 {desired}"),
        .driftHeadlineDegraded: entry(
            "degraded{blocked} (status {status}): {production}, Git declares {desired}",
            "降级{blocked}（状态 {status}）：{production}，Git 声明为 {desired}"),
        .driftProductionAt: entry("production at {site}", "生产站点位于 {site}"),
        .driftProductionUnknown: entry("production at unknown", "生产站点未知"),
        .driftHeadlineBlocked: entry(", blocked", "，受阻"),
        .driftHeadlineMissing: entry("missing: {code}", "缺失：{code}"),
        .driftFactSince: entry("since {since}", "自 {since} 起"),
        .driftUnmanagedName: entry("{address} ({id})", "{address}（{id}）"),
        .driftUnmanagedLine: entry("{name}, status {status}, {production}", "{name}，状态 {status}，{production}"),

        // Summary line
        .driftSummary: entry(
            "{drifted} drifted, {inProgress} in progress, {degraded} degraded, {missing} missing, {inSync} in sync, {unmanaged} unmanaged.",
            "{drifted} 个已漂移，{inProgress} 个进行中，{degraded} 个降级，{missing} 个缺失，{inSync} 个已一致，{unmanaged} 个未纳管。"),

        // Text report
        .driftHeader: entry("switchyard drift for {file}", "switchyard 漂移检查：{file}"),
        .labelBlocked: entry("blocked:", "受阻："),
        .driftUnmanagedHeading: entry("Unmanaged groups (not declared, not judged):", "未纳管的保护组（未声明，不作判断）："),
        .driftLegendDrifted: entry("~ drifted", "~ 已漂移"),
        .driftLegendInProgress: entry("> in progress", "> 进行中"),
        .driftLegendDegraded: entry("! degraded or blocked", "! 降级或受阻"),
        .driftLegendMissing: entry("? missing", "? 缺失"),

        // Markdown report
        .driftMarkdownTitle: entry("### switchyard drift: {verdict}. {summary}", "### switchyard 漂移检查：{verdict}。{summary}"),
        .driftFound: entry("drift found", "发现漂移"),
        .driftNone: entry("no drift", "无漂移"),
        .driftMarkdownTableHeader: entry(
            "|   | Group | State | Live | Desired | Since |",
            "|   | 保护组 | 状态 | 当前 | 期望 | 起始时间 |"),
        .driftMarkdownUnmanaged: entry("**Unmanaged** (not declared, not judged):", "**未纳管**（未声明，不作判断）："),
        .driftMarkdownBlocked: entry("- **blocked:** {text} ({code})", "- **受阻：** {text}（{code}）"),
        .driftMarkdownReason: entry("- {text} ({code})", "- {text}（{code}）"),
        .driftMarkdownTruncated: entry(
            "_Truncated to fit a comment ({limit} characters): {parts} not shown. Run `switchyard drift` or read the JSON report for everything._",
            "_为符合评论长度上限（{limit} 个字符）已截断：未显示{parts}。运行 `switchyard drift` 或查看 JSON 报告以获取全部内容。_"),

        // JUnit report (messages and failure text; names, types and codes stay)
        .driftJUnitBlocked: entry("blocked: {code}: {text}", "受阻：{code}：{text}"),
        .driftJUnitReason: entry("{code}: {text}", "{code}：{text}"),
        .driftJUnitUnmanaged: entry("not declared in {file}: {group}", "未在 {file} 中声明：{group}"),
    ]
}
