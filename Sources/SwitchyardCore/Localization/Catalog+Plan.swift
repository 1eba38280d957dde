// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// The plan as people read it (text and Markdown): headings, headlines, facts, the summary line, the
// legend. Terms: docs/zh-CN/glossary.md.

/// One entry: the English and the Chinese template.
func entry(_ english: String, _ chinese: String) -> [Language: String] {
    [.english: english, .simplifiedChinese: chinese]
}

extension Catalog {
    static let plan: [MessageKey: [Language: String]] = [
        // Counts
        .serversOne: entry("1 server", "1 台云服务器"),
        .serversOther: entry("{count} servers", "{count} 台云服务器"),
        .groupsOne: entry("1 group", "1 个保护组"),
        .groupsOther: entry("{count} groups", "{count} 个保护组"),
        .listSeparator: entry(", ", "，"),
        .unknown: entry("unknown", "未知"),

        // Headlines
        .headlineSwitch: entry("switch {live} → {desired}", "切换 {live} → {desired}"),
        .headlineComplete: entry("complete the switchover in flight {live} → {desired}", "完成进行中的切换 {live} → {desired}"),
        .headlineStart: entry("start production at {desired}: {servers} down", "开机 {desired} 的生产站点：{servers} 未运行"),
        .headlineFailover: entry("FAIL OVER {live} → {desired} (replication stops; unreplicated data may be lost)", "故障切换 {live} → {desired}（复制停止；尚未复制的数据可能丢失）"),
        .headlineReprotect: entry("re-protect at {live}: replication restarts towards the other site", "在 {live} 重保护：复制重新开始，复制到另一站点"),
        .headlineEnable: entry("enable protection at {live}", "在 {live} 开启保护"),
        .headlineDisable: entry("disable protection at {live}: replication stops", "在 {live} 停止保护：复制停止"),
        .headlineInSync: entry("in sync at {desired}", "已一致，位于 {desired}"),
        .headlineBlockedUnknown: entry("blocked: should be at {desired}; production site unknown", "受阻：应位于 {desired}；生产站点未知"),
        .headlineBlockedAt: entry("blocked at {desired}", "受阻，位于 {desired}"),
        .headlineBlocked: entry("blocked: should be at {desired}, is at {live}", "受阻：应位于 {desired}，实际位于 {live}"),
        .headlineNotFound: entry("not found", "未找到"),
        .headlineAmbiguous: entry("ambiguous name", "名称不唯一"),
        .headlineInvalid: entry("invalid declaration", "声明无效"),
        .headlineExcluded: entry("excluded", "已排除"),

        // Facts
        .factGroup: entry("group {id}", "保护组 {id}"),
        .factGroupStatus: entry("group {id} (status {status})", "保护组 {id}（状态 {status}）"),
        .factRTO: entry("rto {rto}", "RTO {rto}"),
        .factFailoverDeclared: entry("failover declared: {reason}", "已声明故障切换：{reason}"),
        .factOnFailureRestart: entry(
            "on failure restart-original (if the switchover fails, the original production servers are started again)",
            "失败时 restart-original（切换失败时，原生产站点的云服务器重新开机）"),
        .factOnFailure: entry("on failure {mode}", "失败时 {mode}"),
        .factDeclaredAt: entry("declared at {location}", "声明位置 {location}"),

        // Sections and legend
        .sectionBlocked: entry(
            "Blocked or unresolved (apply changes nothing here; the reasons say what to do):",
            "受阻或未解析（apply 不会改动这些保护组；原因中说明了处理方法）："),
        .sectionInSyncNotes: entry("In sync, with notes:", "已一致，附说明："),
        .legendSwitch: entry("~ switch (or complete one)", "~ 切换（或完成进行中的切换）"),
        .legendFailover: entry("~! FAIL OVER", "~! 故障切换"),
        .legendStart: entry("+ start production or protection", "+ 开机生产站点或开启保护"),
        .legendStop: entry("- stop protection", "- 停止保护"),
        .legendInSync: entry("= in sync", "= 已一致"),
        .legendBlocked: entry("! blocked", "! 受阻"),
        .legendUnresolved: entry("? unresolved", "? 未解析"),
        .legendExcluded: entry("# excluded", "# 已排除"),

        // Unmanaged groups and scope
        .unmanagedLine: entry("{name} ({id}): status {status}, {production}", "{name}（{id}）：状态 {status}，{production}"),
        .unmanagedProduction: entry("production {station} ({zone})", "生产站点 {station}（{zone}）"),
        .unmanagedProductionUnknown: entry("production unknown", "生产站点未知"),
        .noName: entry("(no name)", "（无名称）"),
        .scopeProject: entry("project {id}", "项目 {id}"),
        .scopeRegion: entry("region {region}", "区域 {region}"),
        .diagnosticError: entry("Error", "错误"),
        .diagnosticWarning: entry("Warning", "警告"),
        .diagnosticNote: entry("Note", "注意"),

        // Summary line
        .summaryToSwitch: entry("{count} to switch", "{count} 个待切换"),
        .summaryToFailOver: entry("{count} to FAIL OVER", "{count} 个待故障切换"),
        .summaryToStart: entry("{count} to start", "{count} 个待开机"),
        .summaryToChangeProtection: entry("{count} to change protection", "{count} 个待变更保护"),
        .summaryInSync: entry("{count} in sync", "{count} 个已一致"),
        .summaryBlocked: entry("{count} blocked", "{count} 个受阻"),
        .summaryUnresolved: entry("{count} unresolved", "{count} 个未解析"),
        .summaryExcluded: entry("{count} excluded", "{count} 个已排除"),
        .summaryEnd: entry("{parts}.", "{parts}。"),

        // Text plan
        .planHeader: entry("switchyard plan for {file}", "switchyard 计划：{file}"),
        .planTargets: entry("targets: {list}", "目标：{list}"),
        .planExcludes: entry("excludes: {list}", "排除：{list}"),
        .planFailoverBanner: entry(
            "!! FAILOVER: this plan fails over {groups}: replication stops and data not yet replicated may be lost; apply needs --allow-failover",
            "!! 故障切换：本计划对 {groups} 执行故障切换：复制停止，尚未复制的数据可能丢失；apply 需要 --allow-failover"),
        .planWaves: entry("Waves (each runs after the one before):", "批次（每一批在前一批之后执行）："),
        .planInSyncList: entry("= in sync: {list}", "= 已一致：{list}"),
        .planExcludedLine: entry("# {address}  excluded: {notes}", "# {address}  已排除：{notes}"),
        .planUnmanagedHeading: entry("Unmanaged groups (not declared, never touched):", "未纳管的保护组（未声明，不会改动）："),
        .planWaveTag: entry("[wave {wave}]", "[第 {wave} 批]"),
        .labelDependsOn: entry("depends on:", "依赖："),
        .labelReason: entry("reason:", "原因："),
        .labelNote: entry("note:", "说明："),
        .labelAdvisory: entry("advisory:", "登录提示："),

        // Markdown plan
        .markdownTitle: entry("### switchyard plan: {summary}", "### switchyard 计划：{summary}"),
        .markdownTargets: entry("targets {list}", "目标 {list}"),
        .markdownExcludes: entry("excludes {list}", "排除 {list}"),
        .markdownPlan: entry("plan {fingerprint}", "计划 {fingerprint}"),
        .markdownCommit: entry("commit {commit}", "提交 {commit}"),
        .markdownMade: entry("made {time}", "生成于 {time}"),
        .markdownApplyHint: entry(
            "`switchyard apply PLAN` applies exactly this plan without asking (each group is checked against the cloud first); `apply -f` plans again and asks for approval.",
            "`switchyard apply PLAN` 不经确认即严格执行本计划（每个保护组先与云上状态核对）；`apply -f` 会重新生成计划并请求确认。"),
        .markdownCaution: entry(
            "**FAILOVER**: this plan fails {groups} over: replication stops and data not yet replicated may be lost; `apply` needs `--allow-failover`.",
            "**故障切换**：本计划对 {groups}执行故障切换：复制停止，尚未复制的数据可能丢失；`apply` 需要 `--allow-failover`。"),
        .markdownAndMore: entry("and {count} more", "另有 {count} 个"),
        .markdownTableHeader: entry(
            "|   | Group | Action | Live | Desired | Wave | Reason |",
            "|   | 保护组 | 操作 | 当前 | 期望 | 批次 | 原因 |"),
        .markdownInSync: entry("**In sync:** {list}", "**已一致：** {list}"),
        .markdownExcluded: entry("**Excluded:**", "**已排除：**"),
        .markdownUnmanaged: entry("**Unmanaged** (not declared, never touched):", "**未纳管**（未声明，不会改动）："),
        .markdownWave: entry(" (wave {wave})", "（第 {wave} 批）"),
        .markdownDependsOn: entry("Depends on: {list}", "依赖：{list}"),
        .markdownReason: entry("- **Reason:** {text} ({code})", "- **原因：** {text}（{code}）"),
        .markdownNote: entry("- **Note:** {text}", "- **说明：** {text}"),
        .markdownAdvisory: entry("- **Advisory:** {text}", "- **登录提示：** {text}"),
        .markdownTruncated: entry(
            "_Truncated to fit a comment ({limit} characters): {parts} not shown. Run `switchyard plan` or read the JSON plan for everything._",
            "_为符合评论长度上限（{limit} 个字符）已截断：未显示{parts}。运行 `switchyard plan` 或查看 JSON 计划以获取全部内容。_"),
        .truncatedDiagnosticsOne: entry("1 diagnostic", "1 条诊断"),
        .truncatedDiagnosticsOther: entry("{count} diagnostics", "{count} 条诊断"),
        .truncatedRowsOne: entry("1 table row", "1 个表格行"),
        .truncatedRowsOther: entry("{count} table rows", "{count} 个表格行"),
        .truncatedInSync: entry("the in-sync list", "已一致列表"),
        .truncatedExcluded: entry("the excluded list", "已排除列表"),
        .truncatedUnmanaged: entry("the unmanaged list", "未纳管列表"),
        .truncatedDetailsOne: entry("the details of 1 group", "1 个保护组的详情"),
        .truncatedDetailsOther: entry("the details of {count} groups", "{count} 个保护组的详情"),

        // Excluded groups (Targeting)
        .excludedByFlag: entry("left out of this plan by --exclude", "已通过 --exclude 排除在本计划之外"),
        .excludedNotTargeted: entry("left out of this plan: not targeted", "未纳入本计划：不在目标中"),
        .excludedOtherwise: entry("{reason}; otherwise: {otherwise}", "{reason}；否则将：{otherwise}"),
        .includedAsDependency: entry(
            "included because {dependant} depends on it (targeting includes dependencies)",
            "已纳入，因为 {dependant} 依赖它（指定目标时会包含依赖）"),
        .wouldComplete: entry("complete the switchover in flight to {desired}", "完成进行中的切换，切换到 {desired}"),
        .wouldStart: entry("start {count} production servers at {desired}", "开机 {desired} 的 {count} 台生产站点云服务器"),
        .wouldSwitch: entry("switch {live} → {desired}", "切换 {live} → {desired}"),
        .wouldFailover: entry("FAIL OVER {live} → {desired}", "故障切换 {live} → {desired}"),
        .wouldReprotect: entry("re-protect at {live}", "在 {live} 重保护"),
        .wouldEnable: entry("enable protection", "开启保护"),
        .wouldDisable: entry("disable protection", "停止保护"),
        .wouldInSync: entry("in sync", "已一致"),

        // Plan diagnostics
        .verbatim: entry("{text}", "{text}"),
        .diagnosticTargeting: entry(
            "targeting is in effect: {count} of {total} declared groups are left out of this plan, so it may not bring everything to its desired site",
            "已指定目标：声明的 {total} 个保护组中有 {count} 个未纳入本计划，因此本计划可能无法让所有保护组到达期望站点"),
        .diagnosticHint: entry(" ({hint})", "（{hint}）"),
        .diagnosticUnresolved: entry("{address}: {reasons}", "{address}：{reasons}"),
        .hintUnresolved: entry("fix the declaration, or leave the group out with --exclude {address}", "请修正声明，或使用 --exclude {address} 排除该保护组"),
        .diagnosticTooManySwitches: entry(
            "{count} groups need switching but policy.maxSwitchesPerRun is {limit}",
            "有 {count} 个保护组需要切换，但 policy.maxSwitchesPerRun 为 {limit}"),
        .hintTooManySwitches: entry(
            "raise policy.maxSwitchesPerRun, or switch fewer groups per run with --target",
            "请调高 policy.maxSwitchesPerRun，或使用 --target 每次切换更少的保护组"),
        .diagnosticNoSuchTarget: entry("{flag} '{address}' names no declared group", "{flag} '{address}' 未指向任何已声明的保护组"),
        .diagnosticUnknownDependency: entry(
            "{address} depends on '{dependency}', which is not a declared group; the dependency is ignored",
            "{address} 依赖 '{dependency}'，但它不是已声明的保护组；已忽略该依赖"),
        .wouldBlocked: entry("blocked ({codes})", "受阻（{codes}）"),
    ]
}
