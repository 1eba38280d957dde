// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Notes on a group's plan, and the login advisories of the SDRS switchover page.

extension Catalog {
    static let notes: [MessageKey: [Language: String]] = [
        .noteFailoverDone: entry(
            "the failover declared for this group is done (production is at {site}); remove the declaration from the file, so that it cannot fail the group over again later",
            "为该保护组声明的故障切换已完成（生产站点位于 {site}）；请从文件中删除该声明，以免日后再次对该保护组执行故障切换"),
        .noteSwitchInFlight: entry(
            "a switchover to {site} is already in flight (status reversing: started by an earlier, interrupted run or by a person); apply waits for it and never starts a second one",
            "切换到 {site} 的操作已在进行中（状态 reversing：由之前中断的运行或人工发起）；apply 会等待其完成，不会再次发起切换"),
        .noteProductionDown: entry(
            "production is down: {down} of {total} server(s) at {zone} not running ({names}); an interrupted apply, a person or a failure stopped them; set startAfterSwitch: false to leave their power alone",
            "生产站点未运行：{zone} 的 {total} 台云服务器中有 {down} 台未运行（{names}）；它们被中断的 apply、人工操作或故障关闭；如不希望管理其电源，请设置 startAfterSwitch: false"),
        .noteRetrySwitch: entry(
            "the previous switchover of this group failed (status error-reversing); this plan retries it",
            "该保护组上一次切换失败（状态 error-reversing）；本计划将重试"),
        .noteNoInstances: entry(
            "the group has no protected instances, so no server is stopped or started",
            "保护组没有保护实例，因此不会关机或开机任何云服务器"),
        .notePoweringOff: entry(
            "server {server} is already powering off; apply waits for it",
            "云服务器 {server} 正在关机；apply 会等待其完成"),
        .noteDRServerRuns: entry(
            "server {server} at the DR site ({zone}) is not shut down; the plan stops it too, because SDRS requires every server of the group to be shut down for a switchover",
            "容灾站点（{zone}）的云服务器 {server} 未关机；计划也会将其关机，因为 SDRS 要求切换时保护组的所有云服务器均已关机"),
        .noteLastSwitchFailed: entry(
            "production is at the desired site, but the group's last switchover failed (status error-reversing); check the group in the SDRS console",
            "生产站点已位于期望站点，但保护组上一次切换失败（状态 error-reversing）；请在 SDRS 控制台检查该保护组"),
        .noteLaterSwitchBlocked: entry("a later switch would be blocked: {reason}", "之后的切换将受阻：{reason}"),
        .noteProductionNotRunning: entry(
            "production servers not running: {names}; left alone, as startAfterSwitch is false",
            "生产站点云服务器未运行：{names}；由于 startAfterSwitch 为 false，不作处理"),
        .noteFailoverInFlight: entry(
            "a failover to {site} is already in flight (status failing-over); apply waits for it and never sends a second one",
            "故障切换到 {site} 的操作已在进行中（状态 failing-over）；apply 会等待其完成，不会再次发起"),
        .noteAlreadyChanging: entry(
            "the group is already {status}; apply waits for it and never sends a second call",
            "保护组已处于 {status} 状态；apply 会等待其完成，不会再次调用"),
        .noteReprotect: entry(
            "re-protect: replication restarts from {zone} to {otherZone}, overwriting the disks at {otherZone}; its servers (the old production) are shut down first, as SDRS requires",
            "重保护：复制从 {zone} 重新开始，复制到 {otherZone}，并覆盖 {otherZone} 的磁盘；按 SDRS 的要求，先关闭该站点的云服务器（原生产站点）"),
        .noteEnable: entry(
            "enable protection: replication of the disks at {zone} to {otherZone} starts; the first synchronisation may take long",
            "开启保护：开始将 {zone} 的磁盘复制到 {otherZone}；首次同步可能需要较长时间"),
        .noteDisable: entry(
            "disable protection: replication stops; {otherZone} no longer receives data, and the group can be neither switched nor failed over until protection is enabled again",
            "停止保护：复制停止；{otherZone} 不再接收数据，在重新开启保护之前，保护组既不能切换也不能故障切换"),
        .noteSwitchLater: entry(
            "production is at {site} ({zone}) and the file wants {desired}: once the group is protected, plan and apply again to switch it over",
            "生产站点位于 {site}（{zone}），而文件要求 {desired}：待保护组处于保护状态后，请再次执行 plan 和 apply 进行切换"),
        .noteFailoverDeclared: entry(
            "FAILOVER declared ({reason}): production moves to {zone} without a shutdown; replication stops, and data written at {oldZone} since its last replication may be lost; apply needs --allow-failover; afterwards re-protect the group (protection: enabled) and remove the declaration",
            "已声明故障切换（{reason}）：生产站点无需关机即切换到 {zone}；复制停止，{oldZone} 自上次复制以来写入的数据可能丢失；apply 需要 --allow-failover；之后请重保护该保护组（protection: enabled）并删除该声明"),
        .noteUnreachableTakenDown: entry(
            "server(s) {names} at {zone} are unreachable: taken as down with their site, as the declaration says; if one comes back running, apply does not start the new production",
            "{zone} 的云服务器 {names} 不可达：按声明视为随其站点一起故障；如果其中有云服务器恢复运行，apply 不会开机新的生产站点"),
        .noteRetryFailover: entry(
            "the previous failover of this group failed (status error-failing-over); this plan retries it",
            "该保护组上一次故障切换失败（状态 error-failing-over）；本计划将重试"),
        .noteLeftOutByDependencyOne: entry(
            "left out because it depends on {names}, which is left out of this plan and not yet at the desired site",
            "未纳入本计划，因为它依赖的 {names} 未纳入本计划且尚未到达期望站点"),
        .noteLeftOutByDependencyOther: entry(
            "left out because it depends on {names}, which are left out of this plan and not yet at the desired site",
            "未纳入本计划，因为它依赖的 {names} 未纳入本计划且尚未到达期望站点"),
    ]

    // The wording follows "首次执行切换操作后登录弹性云服务器约束" of the SDRS switchover page
    // (reference/000_53458dba297848a6.txt); the English is switchyard's rendering of the same notes.
    static let advisories: [MessageKey: [Language: String]] = [
        .advisoryImages: entry(" (image {images})", "（镜像 {images}）"),
        .advisoryWindowsCloudbaseBack: entry(
            "Windows servers {names} may run Cloudbase-Init{images}. After switching back, log in to the production-site servers with the password reset at the DR site (password login), the password obtained for the DR-site server (key-pair login), or a password changed inside the DR-site server.",
            "Windows 云服务器 {names} 可能已安装 Cloudbase-Init{images}。再次执行切回操作后：如果设置密码方式登录云服务器，必须使用在容灾站点重置的密码登录生产站点服务器；如果设置密钥方式登录云服务器，必须使用在容灾站点云服务器获取到的密码登录生产站点服务器。如果在容灾站点云服务器内部修改了密码，需要使用修改后的密码登录生产站点服务器。"),
        .advisoryWindowsCloudbase: entry(
            "Windows servers {names} may run Cloudbase-Init{images}. If this is the group's first switchover: with password login, the production-site password works at the DR site for 3–5 minutes after the server starts, until Cloudbase-Init starts; then reset the password on the DR-site server, and use that password after switching back. With key-pair login, the password obtained at the production site works until Cloudbase-Init starts; then use the password obtained for the DR-site server, also after switching back. A password changed inside the DR-site server replaces either.",
            "Windows 云服务器 {names} 可能已安装 Cloudbase-Init{images}。如果这是该保护组首次执行切换操作：如果设置密码方式登录云服务器，容灾站点云服务器开机后的3-5分钟内，Cloudbase-Init未启动的情况下，仍然可以使用生产站点服务器密码登录；当Cloudbase-Init启动完成后，请在容灾站点云服务器手动重置密码，再次执行切回操作后，必须使用在容灾站点重置的密码登录生产站点服务器。如果设置密钥方式登录云服务器，Cloudbase-Init未启动的情况下，仍然可以使用生产站点服务器获取到的密码登录；当Cloudbase-Init启动完成后，请使用容灾站点云服务器获取到的密码登录，再次执行切回操作后，必须使用在容灾站点云服务器获取到的密码登录生产站点服务器。如果在容灾站点云服务器内部修改密码，密码修改成功后，需使用修改后密码登录。"),
        .advisoryWindowsNoCloudbase: entry(
            "Windows servers {names} show no sign of Cloudbase-Init{images}. After the switch, log in at either site with the production-site password (password login) or the password obtained at the production site (key-pair login). If Cloudbase-Init is installed after all, reset the password on the DR-site server once it has started.",
            "Windows 云服务器 {names} 未发现安装 Cloudbase-Init 的迹象{images}。切换或者故障切换操作后：如果设置密码方式登录云服务器，请使用生产站点服务器密码登录生产站点服务器或容灾站点服务器；如果设置密钥方式登录云服务器，请使用生产站点服务器获取到的密码登录生产站点服务器或容灾站点服务器。如果实际已安装 Cloudbase-Init，请在容灾站点云服务器开机后手动重置密码。"),
        .advisoryLinux: entry(
            "Linux servers {names}{images}: after the switch, log in at either site with the production-site password (password login) or the password obtained at the production site (key-pair login).",
            "Linux 云服务器 {names}{images}：切换或者故障切换操作后，如果设置密码方式登录云服务器，请使用生产站点服务器密码登录生产站点服务器或容灾站点服务器；如果设置密钥方式登录云服务器，请使用生产站点服务器获取到的密码登录生产站点服务器或容灾站点服务器。"),
        .advisoryCoreOSBack: entry(
            "CoreOS servers {names}{images}: after switching back, log in to the production-site servers with the initial password, not a password changed since the first switchover.",
            "CoreOS 云服务器 {names}{images}：再次执行切回操作后，需要使用初始密码登录生产站点服务器，而不是首次切换后修改的密码。"),
        .advisoryCoreOS: entry(
            "CoreOS servers {names}{images}: log in at the DR site with the production-site password; if the password was changed inside the production-site server after the group's first switchover, the DR-site server needs the changed password. After switching back, the production-site servers need the initial password.",
            "CoreOS 云服务器 {names}{images}：请使用生产站点服务器密码登录容灾站点服务器；对于CoreOS操作系统，在首次执行切换操作后，如果在生产站点云服务器内部修改密码，密码修改成功后，容灾站点云服务器需使用修改后密码登录。再次执行切回操作后，需要使用初始密码登录生产站点服务器。"),
    ]
}
